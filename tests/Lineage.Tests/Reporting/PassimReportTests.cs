using System.Text.Json;
using Lineage.Analysis;
using Lineage.Reporting;

namespace Lineage.Tests.Reporting;

/// <summary>The passim JSON Lines of the samples, parsed line by line and checked against the original files.</summary>
public class PassimReportTests
{
    private static readonly Lazy<CorpusAnalysis> Analysis = new(() => CorpusAnalyzer.Analyze(SampleCorpus.Scan));

    [Fact]
    public void Every_cluster_member_is_one_line_whose_begin_and_end_select_its_text_in_the_original_file()
    {
        var scan = SampleCorpus.Scan;
        var analysis = Analysis.Value;
        var records = Lines(stream => PassimReport.WriteClusters(scan, analysis, stream));

        Assert.NotEmpty(records);
        Assert.Equal(analysis.Clusters.Sum(c => c.Members.Count), records.Count);
        foreach (var record in records)
        {
            var uid = record.GetProperty("uid").GetInt32();
            var document = scan.Documents[uid];
            Assert.Equal(document.Id, record.GetProperty("id").GetString());
            var original = File.ReadAllText(document.Path);
            var begin = record.GetProperty("begin").GetInt32();
            var end = record.GetProperty("end").GetInt32();
            Assert.True(begin >= 0 && begin < end && end <= original.Length, $"{begin}..{end} outside {document.Id}");
            Assert.Equal(original[begin..end], record.GetProperty("text").GetString());

            var cluster = analysis.Clusters.Single(c => c.Id == record.GetProperty("cluster").GetInt32());
            Assert.Equal(cluster.Members.Count, record.GetProperty("size").GetInt32());
            Assert.Contains(cluster.Members, m => m.Document == uid && m.Span.Start == begin && m.Span.End == end);
            var site = scan.Articles[uid].Metadata.Site;
            Assert.Equal(site, record.GetProperty("series").GetString());
            Assert.Equal(site, record.GetProperty("src").GetString());
            Assert.Equal(scan.Articles[uid].Metadata.Published, record.GetProperty("date").GetString());
        }
    }

    [Fact]
    public void Every_aligned_passage_is_one_line_with_both_sides_inside_their_documents()
    {
        var scan = SampleCorpus.Scan;
        var records = Lines(stream => PassimReport.WriteAlignments(scan, stream));

        Assert.Equal(scan.Pairs.Sum(p => p.Alignment.Passages.Count), records.Count);
        var i = 0;
        foreach (var pair in scan.Pairs)
            foreach (var passage in pair.Alignment.Passages)
            {
                var record = records[i++];
                Assert.Equal(scan.Documents[pair.A].Id, record.GetProperty("id").GetString());
                Assert.Equal(scan.Documents[pair.B].Id, record.GetProperty("id2").GetString());
                Assert.Equal(passage.A.Start, record.GetProperty("begin").GetInt32());
                Assert.Equal(passage.A.End, record.GetProperty("end").GetInt32());
                Assert.Equal(passage.B.Start, record.GetProperty("begin2").GetInt32());
                Assert.Equal(passage.B.End, record.GetProperty("end2").GetInt32());
                Assert.True(passage.B.End <= File.ReadAllText(scan.Documents[pair.B].Path).Length);
                Assert.Equal(passage.AlignedWords, record.GetProperty("matches").GetInt32());
                Assert.Equal("verbatim", record.GetProperty("kind").GetString());
            }
    }

    [Fact]
    public void A_rewritten_passage_is_a_line_of_its_own_marked_rewritten_after_the_verbatim_ones()
    {
        var scan = Lineage.Pipeline.Scanner.Scan(
            [Text("agency", Alignment.RewriteFinderTests.Agency), Text("paper", Alignment.RewriteFinderTests.Rewrite)], new Lineage.Scanning.ScanOptions());
        var pair = Assert.Single(scan.Pairs);
        var rewritten = Assert.Single(pair.Rewritten!.Passages);

        var record = Assert.Single(Lines(stream => PassimReport.WriteAlignments(scan, stream)));

        Assert.Equal("rewritten", record.GetProperty("kind").GetString());
        Assert.Equal(("agency", "paper"), (record.GetProperty("id").GetString(), record.GetProperty("id2").GetString()));
        Assert.Equal((rewritten.A.Start, rewritten.A.End), (record.GetProperty("begin").GetInt32(), record.GetProperty("end").GetInt32()));
        Assert.Equal((rewritten.B.Start, rewritten.B.End), (record.GetProperty("begin2").GetInt32(), record.GetProperty("end2").GetInt32()));
        Assert.Equal(rewritten.Words, record.GetProperty("matches").GetInt32());
        Assert.StartsWith("Floods in northern Bangladesh", Alignment.RewriteFinderTests.Agency[rewritten.A.Start..]);
    }

    private static Lineage.Reading.Document Text(string id, string text) =>
        Lineage.Reading.DocumentReader.Create(id + ".txt", id, text, Lineage.Reading.DocumentFormat.Text)!;

    [Fact]
    public void Writes_nothing_at_all_when_there_is_nothing_to_write()
    {
        var empty = SampleCorpus.Scan with { Pairs = [] };
        Assert.Empty(Lines(stream => PassimReport.WriteAlignments(empty, stream)));
    }

    /// <summary>Each line parsed on its own, as a JSON Lines reader does; every line must be one complete object.</summary>
    private static List<JsonElement> Lines(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        if (text.Length == 0) return [];
        Assert.EndsWith("\n", text);
        var records = new List<JsonElement>();
        foreach (var line in text[..^1].Split('\n'))
        {
            Assert.DoesNotContain('\r', line);
            using var document = JsonDocument.Parse(line);
            Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
            records.Add(document.RootElement.Clone());
        }
        return records;
    }
}
