using Lineage.Candidates;
using Lineage.Extraction;
using Lineage.Indexing;
using Lineage.Pipeline;
using Lineage.Reading;
using Lineage.Scanning;
using Lineage.Storage;
using Lineage.Text;

namespace Lineage.Tests.Storage;

/// <summary>
/// What every store backend must do, run once per backend by the subclasses
/// (<see cref="SqliteIndexStoreTests"/>, <see cref="PostgresIndexStoreTests"/>).
/// </summary>
public abstract partial class IndexStoreTests : IDisposable
{
    protected TempFolder Folder { get; } = new();

    /// <summary>A fresh, empty place for a store of this backend.</summary>
    protected abstract string NewLocation();

    /// <summary>Writes a schema version into a store's meta table behind Lineage's back.</summary>
    protected abstract void SetSchemaVersion(string location, int version);

    /// <summary>Runs SQL on a store behind Lineage's back.</summary>
    protected abstract void Execute(string location, string sql);

    /// <summary>The first value a query gives, read behind Lineage's back.</summary>
    protected abstract object? Scalar(string location, string sql);

    public virtual void Dispose()
    {
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Traces_the_pdf_copy_to_its_web_original_in_a_store_of_the_other_four_samples()
    {
        using var store = StoreFixture.Open(NewLocation());
        foreach (var prefix in new[] { "000", "002", "003", "004" })
            Assert.Equal(1, StoreFixture.Add(store, SampleCorpus.PathOf(prefix)).Added);

        var trace = Trace(store, SampleCorpus.PathOf("001"));

        var source = Assert.IsType<TraceMatch>(trace.Source);
        Assert.Equal("000_c165fded52a75aca", source.Stored.Document.Id);
        Assert.True(source.Alignment.CoverageA >= 0.9, $"coverage of 001 by 000 is {source.Alignment.CoverageA:P0}");
        Assert.Null(trace.StoredAs);
        // The passages index both original texts: the stored text of 000 as well as 001's file.
        foreach (var passage in source.Alignment.Passages)
        {
            Assert.True(passage.A.End <= trace.Article.Document.Text.Length);
            Assert.True(passage.B.End <= source.Stored.Document.Text.Length);
        }
        Assert.Equal(SampleCorpus.Text("000"), source.Stored.Document.Text);
        using var session = store.Read();
        Assert.Equal(4, session.DocumentCount);
    }

    [Fact]
    public void Finds_what_an_in_memory_scan_finds_when_the_samples_are_added_one_by_one()
    {
        using var store = StoreFixture.Open(NewLocation());
        foreach (var file in Directory.GetFiles(SampleCorpus.Folder, "*.txt").Order(StringComparer.Ordinal))
            StoreFixture.Add(store, file);

        var scan = SampleCorpus.Scan;
        var expected = scan.Pairs.Select(p => StoreFixture.Signature(scan.Documents[p.A].Id, scan.Documents[p.B].Id, p.Alignment.SharedWords)).Order(StringComparer.Ordinal);
        Assert.Equal(expected, StoreFixture.PairSignatures(store));

        var loaded = StoreScan.Load(store);
        Assert.Equal(scan.Documents.Select(d => d.Id), loaded.Documents.Select(d => d.Id));
        Assert.Equal(scan.WordCounts, loaded.WordCounts);
        for (var i = 0; i < scan.Pairs.Count; i++)
            Assert.Equal(scan.Pairs[i].Alignment.Passages.Select(p => (p.A, p.B, p.AlignedWords)), loaded.Pairs[i].Alignment.Passages.Select(p => (p.A, p.B, p.AlignedWords)));
    }

    [Fact]
    public void Gives_back_each_document_as_it_was_extracted_words_and_offsets_included()
    {
        using var store = StoreFixture.Open(NewLocation());
        StoreFixture.Add(store, SampleCorpus.Folder);
        var scan = SampleCorpus.Scan;
        using var session = store.Read();
        var stored = session.AllDocuments().ToList();
        Assert.Equal(scan.Articles.Count, stored.Count);
        for (var i = 0; i < stored.Count; i++)
        {
            var original = scan.Articles[i];
            var back = StoredArticle.ToArticle(stored[i]);
            Assert.Equal(original.Document.Text, back.Document.Text);
            Assert.Equal(original.Content.Chars, back.Content.Chars);
            for (var c = 0; c < original.Content.Chars.Length; c++)
                Assert.Equal(original.Content.ToSource(c, c + 1), back.Content.ToSource(c, c + 1));
            var tokensA = Tokenizer.Tokenize(original.Content);
            var tokensB = Tokenizer.Tokenize(back.Content);
            Assert.Equal(tokensA.Hashes.ToArray(), tokensB.Hashes.ToArray());
            Assert.Equal(tokensA.Starts.ToArray(), tokensB.Starts.ToArray());
            Assert.Equal(original.Boilerplate, back.Boilerplate);
            Assert.Equal(original.Metadata with { Authors = [] }, back.Metadata with { Authors = [] });
            Assert.Equal(original.Metadata.Authors, back.Metadata.Authors);
            Assert.Equal(scan.WordCounts[i], stored[i].Words);
        }
    }

    [Fact]
    public void Skips_and_counts_a_document_whose_text_is_already_stored()
    {
        using var store = StoreFixture.Open(NewLocation());
        Assert.Equal(5, StoreFixture.Add(store, SampleCorpus.Folder).Added);
        var copy = Folder.Write("renamed/same.txt", SampleCorpus.Text("002"));

        var again = StoreFixture.Add(store, SampleCorpus.Folder, copy);

        Assert.Equal(0, again.Added);
        Assert.Equal(6, again.AlreadyStored);
        Assert.Equal(5, StoreFixture.Names(store).Count);
        Assert.Equal("002_c2d312c07b78e0d6", Trace(store, copy).StoredAs);
    }

    [Fact]
    public void Gives_a_new_document_with_a_stored_name_a_name_of_its_own()
    {
        using var store = StoreFixture.Open(NewLocation());
        StoreFixture.Add(store, Folder.Write("day1/article.txt", SampleCorpus.Text("000")));
        StoreFixture.Add(store, Folder.Write("day2/article.txt", SampleCorpus.Text("002")));

        var names = StoreFixture.Names(store);
        Assert.Equal(2, names.Count);
        Assert.Contains("article", names);
        Assert.Contains(names, n => n.StartsWith("article~", StringComparison.Ordinal));
    }

    [Fact]
    public void Finds_the_same_pairs_added_in_small_batches_as_in_one()
    {
        var corpus = TestCorpus.Make(120);
        var folder = Path.Combine(Folder.Path, "corpus");
        TestCorpus.Write(folder, corpus);
        using var whole = StoreFixture.Open(NewLocation());
        Indexer.Add(whole, [folder], StoreFixture.Options with { BatchSize = 1000 });
        using var batched = StoreFixture.Open(NewLocation());
        Indexer.Add(batched, [folder], StoreFixture.Options with { BatchSize = 7 });

        var pairs = StoreFixture.PairSignatures(whole);
        Assert.True(pairs.Count >= 10, $"{pairs.Count} pairs");
        Assert.Equal(pairs, StoreFixture.PairSignatures(batched));
        var scan = Scanner.Scan([folder], new ScanOptions());
        Assert.Equal(scan.Pairs.Select(p => StoreFixture.Signature(scan.Documents[p.A].Id, scan.Documents[p.B].Id, p.Alignment.SharedWords)).Order(StringComparer.Ordinal), pairs);
        Assert.Empty(batched.Verify());
    }

    [Fact]
    public void Finds_the_same_pairs_when_its_recent_postings_are_merged_batch_after_batch()
    {
        var corpus = TestCorpus.Make(60);
        var folder = Path.Combine(Folder.Path, "corpus");
        TestCorpus.Write(folder, corpus);
        using var unmerged = StoreFixture.Open(NewLocation());
        Indexer.Add(unmerged, [folder], StoreFixture.Options with { BatchSize = 9 });
        using var merging = StoreFixture.Open(NewLocation());
        // A floor this low merges the recent postings into the large table at nearly every batch.
        ((SqlIndexStore)merging).RecentPostingsFloor = 500;
        Indexer.Add(merging, [folder], StoreFixture.Options with { BatchSize = 9 });

        Assert.Equal(StoreFixture.PairSignatures(unmerged), StoreFixture.PairSignatures(merging));
        Assert.Equal(unmerged.Stats().Postings, merging.Stats().Postings);
        Assert.True(RecentPostings(merging) < unmerged.Stats().Postings / 2, "most postings should have been merged");
        Assert.Equal(unmerged.Stats().Postings, RecentPostings(unmerged));
        Assert.Equal(unmerged.Stats().TermPostings, merging.Stats().TermPostings);
        Assert.True(RecentPostings(merging, PostingTables.Terms) < unmerged.Stats().TermPostings / 2, "most term postings should have been merged");
        Assert.Equal(unmerged.Stats().TermPostings, RecentPostings(unmerged, PostingTables.Terms));
        Assert.Empty(merging.Verify());
        // A copy traced against both stores finds the same stored documents.
        var copy = Path.Combine(folder, corpus[16].Name + ".txt");
        var expected = Trace(unmerged, copy).Matches.Select(m => m.Stored.Document.Id).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Trace(merging, copy).Matches.Select(m => m.Stored.Document.Id).Order(StringComparer.Ordinal));
    }

    /// <summary>How many postings are still in the table of recent ones.</summary>
    private static long RecentPostings(IIndexStore store, PostingTables? tables = null) => ((SqlIndexStore)store).CountRecent(tables ?? PostingTables.Fingerprints);

    [Fact]
    public void Reports_on_what_it_holds_and_passes_its_own_check()
    {
        using var store = StoreFixture.Open(NewLocation());
        StoreFixture.Add(store, SampleCorpus.Folder);

        var stats = store.Stats();

        Assert.Equal(5, stats.Documents);
        Assert.Equal(SampleCorpus.Scan.Pairs.Count, stats.Pairs);
        Assert.True(stats.Postings > 500);
        Assert.True(stats.TermPostings > 300, $"{stats.TermPostings} term postings");
        Assert.True(stats.Bytes > 0);
        Assert.Equal(StoreSchema.Version, stats.SchemaVersion);
        Assert.Empty(store.Verify());
    }

    [Fact]
    public void Lists_every_damaged_value_its_check_meets_instead_of_stopping_at_the_first()
    {
        var location = NewLocation();
        using (var store = StoreFixture.Open(location)) StoreFixture.Add(store, SampleCorpus.Folder);
        // Values a reader would fail on, written behind Lineage's back: a text that is not Brotli,
        // postings gone, a passage past the end of its documents.
        Execute(location, "UPDATE documents SET text = content WHERE id = 1");
        Execute(location, "DELETE FROM recent_postings WHERE document = 2");
        Execute(location, "UPDATE passages SET a_length = 99999999");

        using var damaged = StoreFixture.Open(location);
        var problems = damaged.Verify();

        Assert.Contains(problems, p => p.StartsWith("document 000_c165fded52a75aca: its text does not decode", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("document 001_4ebc558d1441065c has 0 postings", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("the store counts ", StringComparison.Ordinal) && p.Contains(StoreSchema.RecentPostingsKey, StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("passage 0 of ", StringComparison.Ordinal) && p.EndsWith("points outside their texts", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("004_", StringComparison.Ordinal));
    }

    [Fact]
    public void Posts_each_document_s_distinct_content_terms()
    {
        using var store = StoreFixture.Open(NewLocation());
        StoreFixture.Add(store, SampleCorpus.PathOf("003"));
        var count = store.Stats().TermPostings;
        using var session = store.Read();
        var stored = Assert.Single(session.AllDocuments().ToList());
        var terms = ContentTerms.Of(Tokenizer.Tokenize(StoredArticle.ToArticle(stored).Content));
        Assert.True(terms.Length > 50);
        Assert.Equal(terms.Length, count);

        var hits = new List<TermHit>();
        session.ProbeTerms(terms, 10, hits);

        Assert.Equal(terms, hits.Select(h => h.Term).Order().ToArray());
        Assert.All(hits, h => Assert.Equal(stored.Key, h.Document));
        var absent = terms[0] + 1;
        while (Array.BinarySearch(terms, absent) >= 0) absent++;
        hits.Clear();
        session.ProbeTerms([absent], 10, hits);
        Assert.Empty(hits);
    }

    [Fact]
    public void Stores_new_pages_without_the_furniture_learned_from_their_pairs_in_text_and_word_count()
    {
        const string Template = "Our editor says \"every contribution keeps our newsroom free of advertising and open to all readers\" so support the Daily Example by becoming a member today.";
        var random = new Random(9);
        string Body() => string.Join(' ', Enumerable.Range(0, 150).Select(_ => "w" + random.Next(1_000_000))) + ".";
        string Line(int i) => System.Text.Json.JsonSerializer.Serialize(new { id = $"p{i}", site = "example.com", text = Body() + "\n\n" + Template + "\n\n" + Body() });
        using var store = StoreFixture.Open(NewLocation());
        StoreFixture.Add(store, Folder.Write("pages/both.jsonl", Line(0) + "\n" + Line(1) + "\n"));
        using var session = store.Read();
        var stored = session.AllDocuments().ToList();
        Assert.Equal(2, stored.Count);
        foreach (var document in stored)
        {
            Assert.DoesNotContain("newsroom", StoredArticle.ToArticle(document).ArticleText);
            Assert.Equal(300, document.Words);
        }
    }

    [Fact]
    public void Takes_a_site_s_furniture_out_of_its_new_pages_before_pairing_them()
    {
        const string Footer = "Sign up for the Daily Example briefing and get the news that matters in your inbox every morning";
        var random = new Random(5);
        string Body() => string.Join(' ', Enumerable.Range(0, 80).Select(_ => "w" + random.Next(1_000_000))) + ".";
        var bodies = Enumerable.Range(0, 8).Select(_ => Body()).ToList();
        bodies[6] = bodies[1];
        string Line(int i) => System.Text.Json.JsonSerializer.Serialize(new { id = $"p{i}", site = "example.com", text = bodies[i] + $" Page {i}.\n\n" + Footer + "\n" });
        using var store = StoreFixture.Open(NewLocation());
        var files = new List<string>();
        for (var i = 0; i < bodies.Count; i++)
        {
            files.Add(Folder.Write($"pages/p{i}.jsonl", Line(i) + "\n"));
            StoreFixture.Add(store, files[^1]);
        }

        using (var session = store.Read())
        {
            foreach (var stored in session.AllDocuments().Where(d => d.Key > SiteTemplates.MinPages - 1))
            {
                var article = StoredArticle.ToArticle(stored);
                Assert.DoesNotContain("briefing", article.ArticleText);
                var at = stored.Text.IndexOf(Footer, StringComparison.Ordinal);
                Assert.True(SpanSet.Covers(stored.Boilerplate, new TextSpan(at, Footer.Length)), $"{stored.Name}: footer is not boilerplate");
            }
        }
        // The copy pairs with its original on the article alone, as in a scan of all eight pages.
        var scan = Scanner.Scan(files, new ScanOptions());
        var copy = Assert.Single(scan.Pairs);
        Assert.Contains(StoreFixture.Signature("p1", "p6", copy.Alignment.SharedWords), StoreFixture.PairSignatures(store));
        Assert.Empty(store.Verify());
    }

    [Fact]
    public void Refuses_options_that_would_not_match_its_postings()
    {
        using var store = StoreFixture.Open(NewLocation());
        var options = StoreFixture.Options with { Scan = new ScanOptions { Fingerprints = new Lineage.Fingerprints.FingerprintOptions { NGram = 7 } } };
        var error = Assert.Throws<ArgumentException>(() => Indexer.Add(store, [SampleCorpus.PathOf("000")], options));
        Assert.Contains("--ngram 5", error.Message);
    }

    protected static TraceResult Trace(IIndexStore store, string path)
    {
        var problems = new List<ReadProblem>();
        var documents = new List<Document>();
        foreach (var file in InputWalker.Walk([path], problems)) DocumentReader.Read(file, new ReadOptions(), documents, problems);
        return Tracer.Trace(store, Assert.Single(documents), StoreFixture.Options);
    }
}
