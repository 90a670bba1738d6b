using System.Globalization;
using Lineage.Scanning;

namespace Lineage.Reporting;

/// <summary>One row per document pair that shares text (RFC 4180 quoting), most shared words first.</summary>
public static class CsvReport
{
    public const string Header = "a,b,passages,shared_words,coverage_a,coverage_b,words_a,words_b,path_a,path_b";

    public static void Write(ScanResult result, TextWriter output)
    {
        output.WriteLine(Header);
        foreach (var pair in result.Pairs)
        {
            var a = result.Documents[pair.A];
            var b = result.Documents[pair.B];
            output.WriteLine(string.Join(',',
                Field(a.Id), Field(b.Id),
                pair.Alignment.Passages.Count.ToString(CultureInfo.InvariantCulture),
                pair.Alignment.SharedWords.ToString(CultureInfo.InvariantCulture),
                Model.ReportPrecision.Round(pair.Alignment.CoverageA).ToString(Model.ReportPrecision.CsvFormat, CultureInfo.InvariantCulture),
                Model.ReportPrecision.Round(pair.Alignment.CoverageB).ToString(Model.ReportPrecision.CsvFormat, CultureInfo.InvariantCulture),
                result.WordCounts[pair.A].ToString(CultureInfo.InvariantCulture),
                result.WordCounts[pair.B].ToString(CultureInfo.InvariantCulture),
                Field(a.Path), Field(b.Path)));
        }
    }

    internal static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
