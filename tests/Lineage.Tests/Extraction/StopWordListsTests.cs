using Lineage.Extraction;
using Lineage.Text;

namespace Lineage.Tests.Extraction;

public class StopWordListsTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("ar")]
    public void A_language_s_stop_word_hashes_are_those_of_its_stop_words_as_tokens(string language)
    {
        IReadOnlySet<ulong> hashes = StopWordLists.HashesFor(language);
        var words = StopWordLists.For(language);

        Assert.Equal(words.Count, hashes.Count);
        foreach (var word in words)
        {
            var tokens = Tokenizer.Tokenize(word);
            Assert.Contains(tokens.Hashes[0], hashes);
        }
    }

    [Fact]
    public void A_content_word_s_hash_is_not_a_stop_word_s()
    {
        IReadOnlySet<ulong> hashes = StopWordLists.HashesFor("en");

        Assert.Contains(Tokenizer.Tokenize("The").Hashes[0], hashes);
        Assert.DoesNotContain(Tokenizer.Tokenize("ministry").Hashes[0], hashes);
        Assert.Empty(StopWordLists.HashesFor("xx"));
    }
}
