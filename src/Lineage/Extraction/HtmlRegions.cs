using AngleSharp.Dom;

namespace Lineage.Extraction;

/// <summary>
/// The elements of one page with what they say about their content (<see cref="HtmlElementHints"/>)
/// and how much text and link text they hold, and from these which elements are boilerplate regions.
/// </summary>
internal sealed class HtmlRegions
{
    /// <summary>
    /// The share of a boilerplate-named element's text that an article-named element inside it must
    /// hold for the outer one to count as a mere wrapper ("share_wrapper" around the whole article).
    /// </summary>
    private const double WrapperShare = 0.8;

    /// <summary>
    /// The share of the page's prose (<see cref="ReadsAsText"/>), and of all its text, that a
    /// boilerplate-named element must hold to count as a layout wrapper (<see cref="IsLayoutWrapper"/>).
    /// </summary>
    private const double LayoutShare = 0.5;

    private readonly Dictionary<IElement, int> weights = [];
    private readonly Dictionary<IElement, bool> articleMarks = [];
    private readonly Dictionary<IElement, (int Chars, int LinkChars)> text = [];
    private readonly Dictionary<IElement, int> prose = [];
    private readonly int pageChars;
    private readonly int pageProseChars;

    /// <summary>
    /// True when no block judged good lies outside a boilerplate region: a page's article does, so
    /// on such a page the names are the layout's rather than the content's.
    /// </summary>
    private readonly bool namesLayout;

    /// <param name="blocks">The page's blocks, already classified (<see cref="HtmlBlock.Final"/>).</param>
    public HtmlRegions(List<HtmlBlock> blocks)
    {
        foreach (var block in blocks)
        {
            var proseChars = ReadsAsText(block) ? block.Chars : 0;
            pageChars += block.Chars;
            pageProseChars += proseChars;
            for (var e = block.Owner; e is not null; e = e.ParentElement)
            {
                var (chars, links) = text.GetValueOrDefault(e);
                text[e] = (chars + block.Chars, links + block.LinkChars);
                if (proseChars > 0) prose[e] = prose.GetValueOrDefault(e) + proseChars;
            }
        }
        namesLayout = pageProseChars > 0 && !HasGoodBlockOutsideBoilerplate(blocks);
    }

    /// <summary>A block that reads as running text on its own (jusText's good or near-good), whatever its neighbours.</summary>
    private static bool ReadsAsText(HtmlBlock block) => block.Initial is BlockClass.Good or BlockClass.NearGood;

    /// <summary>Asked before <see cref="namesLayout"/> is set, so with every boilerplate name taken at its word.</summary>
    private bool HasGoodBlockOutsideBoilerplate(List<HtmlBlock> blocks)
    {
        foreach (var block in blocks)
            if (block.Final == BlockClass.Good && !InBoilerplate(block.Owner)) return true;
        return false;
    }

    public int Weight(IElement element)
    {
        if (!weights.TryGetValue(element, out var weight)) weights[element] = weight = HtmlElementHints.Weight(element);
        return weight;
    }

    /// <summary>Chars and link chars of the blocks inside <paramref name="element"/>.</summary>
    public (int Chars, int LinkChars) TextOf(IElement element) => text.GetValueOrDefault(element);

    public bool MarksArticle(IElement element)
    {
        if (!articleMarks.TryGetValue(element, out var marks)) articleMarks[element] = marks = HtmlElementHints.MarksArticle(element);
        return marks;
    }

    /// <summary>
    /// True when <paramref name="element"/> (below the body) names boilerplate and is not a wrapper
    /// around the article: <paramref name="articleInside"/>, the largest element on the way up to it
    /// that names the article, holding most of its text; nor a layout wrapper (<see cref="IsLayoutWrapper"/>).
    /// </summary>
    public bool IsBoilerplate(IElement element, IElement? articleInside)
    {
        if (Weight(element) > -2 || element.LocalName is "body" or "html" || IsLayoutWrapper(element)) return false;
        return articleInside is null || TextOf(articleInside).Chars < WrapperShare * TextOf(element).Chars;
    }

    /// <summary>
    /// True when a boilerplate-named element is named for the page's layout, not for what it holds
    /// ("outerAd" and "left_side_wrapper" around the whole page, a table cell classed
    /// "nav-new-1-pixel" around a review): on a page where no good block stands outside such
    /// elements (<see cref="namesLayout"/>), one that holds most of the page's prose and most of its
    /// text, since menus, sidebars and ads hold neither. Comments are the exception: they can hold
    /// most of a page's prose and are still not its article.
    /// </summary>
    private bool IsLayoutWrapper(IElement element) =>
        namesLayout
        && prose.GetValueOrDefault(element) >= LayoutShare * pageProseChars
        && TextOf(element).Chars >= LayoutShare * pageChars
        && !HtmlElementHints.NamesComments(element);

    /// <summary>True when an element around <paramref name="owner"/>, or itself, is a boilerplate region (<see cref="IsBoilerplate"/>).</summary>
    public bool InBoilerplate(IElement owner)
    {
        IElement? article = null;
        for (var e = owner; e is not null; e = e.ParentElement)
        {
            if (IsBoilerplate(e, article)) return true;
            if (MarksArticle(e)) article = e;
        }
        return false;
    }
}
