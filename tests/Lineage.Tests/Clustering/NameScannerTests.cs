using CsCheck;
using Lineage.Clustering;

namespace Lineage.Tests.Clustering;

public class NameScannerTests
{
    /// <summary>
    /// Pieces of text aimed at the expression's corners: articles joined by a hyphen (and words
    /// that look like them), linking words, spaces and non-breaking spaces, capitals of several
    /// scripts, title-case, modifier and other letters, marks of the three kinds, digits and other
    /// numbers (which stop a name's end), hyphens before and after capitals, and surrogate pairs.
    /// </summary>
    private static readonly string[] Pieces =
    [
        "al-", "el-", "ad-", "ed-", "ash-", "esh-", "as-", "es-", "at-", "et-", "az-", "ez-", "ar-", "an-", "er-", "en-", "Al-", "sh-", "aal-",
        "of ", "de ", "du ", "bin ", "ibn ", "al ", "el ", "of\u00A0", "bin", "ibn", "of", "Of ",
        "A", "B", "Deir", "Zour", "Abu", "Bakr", "Jean", "Marc", "É", "Ω", "Д", "İ", "ǅ", "Ⅻ",
        "a", "x", "abc", "ß", "ʰ", "ا", "漢", "\u0301", "\u0903", "\u20DD", "5", "٣", "½",
        " ", " ", " ", "\u00A0", "-", "-", "--", ".", ",", "'", "\n", "(", "\uD83D\uDE00", "\uD835\uDC00",
    ];

    private static readonly Gen<string> Texts = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 30].Select(string.Concat);

    [Fact]
    public void Finds_what_the_expression_matches_in_generated_text()
    {
        Texts.Sample(text => Assert.Equal(NameExpressionReference.Matches(text), Scan(text)), iter: 50_000, threads: 1);
    }

    [Theory]
    // Backtracking: a digit after the name gives the ends before a mark or a joining hyphen.
    [InlineData("Abc\u0301d5 Jean-Marc5 al-Foo-Bar7 Deir ez-Zour9")]
    [InlineData("Ministry of Defense of Syria and Abu Bakr al Baghdadi bin Laden ibn Ali")]
    [InlineData("the pro-Assad and al-Tharda, Deir el-Zour\u00A0Ezzor; iPhone (DW) McDonald")]
    public void Finds_what_the_expression_matches_in_examples(string text)
    {
        Assert.Equal(NameExpressionReference.Matches(text), Scan(text));
    }

    private static List<(int Start, int End)> Scan(string text)
    {
        var found = new List<(int, int)>();
        var scanner = new NameScanner(text);
        while (scanner.Next(out var start, out var end)) found.Add((start, end));
        return found;
    }
}
