namespace Lineage.Evaluation;

/// <summary>How one page scored; <paramref name="Error"/> says why it could not be read or extracted (it then scores as an empty extraction).</summary>
public sealed record ExtractionPageResult(string Id, ShingleCounts Counts, int GoldWords, int ExtractedWords, string? Error);
