using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Lineage.Reading;
using Lineage.Text;

namespace Lineage.Extraction;

/// <summary>
/// Finds the article in an HTML page. The page is cut into text blocks with their source spans;
/// each block is judged on its own (jusText: length, link density, stop words), its element's
/// semantics (nav, aside, footer, comment and share containers…) and its neighbours; the element
/// that holds the best paragraphs (Readability) bounds the article. Never throws on bad markup: a
/// page without an article gives no blocks.
/// </summary>
public static class HtmlArticleExtractor
{
    private const int MinArticleChars = 200;
    private const int MaxHeadlineDistance = 12;
    private const int MaxTitleDistance = 40;
    private const int MinTitleChars = 10;
    private const int MinLinkedWords = 4;
    private const double MaxLinkedDensity = 0.9;
    private const int MaxNoticeWords = 20;

    public static HtmlArticle Extract(string html)
    {
        // A page nested or attributed past what a DOM parser handles in reasonable time is not
        // parsed: all its visible text is the article (the reader has warned of it).
        if (HtmlShape.Measure(html).IsPastLimit(out _)) return new HtmlArticle([new TextSpan(0, html.Length)], PageMetadata.None);
        var blocks = Classify(html, out var metadata);
        var spans = new List<TextSpan>();
        foreach (var block in blocks)
            if (block.IsArticle) spans.Add(block.Span);
        return new HtmlArticle(spans, metadata);
    }

    /// <summary>Every block of the page with its features and verdict (<see cref="HtmlBlock.IsArticle"/>).</summary>
    internal static List<HtmlBlock> Classify(string html, out PageMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(html);
        metadata = PageMetadata.None;
        if (html.Length == 0) return [];
        // Parsed as a browser running scripts parses it, which is what readers see: a noscript's
        // content is then raw text, so an element left open inside it ("<noscript><div></noscript>")
        // cannot swallow the rest of the page.
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = true });
        var document = parser.ParseDocument(html);
        metadata = HtmlMetadataReader.Read(document);
        var blocks = HtmlBlockSegmenter.Segment(document, html);
        if (blocks.Count == 0) return blocks;

        var language = HtmlBlockFeatures.Language(blocks, metadata.Language);
        // Without a stop-word list for the language, jusText's language-independent mode: no stop-word test.
        HtmlBlockFeatures.Compute(blocks, StopWordLists.For(language ?? ""));
        var thresholds = language is null ? new HtmlBlockClassifier.Thresholds(StopLow: 0, StopHigh: 0) : new HtmlBlockClassifier.Thresholds();
        HtmlBlockClassifier.Classify(blocks, thresholds);

        var regions = new HtmlRegions(blocks);
        var main = HtmlContentContainer.Choose(blocks, regions, thresholds.StopHigh);
        MarkRegions(blocks, main, regions);

        foreach (var block in blocks) block.IsArticle = IsArticle(block);
        UnmarkCopyrightNotices(blocks);
        MarkLinkedText(blocks);
        if (!HasArticle(blocks))
        {
            foreach (var block in blocks) block.IsArticle = false;
            return blocks;
        }
        MarkHeadline(blocks, metadata.Title);
        return blocks;
    }

    /// <summary>
    /// The article's headline often sits outside the element that holds its paragraphs (in a page
    /// header, above a sidebar and the text): the last heading shortly before the first article
    /// block joins the article when it is an h1 or repeats the page's title. A block that is most
    /// of the title is the headline even further up, inside a header region or as a link to the
    /// page itself (blogs link each post's title to its permalink).
    /// </summary>
    private static void MarkHeadline(List<HtmlBlock> blocks, string? title)
    {
        var first = blocks.FindIndex(b => b.IsArticle);
        if (first <= 0 || blocks[first].IsHeading) return;
        for (var i = first - 1; i >= Math.Max(0, first - MaxTitleDistance); i--)
        {
            var block = blocks[i];
            if (IsTitle(block.Text, title))
            {
                block.IsArticle = true;
                return;
            }
            if (i < first - MaxHeadlineDistance || !block.IsHeading || block.InBoilerplateRegion || block.LinkDensity > 0.5) continue;
            var matchesTitle = title is not null && block.Text.Length >= 10
                && (title.Contains(block.Text, StringComparison.OrdinalIgnoreCase) || block.Text.Contains(title, StringComparison.OrdinalIgnoreCase));
            if (matchesTitle || block.Owner.LocalName == "h1")
            {
                block.IsArticle = true;
                return;
            }
        }
    }

    /// <summary>
    /// True when <paramref name="text"/> is the page's title, or the larger part of it (a title
    /// tag adds " | Site name"), or the title with a little more; a site name alone is not.
    /// </summary>
    private static bool IsTitle(string text, string? title)
    {
        if (title is null || text.Length < MinTitleChars || text.Length > 2 * title.Length) return false;
        return title.Contains(text, StringComparison.OrdinalIgnoreCase) ? 2 * text.Length >= title.Length : text.Contains(title, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A short line with a copyright sign after the article's last good block is the page's or the
    /// article's copyright notice, not its text, even inside the main content; further up, the same
    /// line is more often a byline or a photo credit.
    /// </summary>
    private static void UnmarkCopyrightNotices(List<HtmlBlock> blocks)
    {
        var lastGood = blocks.FindLastIndex(b => b.IsArticle && b.Final == BlockClass.Good);
        if (lastGood < 0) return;
        for (var i = lastGood + 1; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.IsArticle && block.Words < MaxNoticeWords && block.Text.Contains('\u00A9')) block.IsArticle = false;
        }
    }

    /// <summary>
    /// Blocks of the main content that sit between two article blocks (jusText's context rule, on
    /// the main content) are part of the text even when mostly links or short: a paragraph of
    /// Wikipedia links, the list of reports a story cites, a dateline. A block that is all one link
    /// (a headline teaser) is not, nor are blocks after the last article block (related stories)
    /// or before the first.
    /// </summary>
    private static void MarkLinkedText(List<HtmlBlock> blocks)
    {
        var afterArticle = false;
        var between = new List<HtmlBlock>();
        foreach (var block in blocks)
        {
            if (!block.InMainContent || block.InBoilerplateRegion)
            {
                between.Clear();
                afterArticle = false;
            }
            else if (block.IsArticle)
            {
                foreach (var candidate in between) candidate.IsArticle = true;
                between.Clear();
                afterArticle = true;
            }
            else if (afterArticle && block.Words >= MinLinkedWords && block.LinkDensity < MaxLinkedDensity)
            {
                between.Add(block);
            }
        }
    }

    /// <summary>
    /// An error page, a login form or a menu has a sentence or two at most; an article has at least
    /// one paragraph of running text or some length overall.
    /// </summary>
    private static bool HasArticle(List<HtmlBlock> blocks)
    {
        var chars = 0;
        foreach (var block in blocks)
        {
            if (!block.IsArticle) continue;
            if (block.Initial is BlockClass.Good or BlockClass.NearGood) return true;
            chars += block.Chars;
        }
        return chars >= MinArticleChars;
    }

    private static bool IsArticle(HtmlBlock block)
    {
        if (block.InBoilerplateRegion) return false;
        if (block.InMainContent) return block.LinkDensity <= 0.33 && (block.Chars >= 30 || block.Final == BlockClass.Good);
        return block.Final == BlockClass.Good && block.Initial is BlockClass.Good or BlockClass.NearGood;
    }

    /// <summary>
    /// Marks the blocks inside the main content and those inside a boilerplate element; an element
    /// that holds the main content is not boilerplate, whatever its class says (ASP.NET wraps whole
    /// pages in a form), nor is one that wraps the article (<see cref="HtmlRegions.IsBoilerplate"/>).
    /// </summary>
    private static void MarkRegions(List<HtmlBlock> blocks, IReadOnlyList<IElement> main, HtmlRegions regions)
    {
        var mainSet = new HashSet<IElement>(main);
        foreach (var block in blocks)
        {
            var hint = 0;
            var region = false;
            var inMain = false;
            IElement? article = null;
            for (var e = block.Owner; e is not null; e = e.ParentElement)
            {
                if (mainSet.Contains(e))
                {
                    inMain = true;
                    break;
                }
                hint += regions.Weight(e);
                if (regions.IsBoilerplate(e, article)) region = true;
                if (regions.MarksArticle(e)) article = e;
            }
            block.Hint = hint;
            block.InBoilerplateRegion = region;
            block.InMainContent = inMain;
        }
    }
}
