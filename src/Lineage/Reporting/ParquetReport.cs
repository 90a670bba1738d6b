using Lineage.Analysis;
using Lineage.Scanning;

namespace Lineage.Reporting;

/// <summary>
/// The scan as three Parquet tables, for DuckDB, pandas and Spark when a run is too large for one
/// JSON file: documents, pairs and passages, with the JSON report's names, offsets (UTF-16 code
/// units into the text as read) and rounding. A pair's <c>pair</c> number joins it to its passages.
/// </summary>
public static class ParquetReport
{
    public const string DocumentsFile = "documents.parquet";
    public const string PairsFile = "pairs.parquet";
    public const string PassagesFile = "passages.parquet";

    /// <summary>One row per document: <c>uid</c> (position in the scan), <c>id</c>, <c>path</c>, its metadata, <c>chars</c>, <c>words</c>, <c>story</c> (0: none), <c>duplicateGroup</c>.</summary>
    public static void WriteDocuments(ScanResult scan, CorpusAnalysis analysis, Stream output)
    {
        var n = scan.Articles.Count;
        var storyOf = JsonReport.StoryOf(analysis, n);
        var ids = new string?[n];
        var paths = new string?[n];
        var sites = new string?[n];
        var urls = new string?[n];
        var titles = new string?[n];
        var published = new string?[n];
        var languages = new string?[n];
        var uids = new int[n];
        var chars = new int[n];
        var words = new int[n];
        var groups = new int[n];
        for (var i = 0; i < n; i++)
        {
            var article = scan.Articles[i];
            var m = article.Metadata;
            uids[i] = i;
            ids[i] = article.Document.Id;
            paths[i] = article.Document.Path;
            sites[i] = m.Site;
            urls[i] = m.Url;
            titles[i] = m.Title;
            published[i] = m.Published;
            languages[i] = m.Language;
            chars[i] = article.Document.Text.Length;
            words[i] = scan.WordCounts[i];
            groups[i] = analysis.Duplicates.Of(i).Id;
        }
        new ParquetTable()
            .Integers("uid", uids).Strings("id", ids).Strings("path", paths)
            .Strings("site", sites).Strings("url", urls).Strings("title", titles)
            .Strings("published", published).Strings("language", languages)
            .Integers("chars", chars).Integers("words", words)
            .Integers("story", storyOf).Integers("duplicateGroup", groups)
            .Write(output);
    }

    /// <summary>One row per pair that shares text: <c>pair</c>, <c>a</c>, <c>b</c> (ids), <c>sharedWords</c>, <c>coverageA</c>, <c>coverageB</c>, <c>passages</c>.</summary>
    public static void WritePairs(ScanResult scan, Stream output)
    {
        var n = scan.Pairs.Count;
        var numbers = new int[n];
        var a = new string?[n];
        var b = new string?[n];
        var shared = new int[n];
        var coverageA = new double[n];
        var coverageB = new double[n];
        var passages = new int[n];
        for (var i = 0; i < n; i++)
        {
            var pair = scan.Pairs[i];
            numbers[i] = i;
            a[i] = scan.Documents[pair.A].Id;
            b[i] = scan.Documents[pair.B].Id;
            shared[i] = pair.Alignment.SharedWords;
            coverageA[i] = pair.Alignment.CoverageA;
            coverageB[i] = pair.Alignment.CoverageB;
            passages[i] = pair.Alignment.Passages.Count;
        }
        new ParquetTable()
            .Integers("pair", numbers).Strings("a", a).Strings("b", b)
            .Integers("sharedWords", shared).Doubles("coverageA", coverageA).Doubles("coverageB", coverageB)
            .Integers("passages", passages)
            .Write(output);
    }

    /// <summary>One row per aligned passage: <c>pair</c>, <c>a</c>, <c>b</c>, <c>aStart</c>, <c>aLength</c>, <c>bStart</c>, <c>bLength</c>, <c>words</c>, <c>identity</c>.</summary>
    public static void WritePassages(ScanResult scan, Stream output)
    {
        var n = 0;
        foreach (var pair in scan.Pairs) n += pair.Alignment.Passages.Count;
        var numbers = new int[n];
        var a = new string?[n];
        var b = new string?[n];
        var aStart = new int[n];
        var aLength = new int[n];
        var bStart = new int[n];
        var bLength = new int[n];
        var words = new int[n];
        var identity = new double[n];
        var row = 0;
        for (var p = 0; p < scan.Pairs.Count; p++)
        {
            var pair = scan.Pairs[p];
            foreach (var passage in pair.Alignment.Passages)
            {
                numbers[row] = p;
                a[row] = scan.Documents[pair.A].Id;
                b[row] = scan.Documents[pair.B].Id;
                aStart[row] = passage.A.Start;
                aLength[row] = passage.A.Length;
                bStart[row] = passage.B.Start;
                bLength[row] = passage.B.Length;
                words[row] = passage.AlignedWords;
                identity[row] = passage.Identity;
                row++;
            }
        }
        new ParquetTable()
            .Integers("pair", numbers).Strings("a", a).Strings("b", b)
            .Integers("aStart", aStart).Integers("aLength", aLength)
            .Integers("bStart", bStart).Integers("bLength", bLength)
            .Integers("words", words).Doubles("identity", identity)
            .Write(output);
    }
}
