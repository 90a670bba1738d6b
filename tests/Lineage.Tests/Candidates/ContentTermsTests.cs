using Lineage.Candidates;
using Lineage.Text;

namespace Lineage.Tests.Candidates;

public class ContentTermsTests
{
    private static uint[] Of(string text) => ContentTerms.Of(Tokenizer.Tokenize(text));

    [Fact]
    public void Leaves_out_stop_words_of_any_language_and_words_shorter_than_four_chars()
    {
        // "the", "and", "les", "were" are stop words; "sky", "war" are too short; "Deir", "Ezzor", "troops" carry the story.
        var terms = Of("The troops and les Deir Ezzor were sky war");

        Assert.Equal(Of("troops Deir Ezzor"), terms);
        Assert.Equal(3, terms.Length);
    }

    [Fact]
    public void Keeps_numbers_of_any_length()
    {
        Assert.Equal(2, Of("62 troops").Length);
        Assert.Equal(Of("62"), Of("62 62"));
    }

    [Fact]
    public void Gives_each_term_once_sorted_and_folded_as_the_tokenizer_folds_words()
    {
        var terms = Of("Élysée élysée ELYSEE troops Troops");

        Assert.Equal(2, terms.Length);
        Assert.True(terms[0] < terms[1]);
        Assert.Equal(Of("elysee troops"), terms);
    }

    [Fact]
    public void Is_empty_for_no_words()
    {
        Assert.Empty(Of(""));
        Assert.Empty(Of("the and of"));
    }
}
