using System.Globalization;
using Lineage.Analysis;
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

    public static void Write(ScanResult result, CorpusAnalysis analysis, TextWriter output)
    {
        output.WriteLine(Header);
        var storyOf = Model.ReportBuilder.StoriesOf(analysis, result.Articles.Count);
        for (var i = 0; i < result.Articles.Count; i++)
        {
            var article = result.Articles[i];
            var group = analysis.Duplicates.Of(i);
            output.WriteLine(string.Join(',',
                CsvReport.Field(article.Document.Id),
                CsvReport.Field(article.Document.Path),
                CsvReport.Field(article.Metadata.Site ?? ""),
                article.Metadata.Published ?? "",
                result.WordCounts[i].ToString(CultureInfo.InvariantCulture),
                storyOf[i].ToString(CultureInfo.InvariantCulture),
                group.Id.ToString(CultureInfo.InvariantCulture),
                group.Representative == i ? "true" : "false"));
        }
    }

    /// <summary>The ids of one document per duplicate group (its representative), one a line, in input order: what to keep.</summary>
    public static void WriteKept(ScanResult result, Lineage.Clustering.DuplicateGroups duplicates, TextWriter output)
    {
        for (var i = 0; i < result.Articles.Count; i++)
            if (duplicates.Of(i).Representative == i) output.WriteLine(result.Documents[i].Id);
    }
}
