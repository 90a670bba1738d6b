using System.Text.RegularExpressions;

namespace Lineage.Evaluation;

/// <summary>
/// Dragnet's 2012 data (Peters &amp; Lecocq, WWW 2013): <c>html/&lt;n&gt;.html.gz</c> and
/// <c>corrected/&lt;n&gt;.html.corrected.txt</c>, the hand-copied main content; user comments follow a
/// line of symbols ending in <c>COMMENTS</c> and are not part of the article.
/// </summary>
public static partial class DragnetSet
{
    private const string InputSuffix = ".html.gz";

    public static IReadOnlyList<ExtractionCase> Load(string folder)
    {
        var cases = new List<ExtractionCase>();
        foreach (var input in BenchmarkFile.List(Path.Combine(folder, "html"), InputSuffix))
        {
            var id = BenchmarkFile.Stem(input, InputSuffix);
            var gold = Path.Combine(folder, "corrected", id + ".html.corrected.txt");
            if (!File.Exists(gold)) continue;
            cases.Add(new ExtractionCase(id, input, GoldText(BenchmarkFile.ReadText(gold, isHtml: false))));
        }
        if (cases.Count == 0) throw new ExtractionSetException($"{folder}: no page of html/ has a corrected/ gold file.");
        return cases;
    }

    /// <summary>The article part of a corrected file: everything before the comments marker line.</summary>
    public static string GoldText(string corrected)
    {
        var marker = CommentsMarker().Match(corrected);
        return marker.Success ? corrected[..marker.Index] : corrected;
    }

    // The marker is typed by hand as "!@#$%^&*()  COMMENTS", with slips ("!@ $%^&*", "!#@$…").
    [GeneratedRegex(@"^[ \t!@#$%^&*()]+COMMENTS[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex CommentsMarker();
}
