namespace Lineage.Bench.Corpus;

/// <summary>
/// Ranks 0 … count−1 drawn with probability ∝ 1 / (rank + 1)^exponent: the shape of word
/// frequencies in natural text (Zipf's law), and of site sizes on the web.
/// </summary>
public sealed class ZipfSampler
{
    private readonly double[] cumulative;

    public ZipfSampler(int count, double exponent)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "must be at least 1");
        cumulative = new double[count];
        var total = 0.0;
        for (var i = 0; i < count; i++)
        {
            total += 1.0 / Math.Pow(i + 1, exponent);
            cumulative[i] = total;
        }
    }

    public int Count => cumulative.Length;

    /// <summary>The share of draws that land on <paramref name="rank"/>.</summary>
    public double Share(int rank) => (cumulative[rank] - (rank == 0 ? 0 : cumulative[rank - 1])) / cumulative[^1];

    public int Next(Prng rng)
    {
        var u = rng.NextDouble() * cumulative[^1];
        int lo = 0, hi = cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
