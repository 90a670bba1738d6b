using System.Text.Json;
using Lineage.Alignment;
using Lineage.Indexing;
using Lineage.Reporting;
using Lineage.Scanning;
using Lineage.Storage;
using Lineage.Tests.Alignment;
using Lineage.Tests.Storage;
using Lineage.Text;

namespace Lineage.Tests.Indexing;

/// <summary>Trace against a store holding an agency story: a newspaper's rewording of it is found by the terms they share.</summary>
public sealed class TracerRewriteTests : IDisposable
{
    // The agency story reworded: synonyms, "9" spelled out, a split sentence, sentences reordered,
    // the last one dropped, and no run of five words left as the agency wrote it.
    private const string Reworded =
        "Officials said on Monday that nine people were killed by floods in northern Bangladesh. " +
        "The Teesta river burst its banks close to Rangpur town after heavy monsoon rain. " +
        "Thousands of families were taken to shelters. " +
        "Forecasters said more rain is likely across the region before the week is out. " +
        "Boats and helicopters were sent by the army to carry drinking water and food to villages left stranded.";

    private const string Unrelated =
        "The central bank raised its main interest rate by a quarter of a point on Thursday. " +
        "Analysts had expected the move after inflation rose for a third month in a row. " +
        "Shares in Frankfurt fell slightly after the announcement.";

    private readonly TempFolder folder = new();
    private readonly IIndexStore store;

    public TracerRewriteTests()
    {
        store = StoreFixture.Open(Path.Combine(folder.Path, "index.db"));
        var added = Indexer.Add(store, [IndexerTests.Plain("agency", RewriteFinderTests.Agency), IndexerTests.Plain("bank", Unrelated)], StoreFixture.Options);
        Assert.Equal(2, added.Added);
    }

    public void Dispose()
    {
        store.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void The_reworded_text_shares_no_run_of_five_words_with_the_agency_story()
    {
        static HashSet<string> Runs(string text)
        {
            var tokens = Tokenizer.Tokenize(text);
            var words = Enumerable.Range(0, tokens.Count).Select(i => tokens.FoldedOf(i).ToString()).ToList();
            return [.. Enumerable.Range(0, words.Count - 4).Select(i => string.Join(' ', words.GetRange(i, 5)))];
        }

        Assert.Empty(Runs(Reworded).Intersect(Runs(RewriteFinderTests.Agency)));
    }

    [Fact]
    public void Finds_the_agency_story_a_reworded_text_comes_from_as_a_rewrite_with_passages_in_both_texts()
    {
        var trace = Tracer.Trace(store, IndexerTests.Plain("paper", Reworded), StoreFixture.Options);

        var match = Assert.Single(trace.Matches);
        Assert.Equal("agency", match.Stored.Document.Id);
        Assert.Empty(match.Alignment.Passages);
        var rewritten = Assert.IsType<RewrittenReuse>(match.Rewritten);
        Assert.Equal(DerivationKind.Rewrite, rewritten.Derivation.Kind);
        Assert.NotEmpty(rewritten.Passages);
        Assert.All(rewritten.Passages, p => Assert.True(p.A.End <= Reworded.Length && p.B.End <= RewriteFinderTests.Agency.Length));
        Assert.Contains("Teesta", Reworded.Substring(rewritten.Passages[0].A.Start, rewritten.Passages[0].A.Length), StringComparison.Ordinal);
        Assert.Contains("Teesta", RewriteFinderTests.Agency.Substring(rewritten.Passages[0].B.Start, rewritten.Passages[0].B.Length), StringComparison.Ordinal);
        Assert.True(match.CoverageA >= TraceMatch.MinShare, $"{match.CoverageA:P0} of the reworded text matched");
        Assert.Equal("agency", trace.Source?.Stored.Document.Id);
    }

    [Fact]
    public void Finds_nothing_in_the_reworded_text_with_rewrites_off()
    {
        var verbatimOnly = StoreFixture.Options with { Scan = new ScanOptions { Rewrites = new RewriteOptions { Enabled = false } } };

        var trace = Tracer.Trace(store, IndexerTests.Plain("paper", Reworded), verbatimOnly);

        Assert.Empty(trace.Matches);
        Assert.Null(trace.Source);
        Assert.Equal(0, trace.Candidates);
    }

    [Fact]
    public void Reports_no_match_for_another_report_of_the_event_that_is_not_derived()
    {
        var trace = Tracer.Trace(store, IndexerTests.Plain("reporter", RewriteFinderTests.Independent), StoreFixture.Options);

        Assert.Empty(trace.Matches);
        Assert.Null(trace.Source);
    }

    [Fact]
    public void Writes_the_derivation_and_each_passage_s_kind_in_json()
    {
        var trace = Tracer.Trace(store, IndexerTests.Plain("paper", Reworded), StoreFixture.Options);
        using var output = new MemoryStream();

        StoreJson.WriteTraces(store.Location, [trace], output);

        using var json = JsonDocument.Parse(output.ToArray());
        var match = json.RootElement.GetProperty("traced")[0].GetProperty("matches")[0];
        var derivation = match.GetProperty("derivation");
        Assert.Equal("rewrite", derivation.GetProperty("kind").GetString());
        Assert.True(derivation.GetProperty("matched").GetProperty("traced").GetDouble() > 0.5);
        Assert.Equal(0, derivation.GetProperty("verbatim").GetProperty("stored").GetDouble());
        var passage = match.GetProperty("passages")[0];
        Assert.Equal("rewritten", passage.GetProperty("kind").GetString());
        Assert.True(passage.GetProperty("sentences").GetArrayLength() >= 1);
        Assert.True(passage.GetProperty("stored").GetProperty("start").GetInt32() >= 0);
    }
}
