using Lineage.Indexing;
using Lineage.Reading;
using Lineage.Tests.Storage;
using Lineage.Text;

namespace Lineage.Tests.Indexing;

public sealed class IndexerTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Adding_the_same_files_twice_stores_nothing_twice()
    {
        var corpus = Path.Combine(folder.Path, "corpus");
        TestCorpus.Write(corpus, TestCorpus.Make(24));
        using var store = StoreFixture.Open(Path.Combine(folder.Path, "index.db"));

        var first = StoreFixture.Add(store, corpus);
        var names = StoreFixture.Names(store);
        var pairs = StoreFixture.PairSignatures(store);
        var second = StoreFixture.Add(store, corpus);

        Assert.Equal((24, 0), (first.Added, first.AlreadyStored));
        Assert.True(first.Pairs >= 2, $"the corpus's copies should make pairs, got {first.Pairs}");
        Assert.Equal((0, 24, 0), (second.Added, second.AlreadyStored, second.Pairs));
        Assert.Equal(names, StoreFixture.Names(store));
        Assert.Equal(pairs, StoreFixture.PairSignatures(store));
        using var session = store.Read();
        Assert.Equal(24, session.DocumentCount);
    }

    [Fact]
    public void A_text_given_twice_in_one_batch_is_stored_once()
    {
        var (_, text) = TestCorpus.Make(1)[0];
        var a = folder.Write("day1/article.txt", text);
        var b = folder.Write("day2/article.txt", text);
        using var store = StoreFixture.Open(Path.Combine(folder.Path, "index.db"));

        var result = StoreFixture.Add(store, a, b);

        Assert.Equal((1, 1, 0), (result.Added, result.AlreadyStored, result.Pairs));
        Assert.Single(StoreFixture.Names(store));
    }

    [Fact]
    public void Documents_already_read_are_added_once_too()
    {
        var documents = TestCorpus.Make(10).Select(d => Plain(d.Name, d.Text)).ToList();
        using var store = StoreFixture.Open(Path.Combine(folder.Path, "index.db"));

        var first = Indexer.Add(store, documents, StoreFixture.Options);
        var second = Indexer.Add(store, documents, StoreFixture.Options);

        Assert.Equal((10, 0), (first.Added, first.AlreadyStored));
        Assert.Equal((0, 10, 0), (second.Added, second.AlreadyStored, second.Pairs));
        Assert.Equal(documents.Select(d => d.Id).Order(StringComparer.Ordinal), StoreFixture.Names(store));
    }

    [Fact]
    public void Small_batches_find_the_pairs_one_batch_finds()
    {
        var corpus = Path.Combine(folder.Path, "corpus");
        TestCorpus.Write(corpus, TestCorpus.Make(40));
        using var whole = StoreFixture.Open(Path.Combine(folder.Path, "whole.db"));
        using var batched = StoreFixture.Open(Path.Combine(folder.Path, "batched.db"));

        var one = Indexer.Add(whole, [corpus], StoreFixture.Options);
        var many = Indexer.Add(batched, [corpus], StoreFixture.Options with { BatchSize = 3 });

        Assert.Equal(one.Pairs, many.Pairs);
        Assert.True(one.Pairs >= 4, $"the corpus's copies should make pairs, got {one.Pairs}");
        Assert.Equal(StoreFixture.PairSignatures(whole), StoreFixture.PairSignatures(batched));
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_reported_and_the_rest_is_added()
    {
        var corpus = Path.Combine(folder.Path, "corpus");
        TestCorpus.Write(corpus, TestCorpus.Make(4));
        File.WriteAllBytes(Path.Combine(corpus, "broken.txt.gz"), [0x1F, 0x8B, 0x08, 0x00, 0xFF, 0x00, 0x13, 0x37]);
        using var store = StoreFixture.Open(Path.Combine(folder.Path, "index.db"));

        var result = StoreFixture.Add(store, corpus);

        Assert.Equal(4, result.Added);
        Assert.Contains(result.Problems, p => p.Path.EndsWith("broken.txt.gz", StringComparison.Ordinal));
        Assert.Equal(4, StoreFixture.Names(store).Count);
    }

    internal static Document Plain(string id, string text) => new()
    {
        Id = id,
        Path = id + ".txt",
        Text = text,
        View = TextView.Identity(text),
        Format = DocumentFormat.Text,
    };
}
