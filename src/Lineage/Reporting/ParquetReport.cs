using Lineage.Analysis;
using Lineage.Reporting.Model;
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

    public static void WriteDocuments(ScanResult scan, CorpusAnalysis analysis, Stream output) => WriteDocuments(new ReportBuilder(scan, analysis), output);

    public static void WritePairs(ScanResult scan, Stream output) => WritePairs(new ReportBuilder(scan, null), output);

    public static void WritePassages(ScanResult scan, Stream output) => WritePassages(new ReportBuilder(scan, null), output);

    /// <summary>One row per document: <c>uid</c> (position in the scan), <c>id</c>, <c>path</c>, its metadata, <c>chars</c>, <c>words</c>, <c>story</c> (0: none), <c>duplicateGroup</c>.</summary>
    public static void WriteDocuments(ReportBuilder report, Stream output)
    {
        var n = report.Scan.Articles.Count;
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
        var stories = new int[n];
        var groups = new int[n];
        for (var i = 0; i < n; i++)
        {
            var d = report.Document(i);
            uids[i] = i;
            ids[i] = d.Id;
            paths[i] = d.Path;
            sites[i] = d.Site;
            urls[i] = d.Url;
            titles[i] = d.Title;
            published[i] = d.Published;
            languages[i] = d.Language;
            chars[i] = d.Chars;
            words[i] = d.Words;
            stories[i] = d.Story ?? 0;
            groups[i] = d.DuplicateGroup ?? 0;
        }
        new ParquetTable()
            .Integers("uid", uids).Strings("id", ids).Strings("path", paths)
            .Strings("site", sites).Strings("url", urls).Strings("title", titles)
            .Strings("published", published).Strings("language", languages)
            .Integers("chars", chars).Integers("words", words)
            .Integers("story", stories).Integers("duplicateGroup", groups)
            .Write(output);
    }

    /// <summary>One row per pair that shares text: <c>pair</c>, <c>a</c>, <c>b</c> (ids), <c>sharedWords</c>, <c>coverageA</c>, <c>coverageB</c>, <c>passages</c>, <c>derivation</c> (its kind; null when rewrites were not looked for).</summary>
    public static void WritePairs(ReportBuilder report, Stream output)
    {
        var n = report.Scan.Pairs.Count;
        var numbers = new int[n];
        var a = new string?[n];
        var b = new string?[n];
        var shared = new int[n];
        var coverageA = new double[n];
        var coverageB = new double[n];
        var passages = new int[n];
        var derivation = new string?[n];
        for (var i = 0; i < n; i++)
        {
            var pair = report.Pair(i, withPassages: false);
            derivation[i] = pair.Derivation?.Kind;
            numbers[i] = i;
            a[i] = pair.A;
            b[i] = pair.B;
            shared[i] = pair.SharedWords;
            coverageA[i] = pair.Coverage.A;
            coverageB[i] = pair.Coverage.B;
            passages[i] = pair.PassageCount ?? 0;
        }
        new ParquetTable()
            .Integers("pair", numbers).Strings("a", a).Strings("b", b)
            .Integers("sharedWords", shared).Doubles("coverageA", coverageA).Doubles("coverageB", coverageB)
            .Integers("passages", passages).Strings("derivation", derivation)
            .Write(output);
    }

    /// <summary>One row per passage, verbatim or rewritten: <c>pair</c>, <c>a</c>, <c>b</c>, <c>aStart</c>, <c>aLength</c>, <c>bStart</c>, <c>bLength</c>, <c>words</c>, <c>identity</c> (NaN for a rewritten passage), <c>kind</c>.</summary>
    public static void WritePassages(ReportBuilder report, Stream output)
    {
        var scan = report.Scan;
        var n = 0;
        foreach (var pair in scan.Pairs) n += pair.Alignment.Passages.Count + (pair.Rewritten?.Passages.Count ?? 0);
        var numbers = new int[n];
        var a = new string?[n];
        var b = new string?[n];
        var aStart = new int[n];
        var aLength = new int[n];
        var bStart = new int[n];
        var bLength = new int[n];
        var words = new int[n];
        var identity = new double[n];
        var kind = new string?[n];
        var row = 0;
        for (var p = 0; p < scan.Pairs.Count; p++)
        {
            var pair = scan.Pairs[p];
            foreach (var passage in ReportBuilder.Passages(pair))
            {
                numbers[row] = p;
                a[row] = scan.Documents[pair.A].Id;
                b[row] = scan.Documents[pair.B].Id;
                aStart[row] = passage.A.Start;
                aLength[row] = passage.A.Length;
                bStart[row] = passage.B.Start;
                bLength[row] = passage.B.Length;
                words[row] = passage.Words;
                identity[row] = passage.Identity ?? double.NaN;
                kind[row] = passage.Kind;
                row++;
            }
        }
        new ParquetTable()
            .Integers("pair", numbers).Strings("a", a).Strings("b", b)
            .Integers("aStart", aStart).Integers("aLength", aLength)
            .Integers("bStart", bStart).Integers("bLength", bLength)
            .Integers("words", words).Doubles("identity", identity).Strings("kind", kind)
            .Write(output);
    }
}
