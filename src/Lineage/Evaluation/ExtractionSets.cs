namespace Lineage.Evaluation;

/// <summary>The article-extraction benchmarks Lineage can read, by name, each with its own folder layout.</summary>
public static class ExtractionSets
{
    private static readonly Dictionary<string, Func<string, IReadOnlyList<ExtractionCase>>> Loaders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cleaneval"] = CleanEvalSet.Load,
        ["cleanportaleval"] = CleanEvalSet.Load,
        ["l3s-gn1"] = L3sGn1Set.Load,
        ["dragnet-moz-2012"] = DragnetSet.Load,
        ["mozilla-readability-test-pages"] = ReadabilityTestPagesSet.Load,
    };

    public static IReadOnlyList<string> Names { get; } = ["cleaneval", "cleanportaleval", "l3s-gn1", "dragnet-moz-2012", "mozilla-readability-test-pages"];

    /// <summary>The pages of set <paramref name="name"/> in <paramref name="folder"/>; an unknown name or a folder not laid out as the set is an <see cref="ExtractionSetException"/>.</summary>
    public static IReadOnlyList<ExtractionCase> Load(string name, string folder)
    {
        if (!Loaders.TryGetValue(name, out var load))
            throw new ExtractionSetException($"unknown set '{name}'; known sets: {string.Join(", ", Names)}.");
        if (!Directory.Exists(folder)) throw new ExtractionSetException($"{folder}: no such folder.");
        var cases = load(folder);
        if (cases.Count == 0) throw new ExtractionSetException($"{folder}: no page with gold text for set '{name}'.");
        return cases;
    }
}
