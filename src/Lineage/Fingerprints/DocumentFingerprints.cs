using Lineage.Text;

namespace Lineage.Fingerprints;

/// <summary>
/// The distinct winnowed n-gram hashes of one document, sorted, with the word position of each
/// (its first occurrence), and the document's word count.
/// </summary>
public sealed class DocumentFingerprints
{
    public DocumentFingerprints(ulong[] hashes, int words, int[]? positions = null)
    {
        if (positions is not null && positions.Length != hashes.Length)
            throw new ArgumentException("One position per fingerprint.", nameof(positions));
        Hashes = hashes;
        Words = words;
        Positions = positions;
    }

    public ulong[] Hashes { get; }

    /// <summary>Word index of each fingerprint's n-gram, parallel to <see cref="Hashes"/>; null when not known.</summary>
    public int[]? Positions { get; }

    public int Words { get; }

    public static DocumentFingerprints Compute(TokenList tokens, FingerprintOptions options)
    {
        var shingles = ShingleHasher.Count(tokens.Count, options.NGram);
        if (shingles == 0) return new DocumentFingerprints([], tokens.Count, []);
        var hashes = new ulong[shingles];
        ShingleHasher.Hash(tokens.Hashes, options.NGram, hashes);
        var selectedPositions = shingles <= 4096 ? stackalloc int[shingles] : new int[shingles];
        var selected = Winnower.Select(hashes, options.Window, selectedPositions);
        var kept = new ulong[selected];
        var positions = new int[selected];
        for (var i = 0; i < selected; i++)
        {
            kept[i] = hashes[selectedPositions[i]];
            positions[i] = selectedPositions[i];
        }
        // Sorted by hash, ties by position, so the first of equal hashes is the first occurrence.
        Array.Sort(kept, positions);
        SortPositionsWithinEqualHashes(kept, positions);
        var distinct = selected == 0 ? 0 : 1;
        for (var i = 1; i < kept.Length; i++)
        {
            if (kept[i] == kept[distinct - 1]) continue;
            kept[distinct] = kept[i];
            positions[distinct] = positions[i];
            distinct++;
        }
        return distinct == kept.Length
            ? new DocumentFingerprints(kept, tokens.Count, positions)
            : new DocumentFingerprints(kept[..distinct], tokens.Count, positions[..distinct]);
    }

    private static void SortPositionsWithinEqualHashes(ulong[] hashes, int[] positions)
    {
        for (var i = 0; i < hashes.Length;)
        {
            var j = i + 1;
            while (j < hashes.Length && hashes[j] == hashes[i]) j++;
            if (j - i > 1) Array.Sort(positions, i, j - i);
            i = j;
        }
    }
}
