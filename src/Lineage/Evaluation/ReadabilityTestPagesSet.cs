using System.Text.Json;
using Lineage.Reading;

namespace Lineage.Evaluation;

/// <summary>
/// Mozilla Readability's test pages: <c>pages/&lt;name&gt;/source.html.gz</c> (or <c>source.html</c>)
/// and <c>expected.html</c>, the article as Readability.js extracts it; the gold is that fragment's visible text.
/// <c>expected-metadata.json</c>, where a page has one, gives its title, byline, site name,
/// publication time and language.
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
            var metadata = Path.Combine(page, "expected-metadata.json");
            cases.Add(new ExtractionCase(Path.GetFileName(page), source, GoldText(BenchmarkFile.ReadText(expected, isHtml: true)),
                File.Exists(metadata) ? ReadMetadata(metadata) : null));
        }
        if (cases.Count == 0) throw new ExtractionSetException($"{pages}: no page folder with source.html(.gz) and expected.html.");
        return cases;
    }

    public static string GoldText(string expectedHtml) => HtmlVisibleText.Extract(expectedHtml).Chars;

    /// <summary>The expected metadata in <paramref name="path"/>; a file that is not a JSON object of them is an <see cref="ExtractionSetException"/> naming it.</summary>
    public static ExpectedMetadata ReadMetadata(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            if (json.RootElement.ValueKind != JsonValueKind.Object) throw new ExtractionSetException($"{path}: expected a JSON object of metadata.");
            return new ExpectedMetadata(Text(json.RootElement, "title"), Text(json.RootElement, "byline"), Text(json.RootElement, "siteName"),
                Text(json.RootElement, "publishedTime"), Text(json.RootElement, "lang"));
        }
        catch (JsonException e)
        {
            throw new ExtractionSetException($"{path}: not valid JSON ({e.Message}).");
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
