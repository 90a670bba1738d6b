namespace Lineage.Extraction;

/// <summary>What Lineage found out about an article, from its markup and its text. Null when not found.</summary>
public sealed record ArticleMetadata
{
    public static readonly ArticleMetadata None = new();

    public string? Title { get; init; }
    /// <summary>The publishing site: its name ("Global Research") or host ("mondialisation.ca").</summary>
    public string? Site { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>Publication date, ISO yyyy-mm-dd.</summary>
    public string? Published { get; init; }
    /// <summary>The source the article says it was taken from ("The original source of this article is …").</summary>
    public string? OriginalSource { get; init; }
    /// <summary>The date the article gives for its original source ("South Front 19 September 2016"), ISO yyyy-mm-dd.</summary>
    public string? OriginalSourceDate { get; init; }
    /// <summary>ISO 639-1 code of the article body's language.</summary>
    public string? Language { get; init; }
    public string? Url { get; init; }
}
