using System.Net;
using System.Text.RegularExpressions;

namespace Lineage.Evaluation;

/// <summary>
/// CleanEval (Baroni et al. 2008) and CleanPortalEval (Endrédy &amp; Novák 2013) layout:
/// <c>input/&lt;id&gt;.html.gz</c> beside <c>gold/&lt;id&gt;.txt</c>, the gold being a <c>URL:</c>
/// line and then text blocks each opened by a <c>&lt;p&gt;</c>, <c>&lt;h&gt;</c> or <c>&lt;l&gt;</c>
/// marker. CleanEval itself keeps two such folders, <c>dev/</c> and <c>final/</c>; pages without a
/// gold file are left out.
/// </summary>
public static partial class CleanEvalSet
{
    private const string InputSuffix = ".html.gz";

    public static IReadOnlyList<ExtractionCase> Load(string folder)
    {
        var parts = new List<string>();
        if (Directory.Exists(Path.Combine(folder, "input"))) parts.Add(folder);
        foreach (var part in new[] { "dev", "final" })
            if (Directory.Exists(Path.Combine(folder, part, "input"))) parts.Add(Path.Combine(folder, part));
        if (parts.Count == 0) throw new ExtractionSetException($"{folder}: expected input/ and gold/ folders (or dev/ and final/ holding them).");

        var cases = new List<ExtractionCase>();
        foreach (var part in parts)
        {
            var prefix = part == folder ? "" : Path.GetFileName(part) + "/";
            foreach (var input in BenchmarkFile.List(Path.Combine(part, "input"), InputSuffix))
            {
                var id = BenchmarkFile.Stem(input, InputSuffix);
                var gold = Path.Combine(part, "gold", id + ".txt");
                if (!File.Exists(gold)) continue;
                cases.Add(new ExtractionCase(prefix + id, input, GoldText(BenchmarkFile.ReadText(gold, isHtml: false))));
            }
        }
        return cases;
    }

    /// <summary>
    /// The gold text without its URL line and block markers, character references decoded: some
    /// gold files kept the page's "&amp;#8217;", which would otherwise count as a word of its own.
    /// </summary>
    public static string GoldText(string gold)
    {
        if (gold.StartsWith("URL:", StringComparison.Ordinal))
        {
            var newline = gold.IndexOf('\n');
            gold = newline < 0 ? "" : gold[(newline + 1)..];
        }
        return WebUtility.HtmlDecode(BlockMarker().Replace(gold, "\n"));
    }

    [GeneratedRegex("<[phl]>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockMarker();
}
