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
    private const int MaxWordedNoticeWords = 40;

    /// <summary>
    /// Headings that open a comment section, once counts and brackets are set aside ("3 Comments",
    /// "Kommentare (12)"); plural or phrased, since a heading "Comment" also titles a column or a tip.
    /// </summary>
    private static readonly HashSet<string> CommentHeadings = new(StringComparer.OrdinalIgnoreCase)
    {
        "comments", "reader comments", "replies", "leave a comment", "leave a reply", "post a comment", "add a comment",
        "kommentare", "leserkommentare", "commentaires", "comentarios", "comentários", "commenti", "komentarze", "reacties",
        "комментарии", "التعليقات",
    };

    /// <summary>A copyright notice in words, in the languages the language test knows and a few near them.</summary>
    private static readonly string[] NoticePhrases =
    [
        "copyright", "all rights reserved", "tous droits réservés", "alle rechte vorbehalten", "derechos reservados",
        "diritti riservati", "direitos reservados", "все права защищены", "جميع الحقوق محفوظة", "hak cipta",
        "alle rechten voorbehouden", "wszelkie prawa zastrzeżone",
    ];

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
        UnmarkTextAfterContent(blocks);
        UnmarkAuthorBoxes(blocks);
        UnmarkCommentSection(blocks);
        UnmarkCopyrightNotices(blocks);
        HtmlReaderComments.Unmark(blocks);
        MarkLinkedText(blocks);
        HtmlTeaserList.Unmark(blocks);
        HtmlRepeatedText.Unmark(blocks);
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
    /// The main content ends where the article ends: running text further down the page, outside
    /// it, is what follows an article (reader comments, teasers of other stories, an author's note,
    /// a site's blurb), however well it reads. The exception is text built as the article's own
    /// paragraphs are (same element and class, in a parent of the same element and class): an
    /// article cut into sibling sections that the content element did not take in whole. Text above
    /// the main content is left to the block verdicts, since the headline and the lead sit there.
    /// Nothing is cut when the main content has no good paragraph or holds less text than would be
    /// cut: then the content element is more likely a wrong choice than the article's bounds.
    /// </summary>
    private static void UnmarkTextAfterContent(List<HtmlBlock> blocks)
    {
        var last = blocks.FindLastIndex(b => b.IsArticle && b.InMainContent);
        if (last < 0) return;
        var shapes = new HashSet<BlockShape>();
        int contentChars = 0, followingChars = 0;
        var readsAsText = false;
        foreach (var block in blocks)
        {
            if (!block.IsArticle || !block.InMainContent) continue;
            shapes.Add(Shape(block));
            contentChars += block.Chars;
            readsAsText |= block.Final == BlockClass.Good;
        }
        var following = new List<HtmlBlock>();
        for (var i = last + 1; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.IsArticle && !block.InMainContent && !shapes.Contains(Shape(block)))
            {
                following.Add(block);
                followingChars += block.Chars;
            }
        }
        if (!readsAsText || followingChars > contentChars) return;
        foreach (var block in following) block.IsArticle = false;
    }

    private static BlockShape Shape(HtmlBlock block)
    {
        var parent = block.Owner.ParentElement;
        return new BlockShape(block.Owner.LocalName, block.Owner.GetAttribute("class"), parent?.LocalName, parent?.GetAttribute("class"));
    }

    /// <summary>A block's element and class, and its parent's: how the page builds that kind of text.</summary>
    private readonly record struct BlockShape(string Element, string? Class, string? ParentElement, string? ParentClass);

    /// <summary>
    /// A box about the writer ("author-box", "about-the-author") is a biography, not the article,
    /// however well it reads, whether it sits below the article's text or above it (templates put
    /// it in a column beside the post, which comes first in the source). One stays when no article
    /// paragraph that reads as text stands outside such boxes: the page is then a profile.
    /// </summary>
    private static void UnmarkAuthorBoxes(List<HtmlBlock> blocks)
    {
        var boxed = new List<HtmlBlock>();
        var textOutside = false;
        foreach (var block in blocks)
        {
            if (!block.IsArticle) continue;
            if (InAuthorBox(block.Owner)) boxed.Add(block);
            else textOutside |= block.Initial is BlockClass.Good or BlockClass.NearGood;
        }
        if (!textOutside) return;
        foreach (var block in boxed) block.IsArticle = false;
    }

    private static bool InAuthorBox(IElement owner)
    {
        for (var e = owner; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
            if (HtmlElementHints.NamesAuthorBox(e)) return true;
        return false;
    }

    /// <summary>
    /// A heading inside the main content that names the comment section ("Comments", "3 Responses"
    /// excepted, "Kommentare") after the article's first good paragraph ends the article: blogs put
    /// the readers' comments in the same element as the post, often without a class that says so.
    /// </summary>
    private static void UnmarkCommentSection(List<HtmlBlock> blocks)
    {
        var afterGood = false;
        var cut = -1;
        for (var i = 0; i < blocks.Count && cut < 0; i++)
        {
            var block = blocks[i];
            if (afterGood && block.IsHeading && block.InMainContent && NamesCommentSection(block.Text)) cut = i;
            afterGood |= block.IsArticle && block.Final == BlockClass.Good;
        }
        if (cut < 0) return;
        for (var i = cut; i < blocks.Count; i++) blocks[i].IsArticle = false;
    }

    private static bool NamesCommentSection(string text)
    {
        if (text.Length > 40) return false;
        Span<char> words = stackalloc char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c)) words[length++] = c;
            else if (c == ' ' && length > 0 && words[length - 1] != ' ') words[length++] = ' ';
            // A count and its brackets go; anything else (a date, a '|' between parts) is a line about an entry, not a heading.
            else if (!char.IsDigit(c) && c is not (' ' or '(' or ')' or '[' or ']' or ':')) return false;
        }
        var name = words[..length].TrimEnd(' ');
        return name.Length > 0 && CommentHeadings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
    }

    /// <summary>
    /// A short copyright notice after the article's last good block (<see cref="IsCopyrightNotice"/>)
    /// is the page's or the article's, not its text, even inside the main content; further up, the same
    /// line is more often a byline or a photo credit.
    /// </summary>
    private static void UnmarkCopyrightNotices(List<HtmlBlock> blocks)
    {
        var lastGood = blocks.FindLastIndex(b => b.IsArticle && b.Final == BlockClass.Good);
        if (lastGood < 0) return;
        for (var i = lastGood + 1; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.IsArticle && IsCopyrightNotice(block)) block.IsArticle = false;
        }
    }

    /// <summary>
    /// A short line with a copyright sign, or a little longer one that says it in words ("Copyright
    /// 2008 The Associated Press. All rights reserved. This material may not be published…").
    /// </summary>
    private static bool IsCopyrightNotice(HtmlBlock block)
    {
        if (block.Words < MaxNoticeWords && block.Text.Contains('\u00A9')) return true;
        if (block.Words >= MaxWordedNoticeWords) return false;
        foreach (var phrase in NoticePhrases)
            if (block.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// Blocks of the main content that sit between two article blocks (jusText's context rule, on
    /// the main content) are part of the text even when mostly links or short: a paragraph of
    /// Wikipedia links, the list of reports a story cites, a dateline. A block that is all one link
    /// (a headline teaser) is not, unless it is a heading right above a paragraph judged good text:
    /// a review of several games titles each with a link to it. Blocks after the last article block
    /// (related stories) or before the first are not.
    /// </summary>
    private static void MarkLinkedText(List<HtmlBlock> blocks)
    {
        var afterArticle = false;
        var between = new List<HtmlBlock>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
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
            else if (afterArticle && block.IsHeading && i + 1 < blocks.Count && blocks[i + 1].IsArticle && blocks[i + 1].Final == BlockClass.Good)
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
