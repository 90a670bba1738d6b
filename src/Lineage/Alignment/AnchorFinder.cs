namespace Lineage.Alignment;

/// <summary>
/// Anchors of a document pair: word n-grams that occur exactly once in each document, as passim
/// uses (unique n-grams are the reliable ones). A merge of the two sorted <see cref="AnchorIndex"/>es,
/// linear in their sizes.
/// </summary>
public static class AnchorFinder
{
    public static Anchor[] Find(AnchorIndex a, AnchorIndex b)
    {
        if (a.NGram != b.NGram) throw new ArgumentException("Anchor indexes built with different n-gram sizes.");
        var hashesA = a.Hashes;
        var hashesB = b.Hashes;
        var positionsA = a.Positions;
        var positionsB = b.Positions;
        var anchors = new List<Anchor>();
        int i = 0, j = 0;
        while (i < hashesA.Length && j < hashesB.Length)
        {
            if (hashesA[i] < hashesB[j]) i++;
            else if (hashesA[i] > hashesB[j]) j++;
            else anchors.Add(new Anchor(positionsA[i++], positionsB[j++]));
        }
        var result = anchors.ToArray();
        Array.Sort(result, static (x, y) => x.A.CompareTo(y.A));
        return result;
    }
}
