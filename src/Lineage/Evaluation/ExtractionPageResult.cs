namespace Lineage.Evaluation;

/// <summary>
/// How one page scored; <paramref name="Error"/> says why it could not be read or extracted (it then
/// scores as an empty extraction); <paramref name="Metadata"/> compares its metadata where the set has some.
/// </summary>
public sealed record ExtractionPageResult(string Id, ShingleCounts Counts, int GoldWords, int ExtractedWords, string? Error, MetadataMatch? Metadata = null);
