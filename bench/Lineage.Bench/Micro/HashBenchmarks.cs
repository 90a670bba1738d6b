using System.IO.Hashing;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Lineage.Fingerprints;
using Lineage.Text;

namespace Lineage.Bench.Micro;

/// <summary>
/// The two jobs of <see cref="TokenHash"/>, each done two ways: a folded word (a few chars, once
/// per token) by FNV-1a with murmur3's finaliser (token hash version 1) and by XxHash3 (as
/// <see cref="TokenHash.Of"/> does from version 2); a word n-gram (n word hashes, once per position) by
/// <see cref="TokenHash.Combine"/> and by XxHash3 over the n hashes' bytes.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class HashBenchmarks
{
    private readonly int ngram = new FingerprintOptions().NGram;
    private char[] folded = [];
    private int[] bounds = [];
    private ulong[] words = [];

    [ParamsSource(nameof(Cases))]
    public TextCase Case { get; set; } = null!;

    public static IEnumerable<TextCase> Cases => BenchInputs.FingerprintTexts;

    [GlobalSetup]
    public void Setup()
    {
        var tokens = Case.Tokens;
        var chars = new List<char>();
        bounds = new int[tokens.Count + 1];
        for (var i = 0; i < tokens.Count; i++)
        {
            chars.AddRange(tokens.FoldedOf(i));
            bounds[i + 1] = chars.Count;
        }
        folded = [.. chars];
        words = tokens.Hashes.ToArray();
    }

    [Benchmark(Baseline = true)]
    public ulong WordsFnv1a()
    {
        ulong h = 0;
        var text = folded.AsSpan();
        for (var i = 0; i + 1 < bounds.Length; i++) h ^= Fnv1a(text[bounds[i]..bounds[i + 1]]);
        return h;
    }

    /// <summary>The word hash of token hash version 1.</summary>
    private static ulong Fnv1a(ReadOnlySpan<char> folded)
    {
        var h = 14695981039346656037UL;
        foreach (var c in folded) h = (h ^ c) * 1099511628211UL;
        return TokenHash.Mix(h);
    }

    [Benchmark]
    public ulong WordsXxHash3()
    {
        ulong h = 0;
        var text = folded.AsSpan();
        for (var i = 0; i + 1 < bounds.Length; i++) h ^= XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text[bounds[i]..bounds[i + 1]]));
        return h;
    }

    [Benchmark]
    public ulong NGramsTokenHash()
    {
        ulong h = 0;
        var all = words.AsSpan();
        for (var i = 0; i + ngram <= all.Length; i++) h ^= TokenHash.Combine(all.Slice(i, ngram));
        return h;
    }

    [Benchmark]
    public ulong NGramsXxHash3()
    {
        ulong h = 0;
        var all = words.AsSpan();
        for (var i = 0; i + ngram <= all.Length; i++) h ^= XxHash3.HashToUInt64(MemoryMarshal.AsBytes(all.Slice(i, ngram)));
        return h;
    }
}
