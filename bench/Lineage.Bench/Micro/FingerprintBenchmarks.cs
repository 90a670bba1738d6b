using BenchmarkDotNet.Attributes;
using Lineage.Fingerprints;

namespace Lineage.Bench.Micro;

/// <summary>From words to fingerprints: n-gram hashing, winnowing, and the whole of <see cref="DocumentFingerprints.Compute"/>.</summary>
[MemoryDiagnoser]
public class FingerprintBenchmarks
{
    private readonly FingerprintOptions options = new();
    private ulong[] shingles = [];
    private int[] positions = [];
    private int count;

    [ParamsSource(nameof(Cases))]
    public TextCase Case { get; set; } = null!;

    public static IEnumerable<TextCase> Cases => BenchInputs.FingerprintTexts;

    [GlobalSetup]
    public void Setup()
    {
        count = ShingleHasher.Count(Case.Tokens.Count, options.NGram);
        shingles = new ulong[count];
        positions = new int[count];
        ShingleHasher.Hash(Case.Tokens.Hashes, options.NGram, shingles);
    }

    [Benchmark]
    public ulong ShingleHash()
    {
        ShingleHasher.Hash(Case.Tokens.Hashes, options.NGram, shingles);
        return shingles[0];
    }

    [Benchmark]
    public int Winnow() => Winnower.Select(shingles.AsSpan(0, count), options.Window, positions);

    [Benchmark]
    public int Compute() => DocumentFingerprints.Compute(Case.Tokens, options).Hashes.Length;
}
