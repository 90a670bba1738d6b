using Lineage.Reading;

namespace Lineage.Evaluation;

/// <summary>
/// Mozilla Readability's test pages: <c>pages/&lt;name&gt;/source.html.gz</c> (or <c>source.html</c>)
/// and <c>expected.html</c>, the article as Readability.js extracts it; the gold is that fragment's visible text.
/// </summary>
public static class ReadabilityTestPagesSet
{
    public static IReadOnlyList<ExtractionCase> Load(string folder)
    {
        var pages = Path.Combine(folder, "pages");
        if (!Directory.Exists(pages)) throw new ExtractionSetException($"{folder}: expected a pages/ folder.");
        var cases = new List<ExtractionCase>();
        var names = new List<string>(Directory.EnumerateDirectories(pages));
        names.Sort(StringComparer.Ordinal);
        foreach (var page in names)
        {
            var expected = Path.Combine(page, "expected.html");
            var source = Path.Combine(page, "source.html.gz");
            if (!File.Exists(source)) source = Path.Combine(page, "source.html");
            if (!File.Exists(expected) || !File.Exists(source)) continue;
            cases.Add(new ExtractionCase(Path.GetFileName(page), source, GoldText(BenchmarkFile.ReadText(expected, isHtml: true))));
        }
        if (cases.Count == 0) throw new ExtractionSetException($"{pages}: no page folder with source.html(.gz) and expected.html.");
        return cases;
    }

    public static string GoldText(string expectedHtml) => HtmlVisibleText.Extract(expectedHtml).Chars;
}
