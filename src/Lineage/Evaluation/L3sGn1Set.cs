using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lineage.Evaluation;

/// <summary>
/// L3S-GN1 (Kohlschütter et al., WSDM 2010): <c>original/&lt;uuid&gt;.html.gz</c> and
/// <c>derived-blocks/&lt;uuid&gt;.jsonl</c>, one <c>{"label", "text"}</c> line per annotated block.
/// The article is the headline and the full text; supplemental text (captions, dates), related
/// links, comments and the rest are not.
/// </summary>
public static partial class L3sGn1Set
{
    private const string InputSuffix = ".html.gz";

    public static IReadOnlyList<ExtractionCase> Load(string folder)
    {
        var cases = new List<ExtractionCase>();
        foreach (var input in BenchmarkFile.List(Path.Combine(folder, "original"), InputSuffix))
        {
            var id = BenchmarkFile.Stem(input, InputSuffix);
            var blocks = Path.Combine(folder, "derived-blocks", id + ".jsonl");
            if (!File.Exists(blocks)) continue;
            cases.Add(new ExtractionCase(id, input, GoldText(File.ReadAllLines(blocks, Encoding.UTF8))));
        }
        if (cases.Count == 0) throw new ExtractionSetException($"{folder}: no page of original/ has a derived-blocks/ gold file.");
        return cases;
    }

    public static string GoldText(IEnumerable<string> jsonLines)
    {
        var text = new StringBuilder();
        foreach (var line in jsonLines)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var block = JsonDocument.Parse(line);
            var label = block.RootElement.GetProperty("label").GetString();
            if (label is not ("headline" or "fulltext")) continue;
            text.Append(RepairLostApostrophes(block.RootElement.GetProperty("text").GetString() ?? "")).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>
    /// The annotated pages lost every char outside Latin-1 to '?' (the set's Readme says so); between
    /// two letters it was a right single quote ("Kosovo?s"), which the page itself still has. Restoring
    /// it keeps a contraction one word on both sides, as it is in the page.
    /// </summary>
    private static string RepairLostApostrophes(string text) => LetterQuestionLetter().Replace(text, "$1\u2019$2");

    [GeneratedRegex(@"(\p{L})\?(\p{L})")]
    private static partial Regex LetterQuestionLetter();
}
