namespace Lineage.Extraction;

/// <summary>
/// What a web page declares about itself in its markup: JSON-LD (schema.org NewsArticle and
/// kin), OpenGraph and <c>&lt;meta&gt;</c> tags, the canonical link. Every field is null (or
/// empty) when the page does not say.
/// </summary>
public sealed record PageMetadata
{
    public static readonly PageMetadata None = new();

    public string? Title { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>Publication date as the page gives it (ISO 8601 in JSON-LD and article:published_time).</summary>
    public string? Published { get; init; }
    public string? SiteName { get; init; }
    /// <summary>Canonical or og:url address of the page.</summary>
    public string? Url { get; init; }
    /// <summary>The html lang attribute or content-language, as written (e.g. "en-GB").</summary>
    public string? Language { get; init; }
}
