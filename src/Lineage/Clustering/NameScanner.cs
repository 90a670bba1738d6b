using System.Buffers;
using System.Globalization;

namespace Lineage.Clustering;

/// <summary>
/// Finds the names <see cref="NameExtractor"/> reads, left to right: what the expression
/// <c>(?&lt;![\p{L}\p{N}-])W(?:[ \u00A0](?:(?:of|de|du|bin|ibn|al|el)[ \u00A0])?W){0,4}(?![\p{L}\p{N}])</c>
/// matches, with <c>W = (?:(?:al|el|ad|ed|ash|esh|as|es|at|et|az|ez|ar|an)-)?\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)*</c>,
/// including the ends its backtracking settles on. Written out by hand because a name needs a
/// capital: the long runs of text without one are passed over by a vectorised search instead of
/// being tried a char at a time.
/// </summary>
/// <remarks>
/// The expression tries, after each word, another word first (with a linking word before
/// without), then stopping; and within a word, the longest end first, then each shorter one. A
/// shorter end is inside the letters or marks of a word part, or just before a hyphen that joins
/// the next part: only the look-ahead can accept it there, which it does before a mark or a hyphen.
/// </remarks>
internal ref struct NameScanner(ReadOnlySpan<char> text)
{
    private const byte Letter = 1;
    private const byte Upper = 2;
    private const byte Mark = 4;
    private const byte Number = 8;

    /// <summary>The words a name holds at most.</summary>
    private const int MaxWords = 5;

    /// <summary>Each char's Unicode classes, as the expression's \p{L}, \p{Lu}, \p{M} and \p{N} read them.</summary>
    private static readonly byte[] Kinds = BuildKinds();

    /// <summary>What cannot start a name's capital: ASCII but A to Z. Any other char is looked at.</summary>
    private static readonly SearchValues<char> NoCapital = SearchValues.Create(NoCapitalChars());

    private readonly ReadOnlySpan<char> text = text;
    private int position;

    /// <summary>The next name's span, after the last one found.</summary>
    public bool Next(out int start, out int end)
    {
        var kinds = Kinds;
        while (position < text.Length)
        {
            var skipped = text[position..].IndexOfAnyExcept(NoCapital);
            if (skipped < 0) break;
            var capital = position + skipped;
            if ((kinds[text[capital]] & Upper) != 0)
            {
                var first = FirstWordStart(capital);
                if (first >= 0 && WordThenRest(first, MaxWords - 1) is var found and >= 0)
                {
                    start = first;
                    end = found;
                    position = found;
                    return true;
                }
            }
            position = capital + 1;
            // Text in a script without capitals is passed over here rather than a search at a time.
            while (position < text.Length && text[position] >= 128 && (kinds[text[position]] & Upper) == 0) position++;
        }
        position = text.Length;
        start = end = 0;
        return false;
    }

    /// <summary>
    /// Where a name whose first capital is at <paramref name="capital"/> may start: at an article
    /// joined to it by a hyphen, or at the capital; -1 if the look-behind rules out both. No other
    /// start lies between the last name and the capital, which is the first since.
    /// </summary>
    private readonly int FirstWordStart(int capital)
    {
        if (capital > 0 && text[capital - 1] == '-')
        {
            var hyphen = capital - 1;
            for (var length = 2; length <= 3; length++)
            {
                var article = hyphen - length;
                if (article >= position && ArticleLength(article) == length && MayStart(article)) return article;
            }
            return -1;
        }
        return MayStart(capital) ? capital : -1;
    }

    /// <summary>The look-behind: no letter, digit or hyphen just before.</summary>
    private readonly bool MayStart(int at) => at == 0 || (text[at - 1] != '-' && (Kinds[text[at - 1]] & (Letter | Number)) == 0);

    /// <summary>The look-ahead: no letter or digit just after.</summary>
    private readonly bool MayEnd(int at) => at >= text.Length || (Kinds[text[at]] & (Letter | Number)) == 0;

    /// <summary>
    /// The end of the first match of a word at <paramref name="at"/> followed by up to
    /// <paramref name="wordsLeft"/> more words and the look-ahead; -1 if none.
    /// </summary>
    private readonly int WordThenRest(int at, int wordsLeft)
    {
        if (at >= text.Length) return -1;
        var kinds = Kinds;
        var capital = at;
        if ((kinds[text[at]] & Upper) == 0)
        {
            var article = ArticleLength(at);
            if (article == 0) return -1;
            capital = at + article + 1;
            if (capital >= text.Length || (kinds[text[capital]] & Upper) == 0) return -1;
        }
        // The longest word: letters and marks, and more parts joined by a hyphen before a capital.
        var longest = capital + 1;
        while (true)
        {
            while (longest < text.Length && (kinds[text[longest]] & (Letter | Mark)) != 0) longest++;
            if (longest + 1 < text.Length && text[longest] == '-' && (kinds[text[longest + 1]] & Upper) != 0)
            {
                longest += 2;
                continue;
            }
            break;
        }
        var rest = Rest(longest, wordsLeft);
        if (rest >= 0) return rest;
        // Shorter ends, longest first (just after a joining hyphen a capital follows, which the look-ahead refuses).
        for (var end = longest - 1; end > capital; end--)
            if (MayEnd(end)) return end;
        return -1;
    }

    /// <summary>After a word ending at <paramref name="end"/>: another word if one follows, else the end if the look-ahead allows it.</summary>
    private readonly int Rest(int end, int wordsLeft)
    {
        if (wordsLeft > 0 && end < text.Length && text[end] is ' ' or '\u00A0')
        {
            var next = end + 1;
            var linking = LinkingLength(next);
            if (linking > 0 && WordThenRest(next + linking + 1, wordsLeft - 1) is var linked and >= 0) return linked;
            if (WordThenRest(next, wordsLeft - 1) is var unlinked and >= 0) return unlinked;
        }
        return MayEnd(end) ? end : -1;
    }

    /// <summary>The length of the Arabic article at <paramref name="at"/> if a hyphen follows it, else 0.</summary>
    private readonly int ArticleLength(int at)
    {
        if (at + 2 < text.Length && text[at + 2] == '-' && text[at] is 'a' or 'e')
        {
            var second = text[at + 1];
            if (second is 'l' or 'd' or 's' or 't' or 'z') return 2;
            if (text[at] == 'a' && second is 'r' or 'n') return 2;
        }
        if (at + 3 < text.Length && text[at + 3] == '-' && text[at] is 'a' or 'e' && text[at + 1] == 's' && text[at + 2] == 'h') return 3;
        return 0;
    }

    /// <summary>The length of the linking word at <paramref name="at"/> if a space follows it, else 0.</summary>
    private readonly int LinkingLength(int at)
    {
        var rest = text[at..];
        if (rest.Length >= 3 && rest[2] is ' ' or '\u00A0' && (rest.StartsWith("of") || rest.StartsWith("de") || rest.StartsWith("du") || rest.StartsWith("al") || rest.StartsWith("el"))) return 2;
        if (rest.Length >= 4 && rest[3] is ' ' or '\u00A0' && (rest.StartsWith("bin") || rest.StartsWith("ibn"))) return 3;
        return 0;
    }

    private static byte[] BuildKinds()
    {
        var kinds = new byte[65536];
        for (var i = 0; i < kinds.Length; i++)
            kinds[i] = char.GetUnicodeCategory((char)i) switch
            {
                UnicodeCategory.UppercaseLetter => Letter | Upper,
                UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => Letter,
                UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => Mark,
                UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => Number,
                _ => 0,
            };
        return kinds;
    }

    private static string NoCapitalChars()
    {
        var chars = new char[128 - 26];
        var n = 0;
        for (var c = '\0'; c < 128; c++)
            if (c is < 'A' or > 'Z') chars[n++] = c;
        return new string(chars);
    }
}
