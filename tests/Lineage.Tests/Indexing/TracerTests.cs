using Lineage.Indexing;
using Lineage.Storage;
using Lineage.Tests.Storage;

namespace Lineage.Tests.Indexing;

public sealed class TracerTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly List<(string Name, string Text)> corpus = TestCorpus.Make(16, seed: 5);
    private readonly IIndexStore store;

    public TracerTests()
    {
        var documents = Path.Combine(folder.Path, "corpus");
        TestCorpus.Write(documents, corpus);
        store = StoreFixture.Open(Path.Combine(folder.Path, "index.db"));
        Assert.Equal(16, StoreFixture.Add(store, documents).Added);
    }

    public void Dispose()
    {
        store.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Finds_the_stored_document_a_new_one_copies_and_adds_nothing()
    {
        // d00003 with a few words changed and a sentence of its own: a lightly edited copy.
        var words = corpus[3].Text.Split(' ');
        words[20] = "changed";
        words[90] = "altered";
        var copy = IndexerTests.Plain("copy", string.Join(' ', words) + " and a closing line of the copying site");

        var trace = Tracer.Trace(store, copy, StoreFixture.Options);

        var source = Assert.IsType<TraceMatch>(trace.Source);
        Assert.Equal(corpus[3].Name, source.Stored.Document.Id);
        Assert.True(source.Alignment.CoverageA >= 0.9, $"the copy is {source.Alignment.CoverageA:P0} d00003");
        Assert.Equal(corpus[3].Text, source.Stored.Document.Text);
        Assert.All(source.Alignment.Passages, p => Assert.True(p.A.End <= copy.Text.Length && p.B.End <= corpus[3].Text.Length));
        Assert.Null(trace.StoredAs);
        using var session = store.Read();
        Assert.Equal(16, session.DocumentCount);
    }

    [Fact]
    public void Reports_no_source_for_an_unrelated_document()
    {
        var other = TestCorpus.Make(1, seed: 99)[0].Text;

        var trace = Tracer.Trace(store, IndexerTests.Plain("unrelated", other), StoreFixture.Options);

        Assert.Null(trace.Source);
        Assert.Empty(trace.Matches);
        Assert.Null(trace.StoredAs);
    }

    [Fact]
    public void A_short_passage_shared_with_a_stored_document_is_no_source()
    {
        // Thirty words of d00005 quoted inside an otherwise new text of some 200 words.
        var quoted = string.Join(' ', corpus[5].Text.Split(' ')[40..70]);
        var own = TestCorpus.Make(1, seed: 99)[0].Text.Split(' ');
        var text = string.Join(' ', own[..90]) + " " + quoted + " " + string.Join(' ', own[90..]);

        var trace = Tracer.Trace(store, IndexerTests.Plain("quoting", text), StoreFixture.Options);

        var match = Assert.Single(trace.Matches);
        Assert.Equal(corpus[5].Name, match.Stored.Document.Id);
        Assert.Equal("passage", match.Role);
        Assert.Null(trace.Source);
    }

    [Fact]
    public void A_text_already_stored_is_named_and_not_its_own_match()
    {
        var trace = Tracer.Trace(store, IndexerTests.Plain("again", corpus[7].Text), StoreFixture.Options);

        Assert.Equal(corpus[7].Name, trace.StoredAs);
        Assert.DoesNotContain(trace.Matches, m => m.Stored.Document.Id == corpus[7].Name);
    }
}
