namespace Lineage.Evaluation;

/// <summary>
/// What a benchmark says a page's metadata is (Readability's <c>expected-metadata.json</c>): the
/// title, the byline as a reader sees it ("By Jane Doe"), the site, the publication time and the
/// language; null where the benchmark gives none.
/// </summary>
public sealed record ExpectedMetadata(string? Title, string? Byline, string? SiteName, string? Published, string? Language);
