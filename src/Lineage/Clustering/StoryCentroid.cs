namespace Lineage.Clustering;

/// <summary>
/// A story as it grows: the sum of its documents' unit vectors, kept with its squared norm so the
/// cosine of a new document with the whole story costs one look-up per word of the document,
/// however large the story.
/// </summary>
internal sealed class StoryCentroid
{
    private double squaredNorm;

    public Dictionary<ulong, double> Sum { get; } = new();

    public List<int> Documents { get; } = [];

    private double datedDays;
    private int dated;

    public DateOnly? First { get; private set; }

    public DateOnly? Last { get; private set; }

    public void Add(IReadOnlyList<int> documents, TermVector vector, DateOnly? first, DateOnly? last)
    {
        Documents.AddRange(documents);
        // A first unit sizes the sum at once (the order of its entries is the order they are added, at any size).
        if (Sum.Count == 0) Sum.EnsureCapacity(vector.Count);
        for (var i = 0; i < vector.Count; i++)
        {
            var (term, weight) = (vector.Terms[i], vector.Weights[i]);
            var old = Sum.GetValueOrDefault(term);
            Sum[term] = old + weight;
            squaredNorm += 2 * old * weight + weight * weight;
        }
        if (first is { } f && (First is null || f < First)) First = f;
        if (last is { } l && (Last is null || l > Last)) Last = l;
        if (Midpoint(first, last) is { } day)
        {
            datedDays += day * documents.Count;
            dated += documents.Count;
        }
    }

    /// <summary>Lets a unit's documents go (the dates it brought stay: a story's span only widens).</summary>
    public void Remove(IReadOnlyList<int> documents, TermVector vector, DateOnly? first, DateOnly? last)
    {
        if (Midpoint(first, last) is { } day)
        {
            datedDays -= day * documents.Count;
            dated -= documents.Count;
        }
        foreach (var d in documents) Documents.Remove(d);
        for (var i = 0; i < vector.Count; i++)
        {
            var (term, weight) = (vector.Terms[i], vector.Weights[i]);
            var old = Sum[term];
            var now = old - weight;
            squaredNorm += now * now - old * old;
            if (Documents.Count == 0 || Math.Abs(now) < 1e-12) Sum.Remove(term);
            else Sum[term] = now;
        }
        if (Documents.Count == 0) squaredNorm = 0;
    }

    /// <summary>
    /// Cosine of one of the story's units with the centroid as <see cref="Remove"/> would leave it
    /// (the same sums, in the same order), without removing it: a unit that stays costs no change.
    /// The story must keep documents without it.
    /// </summary>
    public double SimilarityWithout(TermVector vector)
    {
        var norm = squaredNorm;
        for (var i = 0; i < vector.Count; i++)
        {
            var old = Sum[vector.Terms[i]];
            var now = old - vector.Weights[i];
            norm += now * now - old * old;
        }
        if (norm <= 0) return 0;
        double dot = 0;
        for (var i = 0; i < vector.Count; i++)
        {
            var now = Sum[vector.Terms[i]] - vector.Weights[i];
            // A sum that falls to nothing is no longer in the centroid.
            if (Math.Abs(now) < 1e-12) continue;
            dot += vector.Weights[i] * now;
        }
        return dot / Math.Sqrt(norm);
    }

    /// <summary><see cref="IsNear"/> of the story without one of its units (of <paramref name="documents"/> documents dated <paramref name="first"/>…<paramref name="last"/>).</summary>
    public bool IsNearWithout(DateOnly? first, DateOnly? last, int documents, int maxDays)
    {
        if (Midpoint(first, last) is not { } day) return true;
        var days = datedDays - day * documents;
        var count = dated - documents;
        return count == 0 || Math.Abs(day - days / count) <= maxDays;
    }

    /// <summary>Cosine of a unit vector with the centroid.</summary>
    public double Similarity(TermVector vector)
    {
        if (squaredNorm <= 0) return 0;
        double dot = 0;
        for (var i = 0; i < vector.Count; i++)
            if (Sum.TryGetValue(vector.Terms[i], out var sum)) dot += vector.Weights[i] * sum;
        return dot / Math.Sqrt(squaredNorm);
    }

    /// <summary>
    /// Whether a unit dated <paramref name="first"/>…<paramref name="last"/> lies within
    /// <paramref name="maxDays"/> of the mean date of the story's dated documents (either undated:
    /// it does). The mean, not the story's whole span: a span widens with each document that joins,
    /// so a window on it would let a story creep through time one document at a time.
    /// </summary>
    public bool IsNear(DateOnly? first, DateOnly? last, int maxDays)
    {
        if (dated == 0 || Midpoint(first, last) is not { } day) return true;
        return Math.Abs(day - datedDays / dated) <= maxDays;
    }

    private static double? Midpoint(DateOnly? first, DateOnly? last) =>
        first is { } f && last is { } l ? (f.DayNumber + l.DayNumber) / 2.0 : null;
}
