using System.Globalization;
using System.Text;

namespace Lineage.Text;

/// <summary>
/// One table for the whole Basic Multilingual Plane: the class of each char and its folded form
/// (lower case, accents stripped, Arabic letter variants unified). Built once, so the tokenizer's
/// inner loop is two array reads per char.
/// </summary>
internal static class CharFolding
{
    private static readonly CharClass[] Classes = new CharClass[65536];
    private static readonly char[] Folded = new char[65536];

    static CharFolding()
    {
        for (var i = 0; i < 65536; i++)
        {
            var c = (char)i;
            Folded[i] = c;
            Classes[i] = Classify(c);
            if (Classes[i] == CharClass.WordChar && !char.IsSurrogate(c)) Folded[i] = FoldOnce(c);
        }
        ApplyArabicFolds();
    }

    public static CharClass ClassOf(char c) => Classes[c];

    public static char Fold(char c) => Folded[c];

    public static ReadOnlySpan<CharClass> ClassTable => Classes;

    public static ReadOnlySpan<char> FoldTable => Folded;

    private static CharClass Classify(char c)
    {
        if (c is '\'' or '\u2019' or '\u02BC' or '\u2018') return CharClass.Apostrophe;
        if (c is '-' or '\u2010' or '\u2011') return CharClass.Hyphen;
        if (c is '\u00AD' or '\u0640' or '\u200C' or '\u200D') return CharClass.Joiner;
        if (char.IsSurrogate(c)) return CharClass.WordChar;
        if (IsIdeograph(c)) return CharClass.Ideograph;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber => CharClass.WordChar,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark => CharClass.Joiner,
            _ => CharClass.Separator,
        };
    }

    private static bool IsIdeograph(char c) =>
        c is >= '\u3040' and <= '\u30FF'      // hiragana, katakana
            or >= '\u3400' and <= '\u4DBF'    // CJK extension A
            or >= '\u4E00' and <= '\u9FFF'    // CJK unified ideographs
            or >= '\uF900' and <= '\uFAFF'    // CJK compatibility ideographs
            or >= '\uAC00' and <= '\uD7AF';   // Hangul syllables

    private static char FoldOnce(char c)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower < 128) return lower;
        var decomposed = lower.ToString().Normalize(NormalizationForm.FormKD);
        foreach (var d in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(d);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark) continue;
            return char.ToLowerInvariant(d);
        }
        return lower;
    }

    /// <summary>Arabic and Urdu spellings that vary between outlets for the same word.</summary>
    private static void ApplyArabicFolds()
    {
        foreach (var alef in "\u0622\u0623\u0625\u0671") Folded[alef] = '\u0627';
        foreach (var yeh in "\u0649\u06CC\u06D2") Folded[yeh] = '\u064A';
        Folded['\u06A9'] = '\u0643';                 // keheh → kaf
        foreach (var heh in "\u06C1\u06BE") Folded[heh] = '\u0647';
        Folded['\u0629'] = '\u0647';                 // teh marbuta → heh
    }
}
