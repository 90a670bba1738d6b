using Lineage.Clustering;

namespace Lineage.Tests.Clustering;

public class TermNumberingTests
{
    /// <summary>Terms that share their low bits, their high bits, or neither, repeated, so probes run long and the table grows.</summary>
    private static IEnumerable<ulong> Terms(Random random, int count)
    {
        for (var k = 0; k < count; k++)
            yield return random.Next(3) switch
            {
                0 => (ulong)random.Next(2000) << 40,
                1 => (ulong)random.Next(2000),
                _ => (ulong)random.NextInt64(),
            };
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 5_000)]
    [InlineData(3, 60_000)]
    public void Numbers_terms_in_the_order_first_met_as_a_dictionary_would(int seed, int count)
    {
        var random = new Random(seed);
        var numbering = new TermNumbering(4);
        var reference = new Dictionary<ulong, int>();
        foreach (var term in Terms(random, count))
        {
            var number = numbering.GetOrAdd(term, out var added);
            Assert.Equal(!reference.ContainsKey(term), added);
            if (added) reference[term] = reference.Count;
            Assert.Equal(reference[term], number);
        }

        Assert.Equal(reference.Count, numbering.Count);
        foreach (var (term, number) in reference)
        {
            Assert.True(numbering.TryGet(term, out var found));
            Assert.Equal(number, found);
        }
        foreach (var term in Terms(random, 1000))
            Assert.Equal(reference.ContainsKey(term), numbering.TryGet(term, out _));
    }

    [Fact]
    public void Released_it_knows_no_term_and_numbers_from_zero()
    {
        var numbering = new TermNumbering();
        numbering.GetOrAdd(42, out _);
        numbering.Release();

        Assert.False(numbering.TryGet(42, out _));
        Assert.Equal(0, numbering.GetOrAdd(7, out var added));
        Assert.True(added);
    }
}
