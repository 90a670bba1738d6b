using Lineage.Reading;
using Lineage.Text;

namespace Lineage.Extraction;

/// <summary>
/// One document on its own: its blocks classified (<see cref="TextArticleReader"/>), boilerplate
/// set apart, metadata read from its lines and from what the input said (JSONL fields, WARC
/// headers), and the body's language identified. Boilerplate that only shows as such across
/// documents is added later by <see cref="Furniture.TemplateLearner"/>.
/// </summary>
public static class ArticleExtractor
{
    public static ExtractedDocument Extract(Document document)
    {
        if (document.Format == DocumentFormat.Html) return ExtractHtml(document);
        var view = document.View;
        var blocks = TextBlock.Split(view);
        var roles = TextArticleReader.Classify(document.Text, view, blocks, document.Format == DocumentFormat.Markdown);
        var fromText = TextMetadataReader.Read(view, blocks, roles);

        var kept = new List<(int, int)>(blocks.Count);
        var boilerplate = new List<TextSpan>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (roles[i] is BlockRole.Body or BlockRole.Title) kept.Add((blocks[i].ViewStart, blocks[i].ViewEnd));
            else boilerplate.Add(blocks[i].Source);
        }
        var content = view.Restrict(kept);
        var metadata = Merge(document, fromText) with { Language = LanguageIdentifier.Identify(content) };
        return new ExtractedDocument { Document = document, Content = content, Boilerplate = SpanSet.Normalize(boilerplate), Metadata = metadata };
    }

    /// <summary>
    /// A web page: the article blocks <see cref="HtmlArticleExtractor"/> finds in the DOM, the
    /// rest of the visible text as boilerplate, and metadata from the page's own declarations
    /// first, its text second.
    /// </summary>
    private static ExtractedDocument ExtractHtml(Document document)
    {
        var view = document.View;
        var page = HtmlArticleExtractor.Extract(document.Text);
        var articleBlocks = SpanSet.Normalize(page.ArticleBlocks);

        var kept = new List<(int, int)>();
        var boilerplate = new List<TextSpan>();
        // A page too large or too deep to parse is one block, the whole page: its article is its
        // visible text as it is, as with --whole-text, not a copy of it (a page of 100 MB is 200 MB of chars).
        var whole = articleBlocks is [{ Start: 0 } only] && only.Length == document.Text.Length;
        var chars = view.Chars;
        var runStart = -1;
        var runKept = false;
        var hint = 0;
        for (var i = 0; i <= chars.Length && !whole; i++)
        {
            var inArticle = i < chars.Length && InArticle(articleBlocks, view.SourceStart(i, ref hint));
            if (i < chars.Length && runStart >= 0 && inArticle == runKept && chars[i] != '\n') continue;
            if (runStart >= 0)
            {
                if (runKept) kept.Add((runStart, i));
                else if (!chars.AsSpan(runStart, i - runStart).IsWhiteSpace()) boilerplate.Add(view.ToSource(runStart, i));
            }
            runStart = i < chars.Length && chars[i] != '\n' ? i : -1;
            runKept = inArticle;
        }
        var content = whole ? view : view.Restrict(kept);

        var blocks = TextBlock.Split(view);
        var fromText = TextMetadataReader.Read(view, blocks, TextArticleReader.Classify(document.Text, view, blocks, isMarkdown: false));
        var declared = page.Metadata;
        var url = document.Url ?? declared.Url;
        var metadata = fromText with
        {
            Title = document.Title ?? declared.Title ?? fromText.Title,
            Authors = declared.Authors.Count > 0 ? declared.Authors : fromText.Authors,
            Published = DateParser.ToIso(document.Date) ?? DateParser.ToIso(declared.Published) ?? fromText.Published,
            Site = document.Site ?? declared.SiteName ?? HostOf(url) ?? fromText.Site,
            Url = url,
            Language = LanguageIdentifier.Identify(content) ?? TwoLetter(declared.Language),
        };
        return new ExtractedDocument { Document = document, Content = content, Boilerplate = SpanSet.Normalize(boilerplate), Metadata = metadata };
    }

    private static bool InArticle(List<TextSpan> blocks, int sourceOffset) => SpanSet.Covers(blocks, new TextSpan(sourceOffset, 1));

    private static string? TwoLetter(string? language) =>
        language is { Length: >= 2 } && char.IsAsciiLetter(language[0]) && char.IsAsciiLetter(language[1]) ? language[..2].ToLowerInvariant() : null;

    /// <summary>The whole document as the article, nothing set apart: for scans that compare every word.</summary>
    public static ExtractedDocument WholeText(Document document) => new()
    {
        Document = document,
        Content = document.View,
        Boilerplate = [],
        Metadata = Merge(document, ArticleMetadata.None),
    };

    /// <summary>What the input declared wins over what the text suggests.</summary>
    private static ArticleMetadata Merge(Document document, ArticleMetadata fromText) => fromText with
    {
        Title = document.Title ?? fromText.Title,
        Url = document.Url,
        Site = document.Site ?? HostOf(document.Url) ?? fromText.Site,
        Published = DateParser.ToIso(document.Date) ?? fromText.Published,
    };

    /// <summary>The host of a URL without "www.", or null.</summary>
    public static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host)) return null;
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
