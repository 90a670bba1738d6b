using System.Globalization;
using Lineage.Scanning;

namespace Lineage.Reporting;

/// <summary>
/// One row per document pair that shares text (RFC 4180 quoting), most shared words first:
/// passages of both kinds, their words and coverage as in the JSON report, and the pair's
/// derivation with its evidence (empty when rewrites were not looked for).
/// </summary>
public static class CsvReport
{
    public const string Header = "a,b,passages,shared_words,coverage_a,coverage_b,words_a,words_b,path_a,path_b,rewritten_passages,derivation,derivation_score,matched_a,matched_b,verbatim_a,verbatim_b";

    public static void Write(ScanResult result, TextWriter output)
    {
        output.WriteLine(Header);
        foreach (var pair in result.Pairs)
        {
            var a = result.Documents[pair.A];
            var b = result.Documents[pair.B];
            var rewritten = pair.Rewritten;
            var derivation = rewritten?.Derivation;
            output.WriteLine(string.Join(',',
                Field(a.Id), Field(b.Id),
                Count(pair.Alignment.Passages.Count + (rewritten?.Passages.Count ?? 0)),
                Count(pair.SharedWords),
                Share(rewritten?.CoverageA ?? pair.Alignment.CoverageA),
                Share(rewritten?.CoverageB ?? pair.Alignment.CoverageB),
                Count(result.WordCounts[pair.A]),
                Count(result.WordCounts[pair.B]),
                Field(a.Path), Field(b.Path),
                Count(rewritten?.Passages.Count ?? 0),
                derivation is null ? "" : Model.ReportBuilder.DerivationName(derivation.Kind),
                derivation is null ? "" : Share(derivation.Score),
                derivation is null ? "" : Share(derivation.MatchedA),
                derivation is null ? "" : Share(derivation.MatchedB),
                derivation is null ? "" : Share(derivation.VerbatimA),
                derivation is null ? "" : Share(derivation.VerbatimB)));
        }
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Share(double value) => Model.ReportPrecision.Round(value).ToString(Model.ReportPrecision.CsvFormat, CultureInfo.InvariantCulture);

    internal static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
