using System.Text.Json;
using Lineage.Reporting;
using Lineage.Text;

namespace Lineage.Tests.Reporting;

public class JsonReportTests
{
    [Fact]
    public void Offsets_in_the_json_select_the_passage_words_in_the_original_files()
    {
        var result = SampleCorpus.Scan;
        using var stream = new MemoryStream();
        JsonReport.Write(result, stream);
        using var json = JsonDocument.Parse(stream.ToArray());
        var texts = result.Documents.ToDictionary(d => d.Id, d => File.ReadAllText(d.Path));
        var checkedPassages = 0;
        foreach (var pair in json.RootElement.GetProperty("pairs").EnumerateArray())
        {
            var a = texts[pair.GetProperty("a").GetString()!];
            var b = texts[pair.GetProperty("b").GetString()!];
            foreach (var passage in pair.GetProperty("passages").EnumerateArray())
            {
                var inA = Slice(a, passage.GetProperty("a"));
                var inB = Slice(b, passage.GetProperty("b"));
                var words = passage.GetProperty("words").GetInt32();
                // Each side holds at least the aligned words, and the two sides share them.
                Assert.True(Tokenizer.Tokenize(inA).Count >= words);
                Assert.True(Tokenizer.Tokenize(inB).Count >= words);
                if (passage.GetProperty("identity").GetDouble() == 1)
                    Assert.Equal(Folded(inA), Folded(inB));
                checkedPassages++;
            }
        }
        Assert.True(checkedPassages >= 3);
    }

    private static string Slice(string text, JsonElement span) =>
        text.Substring(span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32());

    private static string Folded(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return string.Join(' ', Enumerable.Range(0, tokens.Count).Select(i => tokens.FoldedOf(i).ToString()));
    }
}
