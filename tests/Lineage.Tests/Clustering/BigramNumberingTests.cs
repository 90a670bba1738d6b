using CsCheck;
using Lineage.Clustering;

namespace Lineage.Tests.Clustering;

public class BigramNumberingTests
{
    [Fact]
    public void Bigrams_are_numbered_in_order_of_first_appearance_as_a_dictionary_numbers_them()
    {
        // Few distinct words, so bigrams repeat; a small expected count, so the table grows.
        Gen.Select(Gen.Int[0, 30], Gen.Int[0, 30]).Select(static (a, b) => ((long)a << 32) | (uint)b).Array[0, 600]
            .Select(Gen.Int[0, 50], static (bigrams, expected) => (bigrams, expected)).Sample(sample =>
            {
                var numbering = new BigramNumbering(sample.expected);
                var reference = new Dictionary<long, int>();
                foreach (var bigram in sample.bigrams)
                {
                    if (!reference.TryGetValue(bigram, out var number)) reference[bigram] = number = reference.Count;
                    Assert.Equal(number, numbering.NumberOf(bigram));
                }
                Assert.Equal(reference.Count, numbering.Count);
            }, iter: 300);
    }
}
