using Lineage.Clustering;

namespace Lineage.Tests.Clustering;

public class QuoteVocabularyTests
{
    [Fact]
    public void Each_folded_word_keeps_one_number_as_the_vocabulary_grows()
    {
        var vocabulary = new QuoteVocabulary();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var random = new Random(5);
        // Past the table's first size, so it grows while numbering; words repeat in other cases.
        for (var quote = 0; quote < 3000; quote++)
        {
            var words = Enumerable.Range(0, 12).Select(_ => "word" + random.Next(40_000)).ToArray();
            if (quote % 3 == 0) words[0] = words[0].ToUpperInvariant();
            var codes = vocabulary.Code(string.Join(' ', words)).ToArray();
            Assert.Equal(words.Length, codes.Length);
            for (var k = 0; k < words.Length; k++)
            {
                var folded = words[k].ToLowerInvariant();
                Assert.Equal(folded, vocabulary.Text(codes[k]));
                Assert.Equal(numbers.TryAdd(folded, codes[k]) ? codes[k] : numbers[folded], codes[k]);
            }
        }
        Assert.True(numbers.Count > 20_000);
        Assert.Equal(numbers.Count, numbers.Values.Distinct().Count());
    }
}
