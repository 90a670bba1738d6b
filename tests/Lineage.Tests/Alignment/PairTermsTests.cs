using Lineage.Alignment;
using Lineage.Text;

namespace Lineage.Tests.Alignment;

public class PairTermsTests
{
    private static readonly SentenceAlignmentOptions On = new();

    /// <summary>Whether the word <paramref name="x"/> of A and the word <paramref name="y"/> of B (folded) get one term.</summary>
    private static bool SameTerm(string textA, string x, string textB, string y, SentenceAlignmentOptions options)
    {
        var a = Tokenizer.Tokenize(textA);
        var b = Tokenizer.Tokenize(textB);
        var terms = PairTerms.Build(textA, a, SentenceSplitter.Split(textA, a), textB, b, SentenceSplitter.Split(textB, b), options);
        return terms.TermsA[IndexOf(a, x)] == terms.TermsB[IndexOf(b, y)];
    }

    private static int IndexOf(TokenList tokens, string folded)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (tokens.FoldedOf(i).SequenceEqual(folded)) return i;
        throw new ArgumentException($"no word '{folded}'");
    }

    [Theory]
    [InlineData("Rescuers found 9 bodies in the river.", "9", "Rescuers found nine bodies in the river.", "nine")]
    [InlineData("Les secours ont trouvé 9 corps.", "9", "Les secours ont trouvé neuf corps.", "neuf")]
    [InlineData("Rescuers found nine bodies in the river.", "nine", "Les secours ont trouvé neuf corps.", "neuf")]
    public void Digits_and_number_words_are_one_term(string a, string x, string b, string y)
    {
        Assert.True(SameTerm(a, x, b, y, On));
        Assert.False(SameTerm(a, x, b, y, On with { NumberWords = false }));
    }

    [Fact]
    public void Words_with_a_common_stem_are_one_term()
    {
        const string a = "The government acted quickly after the storm.";
        const string b = "The governments acted quickly after the storm.";
        Assert.True(SameTerm(a, "government", b, "governments", On));
        Assert.False(SameTerm(a, "government", b, "governments", On with { SharedStems = false }));
    }

    [Fact]
    public void Words_sharing_only_a_prefix_with_long_endings_stay_apart()
    {
        Assert.False(SameTerm("The interest rate was raised.", "interest", "The international rate was raised.", "international", On));
    }

    [Fact]
    public void Respelled_names_are_one_term()
    {
        const string a = "Officials said that Gaddafi fled the city.";
        const string b = "Officials said that Qaddafi fled the city.";
        Assert.True(SameTerm(a, "gaddafi", b, "qaddafi", On));
        Assert.False(SameTerm(a, "gaddafi", b, "qaddafi", On with { Respellings = false }));
    }

    [Fact]
    public void Only_names_capitalised_inside_a_sentence_are_respellings()
    {
        Assert.False(SameTerm("Officials said that gaddafi fled the city.", "gaddafi", "Officials said that qaddafi fled the city.", "qaddafi", On));
    }
}
