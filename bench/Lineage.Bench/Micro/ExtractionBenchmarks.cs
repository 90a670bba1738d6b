using BenchmarkDotNet.Attributes;
using Lineage.Extraction;
using Lineage.Reading;

namespace Lineage.Bench.Micro;

/// <summary>
/// Reading one plain-text article the way a scan does before it fingerprints: blocks classified,
/// metadata read from the header and footer lines, the body's language identified.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private Document document = null!;

    [ParamsSource(nameof(Cases))]
    public TextCase Case { get; set; } = null!;

    public static IEnumerable<TextCase> Cases => BenchInputs.Texts;

    [GlobalSetup]
    public void Setup() =>
        document = DocumentReader.Create(Case.Name + ".txt", Case.Name, Case.Text, DocumentFormat.Text)
            ?? throw new InvalidOperationException($"the bench text {Case.Name} is not readable");

    [Benchmark]
    public int Extract() => ArticleExtractor.Extract(document).Content.Chars.Length;
}
