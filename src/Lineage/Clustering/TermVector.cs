namespace Lineage.Clustering;

/// <summary>
/// A sparse vector of terms and their weights, in the order the terms were first met: two arrays
/// instead of a dictionary, since a document's vector is only ever walked, never looked into, and
/// a corpus holds one per document.
/// </summary>
internal readonly record struct TermVector(ulong[] Terms, double[] Weights)
{
    public static readonly TermVector Empty = new([], []);

    public int Count => Terms.Length;

    /// <summary>The weights as a dictionary, in the same order (for tests and rare look-ups).</summary>
    public Dictionary<ulong, double> ToDictionary()
    {
        var dictionary = new Dictionary<ulong, double>(Terms.Length);
        for (var i = 0; i < Terms.Length; i++) dictionary[Terms[i]] = Weights[i];
        return dictionary;
    }

    /// <summary>A dictionary's entries in its enumeration order.</summary>
    public static TermVector Of(Dictionary<ulong, double> weights)
    {
        if (weights.Count == 0) return Empty;
        var terms = new ulong[weights.Count];
        var values = new double[weights.Count];
        var i = 0;
        foreach (var (term, weight) in weights)
        {
            terms[i] = term;
            values[i++] = weight;
        }
        return new TermVector(terms, values);
    }
}
