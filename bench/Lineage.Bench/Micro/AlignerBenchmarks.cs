using BenchmarkDotNet.Attributes;
using Lineage.Alignment;

namespace Lineage.Bench.Micro;

/// <summary>
/// Aligning one candidate pair: from token lists (building both anchor indexes), and as the
/// scanner calls it, with the indexes built beforehand (A's is shared by all its pairs).
/// </summary>
[MemoryDiagnoser]
public class AlignerBenchmarks
{
    private readonly AlignmentOptions options = new();

    [ParamsSource(nameof(Cases))]
    public PairCase Case { get; set; } = null!;

    public static IEnumerable<PairCase> Cases => BenchInputs.Pairs;

    [Benchmark]
    public int Align() => PairAligner.Align(Case.A, Case.B, options).SharedWords;

    [Benchmark]
    public int AlignWithIndexes() => PairAligner.Align(Case.A, Case.IndexA, Case.B, Case.IndexB, options).SharedWords;
}
