using AngleSharp.Dom;

namespace Lineage.Extraction;

/// <summary>
/// Chooses the element that holds the article, as Readability does (Mozilla's Readability.js,
/// <c>_grabArticle</c>): every paragraph worth reading gives its parent a score (one point, one per
/// comma, one per hundred chars up to three, scaled by how much it reads like running text), half of
/// it to the grandparent and less further up; an element's class and id move its score, its link
/// density scales it down, and the best-scoring element wins. Siblings that score nearly as well
/// join it (an article split over several containers).
/// </summary>
internal static class HtmlContentContainer
{
    private const int MinParagraphChars = 25;
    private const int AncestorLevels = 5;
    private const double RivalShare = 0.75;
    private const int MinRivals = 3;
    private const int SiblingParagraphChars = 80;
    private const double SiblingParagraphLinkDensity = 0.25;

    /// <summary>The chosen element and the siblings that join it; empty when no block reads like text.</summary>
    public static IReadOnlyList<IElement> Choose(List<HtmlBlock> blocks, HtmlRegions regions, double goodStopDensity)
    {
        // As Readability drops "unlikely candidates" before scoring, paragraphs inside comments,
        // sidebars and the like do not vote, unless nothing else would.
        var chosen = Choose(blocks, regions, goodStopDensity, skipUnlikely: true);
        return chosen.Count > 0 ? chosen : Choose(blocks, regions, goodStopDensity, skipUnlikely: false);
    }

    private static IReadOnlyList<IElement> Choose(List<HtmlBlock> blocks, HtmlRegions regions, double goodStopDensity, bool skipUnlikely)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var block in blocks)
        {
            if (block.Chars < MinParagraphChars || block.IsHeading) continue;
            if (skipUnlikely && regions.InBoilerplate(block.Owner)) continue;
            var prose = (goodStopDensity <= 0 ? 1 : Math.Clamp(block.StopWordDensity / goodStopDensity, 0, 1.2)) * (1 - block.LinkDensity);
            if (prose <= 0.2) continue;
            var score = (1 + block.Commas + Math.Min(block.Chars / 100, 3)) * prose;
            var level = 0;
            for (var e = ScoredFrom(block.Owner); e is not null && level < AncestorLevels; e = e.ParentElement, level++)
            {
                if (e.LocalName is "html") break;
                if (!scores.ContainsKey(e)) scores[e] = InitialScore(e, regions.Weight(e));
                var divider = level switch { 0 => 1.0, 1 => 2.0, _ => level * 3.0 };
                scores[e] += score / divider;
            }
        }
        if (scores.Count == 0) return [];

        IElement? top = null;
        var topScore = double.MinValue;
        var final = new Dictionary<IElement, double>(scores.Count);
        foreach (var (element, score) in scores)
        {
            var (chars, links) = regions.TextOf(element);
            var linkDensity = chars == 0 ? 0 : (double)links / chars;
            var adjusted = score * (1 - linkDensity);
            final[element] = adjusted;
            if (adjusted > topScore)
            {
                topScore = adjusted;
                top = element;
            }
        }
        if (top is null || topScore <= 0) return [];
        top = CommonAncestorOfRivals(top, topScore, final);
        topScore = Math.Max(topScore, final.GetValueOrDefault(top));

        var members = new List<IElement>();
        var parent = top.ParentElement;
        if (parent is null || top.LocalName == "body") return [top];
        var threshold = Math.Max(10, topScore * 0.2);
        foreach (var sibling in parent.Children)
        {
            if (sibling == top)
            {
                members.Add(sibling);
                continue;
            }
            var siblingScore = final.GetValueOrDefault(sibling);
            if ((siblingScore >= threshold || IsParagraphOfText(sibling, regions)) && regions.Weight(sibling) >= 0) members.Add(sibling);
        }
        return members;
    }

    /// <summary>
    /// A paragraph beside the content element is part of it when it reads as text: long with few
    /// links, or short without links and ending a sentence (Readability, <c>_grabArticle</c>'s
    /// sibling pass).
    /// </summary>
    private static bool IsParagraphOfText(IElement sibling, HtmlRegions regions)
    {
        if (sibling.LocalName != "p") return false;
        var (chars, links) = regions.TextOf(sibling);
        if (chars == 0) return false;
        var linkDensity = (double)links / chars;
        if (chars > SiblingParagraphChars) return linkDensity < SiblingParagraphLinkDensity;
        if (links > 0) return false;
        var text = sibling.TextContent.AsSpan().TrimEnd();
        return text.Length > 0 && text[^1] is '.' or '!' or '?';
    }

    /// <summary>
    /// When several elements score nearly as well as the best (an article cut into sections, a page
    /// of entries), the nearest ancestor of the best that holds at least three of them is the
    /// content instead (Readability, <c>_grabArticle</c>: alternative top candidates).
    /// </summary>
    private static IElement CommonAncestorOfRivals(IElement top, double topScore, Dictionary<IElement, double> final)
    {
        var rivals = new List<IElement>();
        foreach (var (element, score) in final)
            if (element != top && score >= RivalShare * topScore && !element.Contains(top) && !top.Contains(element)) rivals.Add(element);
        if (rivals.Count < MinRivals) return top;
        for (var ancestor = top.ParentElement; ancestor is not null && ancestor.LocalName is not ("body" or "html"); ancestor = ancestor.ParentElement)
        {
            var held = 0;
            foreach (var rival in rivals)
                if (ancestor.Contains(rival)) held++;
            if (held >= MinRivals) return ancestor;
        }
        return top;
    }

    /// <summary>Paragraph-like elements score their parent; text directly in a container scores that container.</summary>
    private static IElement? ScoredFrom(IElement owner) =>
        owner.LocalName is "p" or "li" or "pre" or "blockquote" or "dt" or "dd" or "figcaption" or "caption" or "th" or "span" or "font"
            ? owner.ParentElement
            : owner;

    private static double InitialScore(IElement element, int weight)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + weight * 12.5;
    }
}
