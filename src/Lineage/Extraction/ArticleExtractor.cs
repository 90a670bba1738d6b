using Lineage.Reading;
using Lineage.Text;

namespace Lineage.Extraction;

/// <summary>
/// One document on its own: its blocks classified (<see cref="TextArticleReader"/>), boilerplate
/// set apart, metadata read from its lines and from what the input said (JSONL fields, WARC
/// headers), and the body's language identified. Boilerplate that only shows as such across
/// documents is added later by <see cref="TemplateLearner"/>.
/// </summary>
public static class ArticleExtractor
{
    public static ExtractedDocument Extract(Document document)
    {
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
        var metadata = Merge(document, fromText) with { Language = LanguageIdentifier.Identify(Tokenizer.Tokenize(content)) };
        return new ExtractedDocument { Document = document, Content = content, Boilerplate = SpanSet.Normalize(boilerplate), Metadata = metadata };
    }

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
