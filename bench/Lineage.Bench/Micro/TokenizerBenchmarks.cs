using BenchmarkDotNet.Attributes;
using Lineage.Text;

namespace Lineage.Bench.Micro;

/// <summary>Tokenizing one text into a reused token list, as a scan does per document.</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private readonly TokenList tokens = new(1024);

    [ParamsSource(nameof(Cases))]
    public TextCase Case { get; set; } = null!;

    public static IEnumerable<TextCase> Cases => BenchInputs.Texts;

    [Benchmark]
    public int Tokenize()
    {
        Tokenizer.Tokenize(Case.View, tokens);
        return tokens.Count;
    }
}
