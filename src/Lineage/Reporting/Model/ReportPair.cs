using System.Text.Json.Serialization;

namespace Lineage.Reporting.Model;

/// <summary>The share of each document's article words inside the pair's passages, rounded by <see cref="ReportPrecision"/>.</summary>
public readonly record struct ReportCoverage(double A, double B);

/// <summary>
/// Two documents (by id) that share text, with their passages (verbatim first, then rewritten)
/// and, when rewrites were looked for, their derivation. Where the passages are written
/// apart (the HTML report keeps them in a block of their own), <see cref="Passages"/> is left out
/// and <see cref="PassageCount"/> says how many there are.
/// </summary>
public sealed record ReportPair(
    string A,
    string B,
    int SharedWords,
    ReportCoverage Coverage,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? PassageCount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ReportPassage>? Passages,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ReportDerivation? Derivation = null);
