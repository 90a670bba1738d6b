using Lineage.Alignment;
using Lineage.Text;

namespace Lineage.Tests.Alignment;

public class AnchorTableTests
{
    /// <summary>Words from a small vocabulary, so n-grams repeat inside a document and between the two.</summary>
    private static TokenList Words(Random random, int count, int vocabulary) =>
        Tokenizer.Tokenize(string.Join(' ', Enumerable.Range(0, count).Select(_ => "w" + random.Next(vocabulary))));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void Finds_the_anchors_the_sorted_indexes_find(int n)
    {
        var random = new Random(41 + n);
        var table = new AnchorTable();
        for (var round = 0; round < 300; round++)
        {
            var a = Words(random, random.Next(0, 400), random.Next(2, 60));
            table.Build(a, n);
            // One table joined with several documents in turn, as the scanner does.
            for (var k = 0; k < 3; k++)
            {
                var b = Words(random, random.Next(0, 400), random.Next(2, 60));
                var expected = AnchorFinder.Find(AnchorIndex.Of(a, n), AnchorIndex.Of(b, n));
                Assert.Equal(expected, table.Find(b.Hashes));
            }
        }
    }

    [Fact]
    public void Aligns_a_pair_as_the_sorted_indexes_do()
    {
        var random = new Random(5);
        var options = new AlignmentOptions();
        var shared = string.Join(' ', Enumerable.Range(0, 120).Select(_ => "word" + random.Next(100000)));
        var a = Tokenizer.Tokenize("w1 w2 w3 " + shared + " tail of a");
        var b = Tokenizer.Tokenize("other start " + shared.Replace("word1", "wort1") + " end of b");
        var table = new AnchorTable();
        table.Build(a, options.AnchorNGram);
        var viaTable = PairAligner.Align(a, table, b, options);
        var viaIndexes = PairAligner.Align(a, b, options);
        Assert.Equal(viaIndexes.Passages.Count, viaTable.Passages.Count);
        for (var i = 0; i < viaIndexes.Passages.Count; i++)
        {
            Assert.Equal(viaIndexes.Passages[i].A, viaTable.Passages[i].A);
            Assert.Equal(viaIndexes.Passages[i].B, viaTable.Passages[i].B);
            Assert.Equal(viaIndexes.Passages[i].Edits, viaTable.Passages[i].Edits);
        }
    }
}
