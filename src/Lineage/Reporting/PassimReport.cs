using System.Text.Json;
using Lineage.Analysis;
using Lineage.Scanning;

namespace Lineage.Reporting;

/// <summary>
/// The reuse clusters and aligned passages as JSON Lines in passim's output shape, so tools made
/// for passim (Viral Texts, impresso) read them. Offsets are UTF-16 code units into the document's
/// original text as read, as in the JSON report; <c>end</c> is exclusive.
/// </summary>
public static class PassimReport
{
    /// <summary>The file of cluster members, named as passim names its own.</summary>
    public const string ClustersFile = "out.json";

    /// <summary>The file of aligned passages, one record per passage of each pair.</summary>
    public const string AlignmentsFile = "align.json";

    /// <summary>
    /// One line per member of each reuse cluster: <c>cluster</c>, <c>size</c> (members),
    /// <c>begin</c>, <c>end</c>, <c>uid</c> (the document's position in the scan), <c>id</c>,
    /// <c>series</c> and <c>src</c> (both the site; passim groups by series), <c>date</c>,
    /// <c>title</c>, <c>url</c> and <c>text</c> (the member's passage).
    /// </summary>
    public static void WriteClusters(ScanResult scan, CorpusAnalysis analysis, Stream output)
    {
        using var json = JsonReport.CreateWriter(output, indented: false);
        foreach (var cluster in analysis.Clusters)
            foreach (var member in cluster.Members)
            {
                var article = scan.Articles[member.Document];
                var m = article.Metadata;
                json.WriteStartObject();
                json.WriteNumber("cluster", cluster.Id);
                json.WriteNumber("size", cluster.Members.Count);
                json.WriteNumber("begin", member.Span.Start);
                json.WriteNumber("end", member.Span.End);
                json.WriteNumber("uid", member.Document);
                json.WriteString("id", article.Document.Id);
                WriteKnown(json, "series", m.Site);
                WriteKnown(json, "src", m.Site);
                WriteKnown(json, "date", m.Published);
                WriteKnown(json, "title", m.Title);
                WriteKnown(json, "url", m.Url);
                json.WriteString("text", article.Document.Text.AsSpan(member.Span.Start, member.Span.Length));
                EndLine(json, output);
            }
    }

    /// <summary>
    /// One line per aligned passage of each pair, its verbatim passages then its rewritten ones,
    /// with passim's names for the two sides (the first plain, the second with 2): <c>uid</c>,
    /// <c>id</c>, <c>series</c>, <c>begin</c>, <c>end</c>, the same with 2, <c>matches</c>
    /// (aligned words; of a rewritten passage, the words of its matched sentences), <c>score</c>
    /// (share of the aligned words identical; of a rewritten passage, the cosine of its two sides)
    /// and <c>kind</c> (<c>verbatim</c> or <c>rewritten</c>).
    /// </summary>
    public static void WriteAlignments(ScanResult scan, Stream output)
    {
        using var json = JsonReport.CreateWriter(output, indented: false);
        foreach (var pair in scan.Pairs)
        {
            foreach (var passage in pair.Alignment.Passages)
                WriteAlignment(json, output, scan, pair, passage.A, passage.B, passage.AlignedWords, passage.Identity, Model.ReportBuilder.Verbatim);
            if (pair.Rewritten is not { } rewritten) continue;
            foreach (var passage in rewritten.Passages)
                WriteAlignment(json, output, scan, pair, passage.A, passage.B, passage.Words, passage.Similarity, Model.ReportBuilder.Rewritten);
        }
    }

    private static void WriteAlignment(Utf8JsonWriter json, Stream output, ScanResult scan, Alignment.DocumentPair pair, Text.TextSpan spanA, Text.TextSpan spanB,
        int matches, double score, string kind)
    {
        var a = scan.Articles[pair.A];
        var b = scan.Articles[pair.B];
        json.WriteStartObject();
        json.WriteNumber("uid", pair.A);
        json.WriteString("id", a.Document.Id);
        WriteKnown(json, "series", a.Metadata.Site);
        json.WriteNumber("begin", spanA.Start);
        json.WriteNumber("end", spanA.End);
        json.WriteNumber("uid2", pair.B);
        json.WriteString("id2", b.Document.Id);
        WriteKnown(json, "series2", b.Metadata.Site);
        json.WriteNumber("begin2", spanB.Start);
        json.WriteNumber("end2", spanB.End);
        json.WriteNumber("matches", matches);
        json.WriteNumber("score", Model.ReportPrecision.Round(score));
        json.WriteString("kind", kind);
        EndLine(json, output);
    }

    // JSON Lines: each record is a value of its own, so the writer is reset after each line.
    private static void EndLine(Utf8JsonWriter json, Stream output)
    {
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
        json.Reset(output);
    }

    private static void WriteKnown(Utf8JsonWriter json, string name, string? value)
    {
        if (string.IsNullOrEmpty(value)) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
