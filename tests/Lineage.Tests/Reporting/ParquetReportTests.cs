using System.Data;
using DuckDB.NET.Data;
using Lineage.Analysis;
using Lineage.Reporting;

namespace Lineage.Tests.Reporting;

/// <summary>The Parquet tables of the samples, read back by DuckDB and checked against the scan.</summary>
public class ParquetReportTests : IDisposable
{
    private static readonly Lazy<CorpusAnalysis> Analysis = new(() => CorpusAnalyzer.Analyze(SampleCorpus.Scan));
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        folder.Dispose();
        GC.SuppressFinalize(this);
    }

    private string Written(string name, Action<Stream> write)
    {
        var path = Path.Combine(folder.Path, name);
        using (var file = File.Create(path)) write(file);
        return path;
    }

    private static List<object?[]> Query(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    [Fact]
    public void Duckdb_reads_one_row_per_document_with_its_metadata_story_and_group()
    {
        var scan = SampleCorpus.Scan;
        var analysis = Analysis.Value;
        var path = Written(ParquetReport.DocumentsFile, stream => ParquetReport.WriteDocuments(scan, analysis, stream));

        var rows = Query($"SELECT uid, id, site, words, story, duplicateGroup, chars FROM read_parquet('{path}') ORDER BY uid");
        var storyOf = Lineage.Reporting.Model.ReportBuilder.StoriesOf(analysis, scan.Articles.Count);
        Assert.Equal(scan.Articles.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(i, Convert.ToInt32(rows[i][0]));
            Assert.Equal(scan.Documents[i].Id, rows[i][1]);
            Assert.Equal(scan.Articles[i].Metadata.Site, rows[i][2]);
            Assert.Equal(scan.WordCounts[i], Convert.ToInt32(rows[i][3]));
            Assert.Equal(storyOf[i], Convert.ToInt32(rows[i][4]));
            Assert.Equal(analysis.Duplicates.Of(i).Id, Convert.ToInt32(rows[i][5]));
            Assert.Equal(File.ReadAllText(scan.Documents[i].Path).Length, Convert.ToInt32(rows[i][6]));
        }
    }

    [Fact]
    public void Duckdb_joins_pairs_to_their_passages_whose_offsets_lie_in_the_original_files()
    {
        var scan = SampleCorpus.Scan;
        var pairs = Written(ParquetReport.PairsFile, stream => ParquetReport.WritePairs(scan, stream));
        var passages = Written(ParquetReport.PassagesFile, stream => ParquetReport.WritePassages(scan, stream));

        var rows = Query($"""
            SELECT p.pair, p.a, p.b, p.sharedWords, p.coverageA, p.passages, count(s.pair), min(s.aStart), max(s.bStart + s.bLength)
            FROM read_parquet('{pairs}') p JOIN read_parquet('{passages}') s ON s.pair = p.pair
            GROUP BY ALL ORDER BY p.pair
            """);
        Assert.Equal(scan.Pairs.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var pair = scan.Pairs[i];
            Assert.Equal(scan.Documents[pair.A].Id, rows[i][1]);
            Assert.Equal(scan.Documents[pair.B].Id, rows[i][2]);
            Assert.Equal(pair.Alignment.SharedWords, Convert.ToInt32(rows[i][3]));
            Assert.Equal(Math.Round(pair.Alignment.CoverageA, 4), Convert.ToDouble(rows[i][4]));
            Assert.Equal(pair.Alignment.Passages.Count, Convert.ToInt32(rows[i][5]));
            Assert.Equal(pair.Alignment.Passages.Count, Convert.ToInt32(rows[i][6]));
            Assert.Equal(pair.Alignment.Passages.Min(p => p.A.Start), Convert.ToInt32(rows[i][7]));
            Assert.True(Convert.ToInt32(rows[i][8]) <= File.ReadAllText(scan.Documents[pair.B].Path).Length);
        }
    }

    [Fact]
    public void Duckdb_reads_a_rewrites_derivation_and_its_rewritten_passage()
    {
        static Lineage.Reading.Document Text(string id, string text) => Lineage.Reading.DocumentReader.Create(id + ".txt", id, text, Lineage.Reading.DocumentFormat.Text)!;
        var scan = Lineage.Pipeline.Scanner.Scan([Text("agency", Alignment.RewriteFinderTests.Agency), Text("paper", Alignment.RewriteFinderTests.Rewrite)], new Lineage.Scanning.ScanOptions());
        var pairs = Written(ParquetReport.PairsFile, stream => ParquetReport.WritePairs(scan, stream));
        var passages = Written(ParquetReport.PassagesFile, stream => ParquetReport.WritePassages(scan, stream));

        var rows = Query($"""
            SELECT p.derivation, p.passages, s.kind, isnan(s.identity), s.words
            FROM read_parquet('{pairs}') p JOIN read_parquet('{passages}') s ON s.pair = p.pair
            """);

        var row = Assert.Single(rows);
        Assert.Equal("rewrite", row[0]);
        Assert.Equal(1, Convert.ToInt32(row[1]));
        Assert.Equal("rewritten", row[2]);
        Assert.Equal(true, row[3]);
        Assert.Equal(scan.Pairs[0].SharedWords, Convert.ToInt32(row[4]));
    }

    [Fact]
    public void Duckdb_reads_empty_tables_when_nothing_was_found()
    {
        var empty = SampleCorpus.Scan with { Pairs = [] };
        var path = Written(ParquetReport.PassagesFile, stream => ParquetReport.WritePassages(empty, stream));
        Assert.Equal(0L, Convert.ToInt64(Query($"SELECT count(*) FROM read_parquet('{path}')")[0][0]));
    }
}
