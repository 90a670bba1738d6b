using Lineage.Clustering;

namespace Lineage.Tests.Clustering;

public class WordSpellingsTests
{
    [Fact]
    public void Each_word_is_spelled_back_by_its_number_across_the_array_growing()
    {
        var random = new Random(3);
        var words = Enumerable.Range(0, 5000).Select(k => new string((char)('a' + random.Next(26)), random.Next(0, 70)) + k).ToList();
        var spellings = new WordSpellings();
        foreach (var word in words) spellings.Add(word);

        Assert.Equal(words.Count, spellings.Count);
        for (var k = 0; k < words.Count; k++)
        {
            Assert.Equal(words[k], spellings.Of(k));
            Assert.True(spellings.Span(k).SequenceEqual(words[k]));
        }
    }

    [Fact]
    public void Cleared_it_holds_nothing_and_numbers_from_zero_again()
    {
        var spellings = new WordSpellings();
        spellings.Add("river");
        spellings.Clear();
        spellings.Add("delta");

        Assert.Equal(1, spellings.Count);
        Assert.Equal("delta", spellings.Of(0));
    }
}
