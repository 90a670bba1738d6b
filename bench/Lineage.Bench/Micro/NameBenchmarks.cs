using BenchmarkDotNet.Attributes;
using Lineage.Clustering;
using Lineage.Extraction;
using Lineage.Reading;
using Lineage.Text;

namespace Lineage.Bench.Micro;

/// <summary>
/// The names of one text, as the analysis finds them in each article (into a reused list), and
/// the key of each name found, as the grouping computes it once a spelling.
/// </summary>
[MemoryDiagnoser]
public class NameBenchmarks
{
    private readonly List<(string Name, NameOccurrence Occurrence)> found = [];
    private ExtractedDocument article = null!;
    private string[] spellings = [];

    [ParamsSource(nameof(Cases))]
    public TextCase Case { get; set; } = null!;

    public static IEnumerable<TextCase> Cases => BenchInputs.FingerprintTexts;

    [GlobalSetup]
    public void Setup()
    {
        article = ArticleExtractor.WholeText(new Document
        {
            Id = Case.Name,
            Path = Case.Name + ".txt",
            Text = Case.Text,
            View = TextView.Identity(Case.Text),
            Format = DocumentFormat.Text,
        });
        NameExtractor.ExtractTo(0, article, found);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, _) in found) distinct.Add(name);
        spellings = [.. distinct];
    }

    [Benchmark]
    public int Extract()
    {
        found.Clear();
        NameExtractor.ExtractTo(0, article, found);
        return found.Count;
    }

    [Benchmark]
    public int Key()
    {
        var length = 0;
        foreach (var spelling in spellings) length += NameKey.Of(spelling).Length;
        return length;
    }
}
