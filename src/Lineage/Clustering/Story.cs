namespace Lineage.Clustering;

/// <summary>
/// Documents about the same event, with the words and names that tell it apart and the dates its
/// documents were published between (ISO 8601; null when none is dated).
/// </summary>
public sealed record Story(int Id, string Label, IReadOnlyList<string> Keywords, IReadOnlyList<int> Documents)
{
    public string? FirstPublished { get; init; }

    public string? LastPublished { get; init; }
}
