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
    internal const string Reworded =
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
    public void Each_match_carries_its_own_provenance_when_an_independent_match_shares_a_quotation()
    {
        // A column that quotes the same statement word for word: a verbatim passage, but no derivation.
        const string Quotation = "\"We have never seen the water rise this fast in forty years,\" one farmer said.";
        var column = "The harvest in the north was already poor before the rains came. " + Quotation +
            " Prices of rice have doubled in the markets of the region since the spring, and traders expect them to stay high." +
            " Seed merchants in Dinajpur say farmers are buying less than half of what they bought a year ago." +
            " Many of the younger men have left the villages to look for work in the garment factories of the capital." +
            " Those who stay borrow from moneylenders at rates the cooperative banks were set up to end." +
            " A plan to build new embankments along the smaller rivers has been promised by three governments and started by none.";
        Assert.Equal(1, Indexer.Add(store, [IndexerTests.Plain("column", column)], StoreFixture.Options).Added);

        var trace = Tracer.Trace(store, IndexerTests.Plain("paper", Reworded + " " + Quotation), StoreFixture.Options);

        var agency = Assert.Single(trace.Matches, m => m.Stored.Document.Id == "agency");
        var quoting = Assert.Single(trace.Matches, m => m.Stored.Document.Id == "column");
        Assert.Equal(DerivationKind.Independent, quoting.Rewritten!.Derivation.Kind);
        Assert.NotEmpty(quoting.Alignment.Passages);
        foreach (var match in trace.Matches)
            Assert.Contains(match.Stored.Document.Id, new[] { match.Provenance.From, match.Provenance.To });
        // The independent match is no source; the agency story is.
        Assert.True(quoting.Provenance.Undetermined);
        Assert.Equal("derivation", Assert.Single(quoting.Provenance.Evidence).Kind);
        Assert.NotEqual(DerivationKind.Independent, agency.Rewritten!.Derivation.Kind);
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

    /// <summary>Made-up words, all content terms: <c>prefix</c> and a number spelt in syllables.</summary>
    private static string Word(string prefix, int n) => prefix + "bdfgklmnprstvz"[n % 14] + "aeiou"[n / 14 % 5] + "bdfgklmnprstvz"[n / 70 % 14] + "ar";

    [Fact]
    public void Finds_the_source_of_a_rewrite_whose_own_rarest_words_are_elsewhere_by_the_source_s_rarest_words()
    {
        // The story: four sentences of eight words. Its source and a reprint are stored; the rewrite
        // keeps every word of the story with words of its own between them (no two story words
        // side by side), and its own words are in a third stored text: they are rarer than the
        // story's, so the rewrite's rarest words find only that text (itself made of half the rewrite). The source's rarest words
        // are the story's, and the rewrite holds them all.
        var story = Enumerable.Range(0, 4).Select(s => Enumerable.Range(0, 8).Select(w => Word("ko", 8 * s + w)).ToList()).ToList();
        var own = Enumerable.Range(0, 4).Select(s => Enumerable.Range(0, 8).Select(w => Word("mi", 8 * s + w)).ToList()).ToList();
        // Each sentence opens with a capital, so the texts split into sentences as prose does.
        string Sentences(IEnumerable<IEnumerable<string>> sentences) => string.Join(' ', sentences.Select(words => Capitalised(string.Join(' ', words)) + "."));
        static string Capitalised(string sentence) => char.ToUpperInvariant(sentence[0]) + sentence[1..];
        var source = Sentences(story);
        var reprint = Sentences(story) + " " + Sentences([Enumerable.Range(0, 8).Select(w => Word("pe", w))]);
        var elsewhere = Sentences(own.Select(words => words.AsEnumerable().Reverse()));
        var rewrite = Sentences(story.Select((words, s) => words.SelectMany((w, i) => new[] { w, own[s][i] })));
        using var local = StoreFixture.Open(Path.Combine(folder.Path, "story.db"));
        Indexer.Add(local, [IndexerTests.Plain("source", source), IndexerTests.Plain("reprint", reprint), IndexerTests.Plain("elsewhere", elsewhere)], StoreFixture.Options);

        var trace = Tracer.Trace(local, IndexerTests.Plain("rewrite", rewrite), StoreFixture.Options);

        Assert.Equal(3, trace.Candidates);
        var ids = trace.Matches.Select(m => m.Stored.Document.Id).ToList();
        Assert.Contains("source", ids);
        Assert.All(trace.Matches, m => Assert.Empty(m.Alignment.Passages));
    }

    private static Lineage.Reading.Document Dated(string id, string text, string date) => new()
    {
        Id = id,
        Path = id + ".txt",
        Text = text,
        View = TextView.Identity(text),
        Format = Lineage.Reading.DocumentFormat.Text,
        Date = date,
    };

    [Theory]
    [InlineData("2016-09-20", true)]
    [InlineData("2016-11-20", false)]
    public void Finds_a_rewrite_of_a_dated_story_only_within_the_publication_window(string published, bool found)
    {
        using var dated = StoreFixture.Open(Path.Combine(folder.Path, "dated.db"));
        Indexer.Add(dated, [Dated("agency", RewriteFinderTests.Agency, "2016-09-18")], StoreFixture.Options);

        var trace = Tracer.Trace(dated, Dated("paper", Reworded, published), StoreFixture.Options);

        Assert.Equal(found, trace.Matches.Any(m => m.Stored.Document.Id == "agency"));
    }
}
