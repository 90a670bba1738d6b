using System.Globalization;
using Lineage.Analysis;
using Lineage.Reporting.Model;
using Lineage.Scanning;

namespace Lineage.Reporting;

/// <summary>
/// One row per document (RFC 4180 quoting), in input order: where it came from, its article words,
/// its story and its duplicate group (a document that is nobody's copy has a group of its own), so
/// a corpus can be grouped or deduplicated by a script.
/// </summary>
public static class DocumentsCsv
{
    public const string Header = "id,path,site,published,words,story,duplicateGroup,representative";

    public static void Write(ScanResult result, CorpusAnalysis analysis, TextWriter output) => Write(new ReportBuilder(result, analysis), output);

    /// <summary>The rows of a report model built with its analysis: each document as the JSON gives it.</summary>
    public static void Write(ReportBuilder report, TextWriter output)
    {
        var duplicates = report.Analysis?.Duplicates ?? throw new ArgumentException("the documents' rows need the corpus analysis", nameof(report));
        output.WriteLine(Header);
        for (var i = 0; i < report.Scan.Articles.Count; i++)
        {
            var d = report.Document(i);
            output.WriteLine(string.Join(',',
                CsvReport.Field(d.Id),
                CsvReport.Field(d.Path),
                CsvReport.Field(d.Site ?? ""),
                d.Published ?? "",
                d.Words.ToString(CultureInfo.InvariantCulture),
                (d.Story ?? 0).ToString(CultureInfo.InvariantCulture),
                (d.DuplicateGroup ?? 0).ToString(CultureInfo.InvariantCulture),
                duplicates.Of(i).Representative == i ? "true" : "false"));
        }
    }

    /// <summary>The ids of one document per duplicate group (its representative), one a line, in input order: what to keep.</summary>
    public static void WriteKept(ScanResult result, Lineage.Clustering.DuplicateGroups duplicates, TextWriter output)
    {
        for (var i = 0; i < result.Articles.Count; i++)
            if (duplicates.Of(i).Representative == i) output.WriteLine(result.Documents[i].Id);
    }
}
