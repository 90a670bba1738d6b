using AngleSharp.Dom;

namespace Lineage.Extraction;

/// <summary>
/// Reads what a page declares about itself: schema.org JSON-LD first (the most specific), then
/// OpenGraph and <c>article:</c> properties, then plain <c>&lt;meta name&gt;</c> tags, the canonical
/// link, <c>&lt;title&gt;</c> and <c>&lt;html lang&gt;</c>; the author, failing those, from the
/// page's byline (<see cref="HtmlBylineReader"/>).
/// </summary>
internal static class HtmlMetadataReader
{
    public static PageMetadata Read(IDocument document)
    {
        var jsonLd = HtmlJsonLdReader.Read(document);
        var meta = MetaTags(document);

        var title = jsonLd.Headline ?? meta.GetValueOrDefault("og:title") ?? meta.GetValueOrDefault("twitter:title")
            ?? (Clean(document.Title) is { } element ? PageTitle.FromTitleElement(element) : null);
        IReadOnlyList<string> authors = jsonLd.Authors.Count > 0 ? jsonLd.Authors : MetaAuthors(document);
        if (authors.Count == 0) authors = HtmlBylineReader.Read(document);
        var published = jsonLd.DatePublished ?? meta.GetValueOrDefault("article:published_time")
            ?? meta.GetValueOrDefault("date") ?? meta.GetValueOrDefault("pubdate") ?? meta.GetValueOrDefault("dc.date")
            ?? meta.GetValueOrDefault("dc.date.issued") ?? meta.GetValueOrDefault("datepublished") ?? meta.GetValueOrDefault("parsely-pub-date")
            ?? meta.GetValueOrDefault("og:article:published_time");
        var siteName = jsonLd.Publisher ?? meta.GetValueOrDefault("og:site_name") ?? meta.GetValueOrDefault("application-name");
        var url = Canonical(document) ?? jsonLd.Url ?? meta.GetValueOrDefault("og:url");
        var language = Clean(document.DocumentElement?.GetAttribute("lang")) ?? Clean(document.DocumentElement?.GetAttribute("xml:lang"))
            ?? meta.GetValueOrDefault("content-language") ?? meta.GetValueOrDefault("og:locale") ?? jsonLd.Language;
        return new PageMetadata
        {
            Title = title,
            Authors = authors,
            Published = published,
            SiteName = siteName,
            Url = url,
            Language = language,
        };
    }

    /// <summary>Each meta tag's content by its lower-cased name, property or http-equiv; the first of a name wins.</summary>
    private static Dictionary<string, string> MetaTags(IDocument document)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var content = Clean(meta.GetAttribute("content"));
            if (content is null) continue;
            foreach (var attribute in new[] { "property", "name", "http-equiv", "itemprop" })
            {
                var key = meta.GetAttribute(attribute)?.Trim().ToLowerInvariant();
                if (!string.IsNullOrEmpty(key)) tags.TryAdd(key, content);
            }
        }
        return tags;
    }

    private static List<string> MetaAuthors(IDocument document)
    {
        var authors = new List<string>();
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var key = (element.GetAttribute("property") ?? element.GetAttribute("name"))?.Trim().ToLowerInvariant();
            if (key is not ("article:author" or "author" or "dc.creator" or "sailthru.author" or "parsely-author")) continue;
            var value = Clean(element.GetAttribute("content"));
            // article:author is often the author's profile address, which is no name.
            if (value is null || value.StartsWith("http", StringComparison.OrdinalIgnoreCase)) continue;
            if (!authors.Contains(value)) authors.Add(value);
        }
        return authors;
    }

    private static string? Canonical(IDocument document)
    {
        foreach (var link in document.QuerySelectorAll("link[rel]"))
        {
            var rel = link.GetAttribute("rel")!;
            if (!rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("canonical", StringComparer.OrdinalIgnoreCase)) continue;
            if (Clean(link.GetAttribute("href")) is { } href) return href;
        }
        return null;
    }

    internal static string? Clean(string? value)
    {
        if (value is null) return null;
        var trimmed = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return trimmed.Length == 0 ? null : trimmed;
    }
}
