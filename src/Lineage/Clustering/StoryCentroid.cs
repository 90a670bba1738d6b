namespace Lineage.Clustering;

/// <summary>
/// A story as it grows: the sum of its documents' unit vectors, kept with its squared norm so the
/// cosine of a new document with the whole story costs one look-up per word of the document,
/// however large the story.
/// </summary>
internal sealed class StoryCentroid
{
    private double squaredNorm;

    public Dictionary<string, double> Sum { get; } = new(StringComparer.Ordinal);

    public List<int> Documents { get; } = [];

    public DateOnly? First { get; private set; }

    public DateOnly? Last { get; private set; }

    public void Add(IReadOnlyList<int> documents, Dictionary<string, double> vector, DateOnly? first, DateOnly? last)
    {
        Documents.AddRange(documents);
        foreach (var (term, weight) in vector)
        {
            var old = Sum.GetValueOrDefault(term);
            Sum[term] = old + weight;
            squaredNorm += 2 * old * weight + weight * weight;
        }
        if (first is { } f && (First is null || f < First)) First = f;
        if (last is { } l && (Last is null || l > Last)) Last = l;
    }

    /// <summary>Lets a unit's documents go (the dates it brought stay: a story's span only widens).</summary>
    public void Remove(IReadOnlyList<int> documents, Dictionary<string, double> vector)
    {
        foreach (var d in documents) Documents.Remove(d);
        foreach (var (term, weight) in vector)
        {
            var old = Sum[term];
            var now = old - weight;
            squaredNorm += now * now - old * old;
            if (Documents.Count == 0 || Math.Abs(now) < 1e-12) Sum.Remove(term);
            else Sum[term] = now;
        }
        if (Documents.Count == 0) squaredNorm = 0;
    }

    /// <summary>Cosine of a unit vector with the centroid.</summary>
    public double Similarity(Dictionary<string, double> vector)
    {
        if (squaredNorm <= 0) return 0;
        double dot = 0;
        foreach (var (term, weight) in vector)
            if (Sum.TryGetValue(term, out var sum)) dot += weight * sum;
        return dot / Math.Sqrt(squaredNorm);
    }

    /// <summary>Whether a document dated <paramref name="first"/>…<paramref name="last"/> lies within <paramref name="maxDays"/> of the story's dates; undated ones always do.</summary>
    public bool IsNear(DateOnly? first, DateOnly? last, int maxDays)
    {
        if (first is null || last is null || First is null || Last is null) return true;
        return first.Value.DayNumber <= Last.Value.DayNumber + maxDays && last.Value.DayNumber >= First.Value.DayNumber - maxDays;
    }
}
