using System.Text.Json.Serialization;

namespace Lineage.Reporting.Model;

/// <summary>A difference inside a passage: <c>typo</c>, <c>substitution</c>, <c>onlyInA</c> or <c>onlyInB</c> (an empty span marks where the missing words would go).</summary>
public sealed record ReportEdit(string Kind, ReportSpan A, ReportSpan B);

/// <summary>
/// One passage of a pair: its span in each document, its words, and either (a <c>verbatim</c>
/// passage) the share of them identical and its edits, or (a <c>rewritten</c> one) the
/// similarity of its sides and its matched sentences.
/// </summary>
public sealed record ReportPassage(
    ReportSpan A,
    ReportSpan B,
    int Words,
    double? Identity,
    IReadOnlyList<ReportEdit> Edits,
    string Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Similarity = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ReportSentencePair>? Sentences = null);
