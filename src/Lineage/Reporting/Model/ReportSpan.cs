namespace Lineage.Reporting.Model;

/// <summary>A half-open span of a document's original text, in UTF-16 code units: <c>text.Substring(Start, Length)</c>.</summary>
public readonly record struct ReportSpan(int Start, int Length)
{
    public static ReportSpan Of(Text.TextSpan span) => new(span.Start, span.Length);
}
