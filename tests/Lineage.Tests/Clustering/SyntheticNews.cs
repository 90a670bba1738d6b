using System.Text.Json;
using Lineage.Pipeline;
using Lineage.Scanning;

namespace Lineage.Tests.Clustering;

/// <summary>
/// Small corpora of made-up articles for clustering tests: each topic has its own vocabulary of
/// invented words (so topics share no content word by chance), articles are written as JSONL
/// lines with an id and a date, and the corpus is scanned with the real pipeline.
/// </summary>
internal sealed class SyntheticNews
{
    private readonly List<(string Id, string Text, string? Date, string? Site)> articles = [];

    public static string[] Vocabulary(int topic, int size = 60)
    {
        var words = new string[size];
        for (var i = 0; i < size; i++) words[i] = $"t{topic}w{(char)('a' + i % 26)}{(char)('a' + i / 26)}ord";
        return words;
    }

    /// <summary>An article of <paramref name="sentences"/> sentences drawn from one or more topics' words (seeded).</summary>
    public static string Write(int seed, int sentences, params string[][] vocabularies)
    {
        var random = new Random(seed);
        var text = new System.Text.StringBuilder();
        for (var s = 0; s < sentences; s++)
        {
            var words = vocabularies[s % vocabularies.Length];
            text.Append("The ");
            for (var w = 0; w < 9; w++) text.Append(words[random.Next(words.Length)]).Append(w % 3 == 2 ? " of the " : " ");
            text.Append("said. ");
        }
        return text.ToString();
    }

    public SyntheticNews Add(string id, string text, string? date = null, string? site = null)
    {
        articles.Add((id, text, date, site));
        return this;
    }

    public ScanResult Scan(ScanOptions? options = null)
    {
        using var folder = new TempFolder();
        var lines = articles.Select(a => JsonSerializer.Serialize(new Dictionary<string, string?> { ["id"] = a.Id, ["text"] = a.Text, ["date"] = a.Date, ["site"] = a.Site }));
        var path = folder.Write("news.jsonl", string.Join('\n', lines) + "\n");
        return Scanner.Scan([path], options ?? new ScanOptions());
    }
}
