namespace Lineage.Clustering;

/// <summary>Documents about the same event, with the words and names that tell it apart.</summary>
public sealed record Story(int Id, string Label, IReadOnlyList<string> Keywords, IReadOnlyList<int> Documents);
