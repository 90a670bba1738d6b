using Lineage.Text;

namespace Lineage.Fingerprints;

/// <summary>The distinct winnowed n-gram hashes of one document, sorted, and its word count.</summary>
public sealed class DocumentFingerprints
{
    public DocumentFingerprints(ulong[] hashes, int words)
    {
        Hashes = hashes;
        Words = words;
    }

    public ulong[] Hashes { get; }

    public int Words { get; }

    public static DocumentFingerprints Compute(TokenList tokens, FingerprintOptions options)
    {
        var shingles = ShingleHasher.Count(tokens.Count, options.NGram);
        if (shingles == 0) return new DocumentFingerprints([], tokens.Count);
        var hashes = new ulong[shingles];
        ShingleHasher.Hash(tokens.Hashes, options.NGram, hashes);
        var positions = shingles <= 4096 ? stackalloc int[shingles] : new int[shingles];
        var selected = Winnower.Select(hashes, options.Window, positions);
        var kept = new ulong[selected];
        for (var i = 0; i < selected; i++) kept[i] = hashes[positions[i]];
        Array.Sort(kept);
        var distinct = kept.AsSpan().Length == 0 ? 0 : 1;
        for (var i = 1; i < kept.Length; i++)
            if (kept[i] != kept[distinct - 1]) kept[distinct++] = kept[i];
        return new DocumentFingerprints(distinct == kept.Length ? kept : kept[..distinct], tokens.Count);
    }
}
