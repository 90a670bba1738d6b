namespace Lineage.Clustering;

/// <summary>
/// Where a quantity (<see cref="FactExtractor"/>'s pattern) can begin: not after a letter, digit or
/// hyphen (the pattern's look-behind), at a digit, at a qualifier followed by white space or at a
/// number word that ends there. Trying the pattern only there finds what a scan of every position
/// finds, since a match can begin nowhere else, at a fraction of the cost: most words begin no
/// number. The test is loose where it cannot be sure (a letter outside ASCII may match a pattern
/// letter without regard to case), never strict.
/// </summary>
internal static class QuantityStart
{
    private static readonly string[] Qualifiers = ["at least", "more than", "over", "some", "about", "around", "nearly", "almost", "up to", "fewer than", "less than"];

    private static readonly string[] NumberWords =
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "twenty", "thirty", "fifty", "hundred", "dozens", "scores", "hundreds", "thousands",
    ];

    /// <summary>
    /// The qualifiers and number words by their first letter, and by their first two letters, so a
    /// word is held against the few that begin as it does: most words ("the", "to") begin none.
    /// </summary>
    private static readonly (string Word, bool IsQualifier)[][] ByFirstLetter = Buckets(1);

    private static readonly (string Word, bool IsQualifier)[][] ByFirstTwoLetters = Buckets(2);

    /// <summary>The first position at or after <paramref name="from"/> where a quantity can begin, or −1.</summary>
    public static int Next(string text, int from)
    {
        // Whether the char before blocks a start, carried from char to char so each is classified
        // once: inside a word every char blocks the next, and that is all most chars cost.
        var blocked = from > 0 && from <= text.Length && Blocks(text[from - 1]);
        for (var p = from; p < text.Length; p++)
        {
            var c = text[p];
            var afterBlock = blocked;
            blocked = Blocks(c);
            if (afterBlock) continue;
            if (char.IsDigit(c)) return p;
            if (c >= 128 ? char.IsLetter(c) : IsAsciiLetter(c) && OpensAQuantity(text, p, Candidates(text, p, c))) return p;
        }
        return -1;
    }

    /// <summary>A char no quantity begins after (the pattern's look-behind): a letter, a digit or a hyphen.</summary>
    private static bool Blocks(char c) => c < 128 ? c == '-' || IsAsciiLetter(c) || char.IsAsciiDigit(c) : char.IsLetter(c) || char.IsNumber(c);

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>
    /// The words that may be spelled at <paramref name="at"/>, whose first letter is ASCII: those of
    /// its first two letters, or all of its first letter when the second is outside ASCII (where
    /// <see cref="Compare"/> decides). Every word has two letters or more, and an ASCII char that
    /// is not a letter matches none of them.
    /// </summary>
    private static (string Word, bool IsQualifier)[] Candidates(string text, int at, char first)
    {
        if (at + 1 >= text.Length) return [];
        var second = text[at + 1];
        if (second >= 128) return ByFirstLetter[(first | 0x20) - 'a'];
        return IsAsciiLetter(second) ? ByFirstTwoLetters[((first | 0x20) - 'a') * 26 + ((second | 0x20) - 'a')] : [];
    }

    private static bool OpensAQuantity(string text, int at, (string Word, bool IsQualifier)[] candidates)
    {
        foreach (var (word, isQualifier) in candidates)
        {
            var matched = Compare(text, at, word);
            if (matched < 0) continue;
            if (matched == 0) return true;
            var end = at + word.Length;
            // A qualifier is followed by white space; a number word ends where a letter or digit does not follow.
            if (isQualifier ? end < text.Length && char.IsWhiteSpace(text[end])
                : end == text.Length || !char.IsLetter(text[end]) && !char.IsNumber(text[end])) return true;
        }
        return false;
    }

    /// <summary>1 when the text at <paramref name="at"/> spells <paramref name="word"/> (case aside), −1 when it cannot, 0 when a letter outside ASCII leaves it open.</summary>
    private static int Compare(string text, int at, string word)
    {
        if (at + word.Length > text.Length) return -1;
        for (var k = 0; k < word.Length; k++)
        {
            var c = text[at + k];
            // Outside ASCII, a letter may be a case form of the pattern's (the Kelvin sign, the dotted I).
            if (c >= 128) return char.IsLetter(c) ? 0 : -1;
            if (c == word[k] || (c | 0x20) == word[k] && word[k] is >= 'a' and <= 'z') continue;
            return -1;
        }
        return 1;
    }

    /// <summary>The words by their first <paramref name="letters"/> letters (one or two), as an index of 26 or 26 × 26 lists.</summary>
    private static (string, bool)[][] Buckets(int letters)
    {
        var buckets = new List<(string, bool)>[letters == 1 ? 26 : 26 * 26];
        for (var i = 0; i < buckets.Length; i++) buckets[i] = [];
        int Index(string word) => letters == 1 ? word[0] - 'a' : (word[0] - 'a') * 26 + (word[1] - 'a');
        foreach (var q in Qualifiers) buckets[Index(q)].Add((q, true));
        foreach (var n in NumberWords) buckets[Index(n)].Add((n, false));
        var result = new (string, bool)[buckets.Length][];
        for (var i = 0; i < result.Length; i++) result[i] = [.. buckets[i]];
        return result;
    }
}
