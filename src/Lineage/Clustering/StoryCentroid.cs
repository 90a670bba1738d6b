namespace Lineage.Clustering;

/// <summary>
/// A story as it grows: the sum of its documents' unit vectors, kept with its squared norm so the
/// cosine of a new document with the whole story costs one look-up per word of the document,
/// however large the story.
/// </summary>
/// <remarks>
/// Most stories of a corpus are one unit (a document, or a group of copies) that nothing joins. Such
/// a story is that unit's vector, shared, not summed into a table of its own: the table is made only
/// when a second unit joins. A corpus of 50,000 documents made some 30,000 tables that were never
/// looked into but to be compared.
/// </remarks>
internal sealed class StoryCentroid
{
    private double squaredNorm;

    /// <summary>The summed weights, once a second unit joins (until then, <see cref="single"/>).</summary>
    private Dictionary<ulong, double>? sum;

    /// <summary>The one unit's vector while the story holds one (a vector's terms are distinct, so it is its own sum).</summary>
    private TermVector single;

    public List<int> Documents { get; } = [];

    private double datedDays;
    private int dated;

    public DateOnly? First { get; private set; }

    public DateOnly? Last { get; private set; }

    public void Add(IReadOnlyList<int> documents, TermVector vector, DateOnly? first, DateOnly? last)
    {
        if (Documents.Count == 0 && sum is null)
        {
            // Summed into nothing, each weight is its own sum: 0 + w, and the norm grows by w² a term, in order.
            single = vector;
            for (var i = 0; i < vector.Count; i++) squaredNorm += vector.Weights[i] * vector.Weights[i];
        }
        else
        {
            var table = Sum(vector.Count);
            for (var i = 0; i < vector.Count; i++)
            {
                var (term, weight) = (vector.Terms[i], vector.Weights[i]);
                var old = table.GetValueOrDefault(term);
                table[term] = old + weight;
                squaredNorm += 2 * old * weight + weight * weight;
            }
        }
        Documents.AddRange(documents);
        if (first is { } f && (First is null || f < First)) First = f;
        if (last is { } l && (Last is null || l > Last)) Last = l;
        if (Midpoint(first, last) is { } day)
        {
            datedDays += day * documents.Count;
            dated += documents.Count;
        }
    }

    /// <summary>
    /// The table of summed weights, made from the one unit's vector when a second joins (its entries
    /// in the vector's order, as adding them would), with room for the <paramref name="joining"/>
    /// terms of the unit that joins: a table grown to fit leaves its smaller arrays behind.
    /// </summary>
    private Dictionary<ulong, double> Sum(int joining = 0)
    {
        if (sum is not null) return sum;
        sum = new Dictionary<ulong, double>(single.Count + joining);
        for (var i = 0; i < single.Count; i++) sum[single.Terms[i]] = single.Weights[i];
        single = default;
        return sum;
    }

    /// <summary>The story's terms and summed weights, in the order they were first added (the sums' own order once a table), into <paramref name="into"/>.</summary>
    public void CopyTerms(List<(ulong Term, double Weight)> into)
    {
        into.Clear();
        if (sum is null)
        {
            for (var i = 0; i < single.Count; i++) into.Add((single.Terms[i], single.Weights[i]));
            return;
        }
        foreach (var (term, weight) in sum) into.Add((term, weight));
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
        if (sum is null)
        {
            // The one unit leaves: nothing is left.
            single = default;
            squaredNorm = 0;
            return;
        }
        for (var i = 0; i < vector.Count; i++)
        {
            var (term, weight) = (vector.Terms[i], vector.Weights[i]);
            var old = sum[term];
            var now = old - weight;
            squaredNorm += now * now - old * old;
            if (Documents.Count == 0 || Math.Abs(now) < 1e-12) sum.Remove(term);
            else sum[term] = now;
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
        // Documents besides the unit's mean a second unit joined: the sums are a table.
        var sum = Sum();
        var norm = squaredNorm;
        for (var i = 0; i < vector.Count; i++)
        {
            var old = sum[vector.Terms[i]];
            var now = old - vector.Weights[i];
            norm += now * now - old * old;
        }
        if (norm <= 0) return 0;
        double dot = 0;
        for (var i = 0; i < vector.Count; i++)
        {
            var now = sum[vector.Terms[i]] - vector.Weights[i];
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
        if (sum is not null)
        {
            for (var i = 0; i < vector.Count; i++)
                if (sum.TryGetValue(vector.Terms[i], out var summed)) dot += vector.Weights[i] * summed;
            return dot / Math.Sqrt(squaredNorm);
        }
        // One unit: its terms placed in this thread's counter, so each of the document's words is
        // found by its position there, at the cost of a table made per comparison, not per story.
        var positions = singlePositions ??= new TermCounter();
        positions.Reset();
        for (var i = 0; i < single.Count; i++) positions.Add(single.Terms[i]);
        for (var i = 0; i < vector.Count; i++)
            if (positions.IndexOf(vector.Terms[i]) is var k and >= 0) dot += vector.Weights[i] * single.Weights[k];
        return dot / Math.Sqrt(squaredNorm);
    }

    [ThreadStatic]
    private static TermCounter? singlePositions;

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
