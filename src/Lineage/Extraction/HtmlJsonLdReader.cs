using System.Text.Json;
using AngleSharp.Dom;

namespace Lineage.Extraction;

/// <summary>
/// The article fields of a page's schema.org JSON-LD: the first object whose @type is an article
/// type (NewsArticle, Article, ReportageNewsArticle, BlogPosting…), found at the top, in an array
/// or in an @graph. A script that is not valid JSON is skipped: pages ship broken JSON-LD.
/// </summary>
internal static class HtmlJsonLdReader
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle", "SocialMediaPosting",
    };

    public sealed record Fields(string? Headline, IReadOnlyList<string> Authors, string? DatePublished, string? Publisher, string? Url, string? Language)
    {
        public static readonly Fields None = new(null, [], null, null, null, null);
    }

    public static Fields Read(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script"))
        {
            if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(WithoutCData(script.TextContent), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            }
            catch (JsonException)
            {
                continue;
            }
            using (json)
            {
                if (FindArticle(json.RootElement, 0) is { } article) return FieldsOf(article);
            }
        }
        return Fields.None;
    }

    /// <summary>
    /// The script's JSON without a CDATA wrapper ("&lt;![CDATA[ {…} ]]&gt;", as XHTML-minded
    /// templates such as MediaWiki's write it), which Readability strips too.
    /// </summary>
    internal static string WithoutCData(string text)
    {
        var json = text.AsSpan().Trim();
        if (json.StartsWith("//")) json = json[2..].TrimStart();
        if (!json.StartsWith("<![CDATA[", StringComparison.Ordinal)) return text;
        json = json["<![CDATA[".Length..].TrimEnd();
        if (json.EndsWith("]]>", StringComparison.Ordinal)) json = json[..^3].TrimEnd();
        if (json.EndsWith("//", StringComparison.Ordinal)) json = json[..^2];
        return json.ToString();
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > 8) return null;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                if (FindArticle(item, depth + 1) is { } found) return found;
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object) return null;
        if (IsArticle(element)) return element;
        if (element.TryGetProperty("@graph", out var graph)) return FindArticle(graph, depth + 1);
        if (element.TryGetProperty("mainEntity", out var mainEntity)) return FindArticle(mainEntity, depth + 1);
        return null;
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type)) return false;
        if (type.ValueKind == JsonValueKind.String) return ArticleTypes.Contains(type.GetString()!);
        if (type.ValueKind != JsonValueKind.Array) return false;
        foreach (var item in type.EnumerateArray())
            if (item.ValueKind == JsonValueKind.String && ArticleTypes.Contains(item.GetString()!)) return true;
        return false;
    }

    private static Fields FieldsOf(JsonElement article)
    {
        var authors = new List<string>();
        if (article.TryGetProperty("author", out var author)) AddNames(author, authors, 0);
        string? publisher = null;
        if (article.TryGetProperty("publisher", out var publisherElement))
        {
            var names = new List<string>();
            AddNames(publisherElement, names, 0);
            publisher = names.Count > 0 ? names[0] : null;
        }
        return new Fields(
            Text(article, "headline") ?? Text(article, "name"),
            authors,
            Text(article, "datePublished") ?? Text(article, "dateCreated"),
            publisher,
            AddressOf(article),
            Text(article, "inLanguage"));
    }

    private static string? AddressOf(JsonElement article)
    {
        var url = Text(article, "url") ?? Text(article, "@id");
        return url is not null && url.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? url : null;
    }

    /// <summary>Names from a string, a Person/Organization object (its name) or an array of either.</summary>
    private static void AddNames(JsonElement value, List<string> names, int depth)
    {
        if (depth > 4) return;
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                if (HtmlMetadataReader.Clean(value.GetString()) is { } name && !names.Contains(name)) names.Add(name);
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray()) AddNames(item, names, depth + 1);
                break;
            case JsonValueKind.Object:
                if (value.TryGetProperty("name", out var inner)) AddNames(inner, names, depth + 1);
                break;
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? HtmlMetadataReader.Clean(value.GetString()) : null;
}
