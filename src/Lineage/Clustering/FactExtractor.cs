using System.Globalization;
using System.Text.RegularExpressions;
using Lineage.Extraction;

namespace Lineage.Clustering;

/// <summary>
/// Numbers and what they count in article text: casualties ("62 … killed", "more than 100
/// injured"), forces ("1000 elite soldiers"), equipment ("two F-16"). The subject is the first
/// counted word within five words after the number, casualty words first, stopping at the next
/// number or the end of the sentence.
/// </summary>
public static partial class FactExtractor
{
    private static readonly Dictionary<string, string> Subjects = new(StringComparer.OrdinalIgnoreCase)
    {
        ["killed"] = "killed", ["dead"] = "killed", ["death"] = "killed", ["deaths"] = "killed", ["died"] = "killed",
        ["killing"] = "killed", ["lives"] = "killed", ["fatalities"] = "killed",
        ["injured"] = "injured", ["wounded"] = "injured", ["injuries"] = "injured", ["hurt"] = "injured",
        ["soldiers"] = "soldiers", ["troops"] = "soldiers", ["servicemen"] = "soldiers",
        ["civilians"] = "civilians", ["people"] = "people", ["children"] = "children",
        ["fighters"] = "fighters", ["militants"] = "fighters", ["terrorists"] = "fighters", ["rebels"] = "fighters",
        ["jets"] = "aircraft", ["warplanes"] = "aircraft", ["aircraft"] = "aircraft", ["planes"] = "aircraft",
        ["airstrikes"] = "air strikes", ["strikes"] = "air strikes", ["raids"] = "air strikes",
    };

    private static readonly HashSet<string> Casualties = new(StringComparer.Ordinal) { "killed", "injured" };

    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["twenty"] = 20, ["thirty"] = 30, ["fifty"] = 50,
        ["hundred"] = 100, ["dozens"] = 24, ["scores"] = 40, ["hundreds"] = 200, ["thousands"] = 2000,
    };

    private static readonly Dictionary<string, string> Qualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["at least"] = "at least", ["more than"] = "more than", ["over"] = "more than", ["some"] = "about",
        ["about"] = "about", ["around"] = "about", ["nearly"] = "nearly", ["almost"] = "nearly", ["up to"] = "up to",
        ["fewer than"] = "fewer than", ["less than"] = "fewer than",
    };

    public static IEnumerable<FactMention> Extract(int document, ExtractedDocument article)
    {
        var view = article.Content;
        var text = view.Chars;
        foreach (Match m in Quantity().Matches(text))
        {
            var number = m.Groups["num"].Value;
            if (!TryValue(number, out var value)) continue;
            var subject = SubjectOf(m.Groups["rest"].Value);
            if (subject is null) continue;
            if (value is >= 1900 and <= 2100 && !Casualties.Contains(subject) && number.Length == 4) continue;
            var qualifier = m.Groups["qual"].Success ? Qualifiers[m.Groups["qual"].Value.Trim().ToLowerInvariant()] : null;
            var end = m.Groups["num"].Index + m.Groups["num"].Length;
            var subjectEnd = SubjectEnd(text, end, m.Groups["rest"].Value, subject);
            yield return new FactMention(document, view.ToSource(m.Index, subjectEnd), text[m.Index..subjectEnd].ReplaceLineEndings(" "), value, qualifier, subject);
        }
    }

    private static bool TryValue(string number, out double value)
    {
        if (NumberWords.TryGetValue(number, out value)) return true;
        return double.TryParse(number.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static string? SubjectOf(string rest)
    {
        var words = rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && Model().IsMatch(words[0])) return Model().Match(words[0]).Value;
        string? first = null;
        foreach (var raw in words)
        {
            var word = raw.Trim('’', '\'', ',', ';');
            if (word.Length > 0 && (char.IsDigit(word[0]) || NumberWords.ContainsKey(word))) break;
            if (!Subjects.TryGetValue(word, out var subject)) continue;
            if (Casualties.Contains(subject)) return subject;
            first ??= subject;
        }
        return first;
    }

    /// <summary>The end of the mention: just after the word that gave its subject.</summary>
    private static int SubjectEnd(string text, int numberEnd, string rest, string subject)
    {
        var at = numberEnd;
        foreach (Match w in Regex.Matches(rest, @"[\p{L}\p{N}’'-]+"))
        {
            var word = w.Value.Trim('’', '\'');
            if (Subjects.TryGetValue(word, out var s) && s == subject || w.Value == subject) return numberEnd + w.Index + w.Length;
        }
        return at;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<qual>(?:at least|more than|over|some|about|around|nearly|almost|up to|fewer than|less than)\s+)?(?<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred|dozens|scores|hundreds|thousands)(?![\p{L}\p{N}])(?=(?<rest>(?:[ \t\r\n]+(?:of[ \t\r\n]+)?[\p{L}\p{N}’'-]+){0,5}))", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"^\p{Lu}{1,3}-\d{1,3}[A-Z]?")]
    private static partial Regex Model();
}
