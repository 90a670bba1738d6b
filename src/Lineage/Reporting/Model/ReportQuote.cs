using System.Text.Json.Serialization;

namespace Lineage.Reporting.Model;

/// <summary>Where a quotation is quoted, who the sentence says spoke (left out when it names nobody), and which of the quote's variants it is (an index into them).</summary>
public readonly record struct ReportQuoteOccurrence(
    string Doc,
    int Start,
    int Length,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Speaker,
    int Variant);

/// <summary>One wording of a quotation, the words that set it apart from the first, and the documents (by id) that use it.</summary>
public sealed record ReportQuoteVariant(string Text, IReadOnlyList<string> DifferingWords, IReadOnlyList<string> Documents);

/// <summary>A quotation: its commonest wording, every occurrence and every variant.</summary>
public sealed record ReportQuote(int Id, string Text, IReadOnlyList<ReportQuoteOccurrence> Occurrences, IReadOnlyList<ReportQuoteVariant> Variants);
