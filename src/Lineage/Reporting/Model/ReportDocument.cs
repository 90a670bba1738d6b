using System.Text.Json.Serialization;

namespace Lineage.Reporting.Model;

/// <summary>
/// One document as every report gives it: where it came from, its metadata (null when not found),
/// its article words and the spans of its original text set apart as boilerplate. <see cref="Line"/>
/// only for a JSONL line; <see cref="DuplicateGroup"/> and <see cref="Story"/> only when the corpus
/// was analysed; <see cref="Text"/> (the article text) only for <c>lineage extract</c>.
/// </summary>
public sealed record ReportDocument(
    string Id,
    string Path,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Line,
    string Format,
    string Encoding,
    int Chars,
    int Words,
    string? Url,
    string? Title,
    string? Site,
    IReadOnlyList<string> Authors,
    string? Published,
    string? OriginalSource,
    string? Language,
    IReadOnlyList<ReportSpan> Boilerplate,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? DuplicateGroup,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Story,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text);
