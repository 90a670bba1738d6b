namespace Lineage.Storage;

/// <summary>
/// What a store knows of a site's lines: how many of its pages are stored and, for the lines
/// asked about, on how many of those pages each occurs (by line hash; a line never counted is absent).
/// </summary>
public sealed record SiteLines(string Site, int Pages, IReadOnlyDictionary<ulong, int> Counts);
