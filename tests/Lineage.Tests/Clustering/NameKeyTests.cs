using CsCheck;
using Lineage.Clustering;

namespace Lineage.Tests.Clustering;

public class NameKeyTests
{
    /// <summary>
    /// Pieces of names aimed at what the key reads: articles with and without hyphens in any case,
    /// digraphs and doubled h's, final h's, vowels, the apostrophes and hyphens the tokenizer
    /// joins or parts words at (a line-end hyphen included), accents, marks, tatweel, ideographs,
    /// Arabic letters and a word past the tokenizer's longest.
    /// </summary>
    private static readonly string[] Pieces =
    [
        "al-", "Al-", "AL-", "el-", "ash-", "adh-", "ath", "al", "el", "as", "an ", "En-", "Ez", "er",
        "th", "dh", "kh", "sh", "gh", "ph", "hh", "h", "H", "Th", "PH", "tth", "phh", "Sh",
        "a", "e", "i", "o", "u", "y", "b", "d", "t", "s", "k", "g", "p", "z", "r", "l", "n",
        "Deir", "Zour", "Tharda", "Abdallah", "Bab", "Khaled", "Ḥ", "é", "Ç", "Á", "ı", "ß", "\u212A",
        " ", "  ", "\u00A0", "-", "'", "\u2019", "\u02BC", "\u2018", "\u2010", "\u2011", "\u00AD", "\u0640",
        "\u0301", "\n", "\r\n", "\t", "-\nal", "\u2010\n  ad", "\u2010\nAd", ".", ",", "7", "٣",
        "漢", "字", "ال", "زور", "\u0629", new string('h', 70), new string('x', 63) + "thh",
    ];

    private static readonly Gen<string> Names = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 10].Select(string.Concat);

    [Fact]
    public void Keys_every_name_as_the_token_list_reference_does()
    {
        Names.Sample(name => Assert.Equal(NameKeyReference.Of(name), NameKey.Of(name)), iter: 20_000, threads: 1);
    }

    [Theory]
    [InlineData("al-Tharda")]
    [InlineData("Deir el-Zour")]
    [InlineData("Abu Bakr al Baghdadi")]
    [InlineData("Hal-al Sheikh")]
    [InlineData("Mosul al-")]
    public void Keys_the_examples_as_the_reference_does(string name)
    {
        Assert.Equal(NameKeyReference.Of(name), NameKey.Of(name));
    }

    [Fact]
    public void A_name_longer_than_the_stack_buffer_is_keyed_whole()
    {
        var name = string.Join(" ", Enumerable.Repeat("Deir el-Zour", 40));

        Assert.Equal(NameKeyReference.Of(name), NameKey.Of(name));
    }
}
