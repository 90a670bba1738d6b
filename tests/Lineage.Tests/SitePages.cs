using Lineage.Reading;

namespace Lineage.Tests;

/// <summary>Pages of named sites for template and furniture tests: made-up articles of unique words, read as JSONL documents.</summary>
internal static class SitePages
{
    /// <summary>150 made-up words (seeded), so two articles share no word by chance.</summary>
    public static string Article(int seed)
    {
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, 150).Select(_ => "w" + random.Next(1_000_000))) + ".";
    }

    /// <summary>A document of <paramref name="site"/> holding <paramref name="body"/>.</summary>
    public static Document Page(string id, string body, string site) =>
        DocumentReader.Create(id + ".jsonl", id, body, DocumentFormat.JsonLine)! is var d
            ? new Document { Id = d.Id, Path = d.Path, Text = d.Text, View = d.View, Format = d.Format, Site = site }
            : throw new InvalidOperationException();
}
