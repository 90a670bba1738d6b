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

    public static IEnumerable<FactMention> Extract(int document, ExtractedDocument article) => ExtractList(document, article);

    /// <summary>The mentions of <see cref="Extract"/>, as the list they are found into.</summary>
    internal static List<FactMention> ExtractList(int document, ExtractedDocument article)
    {
        var view = article.Content;
        var text = view.Chars;
        var found = new List<FactMention>();
        for (var from = 0; NextQuantity(text, from, out var index, out var length); from = index + length)
        {
            // Most numbers count nothing: their words are looked at first, and only a quantity that
            // may count something is matched again for its parts (a match's parts are objects).
            if (!MayCount(text, index, length)) continue;
            var m = QuantityAt().Match(text, index);
            var number = m.Groups["num"];
            if (!TryValue(number.ValueSpan, out var value)) continue;
            var rest = m.Groups["rest"];
            var subject = SubjectOf(rest.ValueSpan);
            if (subject is null) continue;
            if (value is >= 1900 and <= 2100 && !Casualties.Contains(subject) && number.Length == 4) continue;
            var qualifier = m.Groups["qual"].Success ? Qualifiers[m.Groups["qual"].Value.Trim().ToLowerInvariant()] : null;
            var end = number.Index + number.Length;
            var subjectEnd = SubjectEnd(end, rest.ValueSpan, subject);
            found.Add(new FactMention(document, view.ToSource(m.Index, subjectEnd), text[m.Index..subjectEnd].ReplaceLineEndings(" "), value, qualifier, subject));
        }
        return found;
    }

    /// <summary>The matches <c>Quantity().Matches(text)</c> gives, the pattern tried only where one can begin (<see cref="QuantityStart"/>).</summary>
    internal static IEnumerable<Match> Quantities(string text)
    {
        for (var from = 0; NextQuantity(text, from, out var index, out var length); from = index + length)
            yield return QuantityAt().Match(text, index);
    }

    /// <summary>The first quantity at or after <paramref name="from"/>: where it starts and its length, found without making a match object.</summary>
    private static bool NextQuantity(string text, int from, out int index, out int length)
    {
        for (var at = QuantityStart.Next(text, from); at >= 0; at = QuantityStart.Next(text, at + 1))
            foreach (var m in QuantityAt().EnumerateMatches(text, at))
            {
                index = m.Index;
                length = m.Length;
                return true;
            }
        index = length = 0;
        return false;
    }

    /// <summary>
    /// Whether the quantity at <paramref name="index"/> (its number and qualifier,
    /// <paramref name="length"/> chars) may have a subject (<see cref="SubjectOf"/>): one of its
    /// words, or of the words after it that the pattern reads (at most ten: five words and their
    /// "of", apart by spaces, tabs and line breaks only), less its apostrophes, is a counted word or
    /// holds a hyphen before a digit (a model, "F-16"). Looser than the subject test, never stricter,
    /// so the quantities it rules out have no subject.
    /// </summary>
    internal static bool MayCount(string text, int index, int length)
    {
        const int WordsAfter = 10;
        var end = index + length;
        var after = 0;
        for (var at = index; at < text.Length;)
        {
            var c = text[at];
            if (!IsWordChar(c))
            {
                // Past the number, only the separators the pattern allows lead to its words.
                if (at >= end && c is not (' ' or '\t' or '\r' or '\n')) return false;
                at++;
                continue;
            }
            if (at >= end && ++after > WordsAfter) return false;
            var start = at;
            while (at < text.Length && IsWordChar(text[at])) at++;
            var word = text.AsSpan(start, at - start);
            if (IsSubject(word.Trim("’'")) || HasModelNumber(word)) return true;
        }
        return false;
    }

    private static bool IsWordChar(char c) => c < 128
        ? char.IsAsciiLetterOrDigit(c) || c is '\'' or '-'
        : char.IsLetterOrDigit(c) || c == '’' || char.GetUnicodeCategory(c) is UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    /// <summary>
    /// Whether a word is a counted word (<see cref="Subjects"/>, case aside), its length checked
    /// before it is hashed: most words are too short or too long to be one.
    /// </summary>
    private static bool IsSubject(ReadOnlySpan<char> word) =>
        word.Length >= SubjectLengths.Shortest && word.Length <= SubjectLengths.Longest && SubjectLookup.ContainsKey(word);

    /// <summary>The lengths of the counted words (an ignore-case match has the length of the word it matches).</summary>
    private static readonly (int Shortest, int Longest) SubjectLengths = (Subjects.Keys.Min(k => k.Length), Subjects.Keys.Max(k => k.Length));

    private static bool HasModelNumber(ReadOnlySpan<char> word)
    {
        for (var k = 0; k + 1 < word.Length; k++)
            if (word[k] == '-' && char.IsDigit(word[k + 1])) return true;
        return false;
    }

    private static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> NumberWordLookup = NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SubjectLookup = Subjects.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool TryValue(ReadOnlySpan<char> number, out double value)
    {
        if (NumberWordLookup.TryGetValue(number, out value)) return true;
        return number.Contains(',')
            ? double.TryParse(number.ToString().Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            : double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    internal static string? SubjectOf(ReadOnlySpan<char> rest)
    {
        string? first = null;
        var isFirstWord = true;
        while (true)
        {
            // The words of the rest as string.Split on white space would give them.
            var at = 0;
            while (at < rest.Length && char.IsWhiteSpace(rest[at])) at++;
            rest = rest[at..];
            if (rest.IsEmpty) break;
            var length = 0;
            while (length < rest.Length && !char.IsWhiteSpace(rest[length])) length++;
            var raw = rest[..length];
            rest = rest[length..];
            if (isFirstWord)
            {
                isFirstWord = false;
                if (Model().IsMatch(raw)) return Model().Match(raw.ToString()).Value;
            }
            var word = raw.Trim("’',;");
            if (word.Length > 0 && (char.IsDigit(word[0]) || NumberWordLookup.ContainsKey(word))) break;
            if (!SubjectLookup.TryGetValue(word, out var subject)) continue;
            if (Casualties.Contains(subject)) return subject;
            first ??= subject;
        }
        return first;
    }

    /// <summary>
    /// The end of the mention: just after the word that gave its subject. The words of the rest are
    /// its runs of letters, digits, apostrophes and hyphens (as <c>[\p{L}\p{N}’'-]+</c> finds them).
    /// </summary>
    internal static int SubjectEnd(int numberEnd, ReadOnlySpan<char> rest, string subject)
    {
        for (var at = 0; at < rest.Length;)
        {
            if (!IsRestWordChar(rest[at]))
            {
                at++;
                continue;
            }
            var start = at;
            while (at < rest.Length && IsRestWordChar(rest[at])) at++;
            var written = rest[start..at];
            if (SubjectLookup.TryGetValue(written.Trim("’'"), out var s) && s == subject || written.SequenceEqual(subject)) return numberEnd + at;
        }
        return numberEnd;
    }

    private static bool IsRestWordChar(char c) => char.IsLetter(c) || char.IsNumber(c) || c is '’' or '\'' or '-';

    private const string QuantityPattern = @"(?<![\p{L}\p{N}-])(?<qual>(?:at least|more than|over|some|about|around|nearly|almost|up to|fewer than|less than)\s+)?(?<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred|dozens|scores|hundreds|thousands)(?![\p{L}\p{N}])(?=(?<rest>(?:[ \t\r\n]+(?:of[ \t\r\n]+)?[\p{L}\p{N}’'-]+){0,5}))";

    [GeneratedRegex(QuantityPattern, RegexOptions.IgnoreCase)]
    internal static partial Regex Quantity();

    /// <summary><see cref="Quantity"/> anchored where the search starts (\G): tried at one position, not scanned forward.</summary>
    [GeneratedRegex(@"\G" + QuantityPattern, RegexOptions.IgnoreCase)]
    private static partial Regex QuantityAt();

    [GeneratedRegex(@"^\p{Lu}{1,3}-\d{1,3}[A-Z]?")]
    private static partial Regex Model();
}
