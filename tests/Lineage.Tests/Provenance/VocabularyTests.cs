using Lineage.Provenance;
using Lineage.Tests.Clustering;
using Lineage.Text;

namespace Lineage.Tests.Provenance;

public class VocabularyTests
{
    private static readonly string[] Texts =
    [
        "The recieved letter was late.",
        "Nothing here.",
        "They recieved it and recieved it again, received.",
        "A recieved note.",
        "Recieved, said the clerk.",
        "It was received.",
    ];

    [Fact]
    public void A_word_is_elsewhere_when_a_third_document_holds_it()
    {
        var vocabulary = Vocabulary.Of([.. Texts.Select((t, i) => PlainArticle.Of(t, $"d{i}"))], new HashSet<string> { "recieved", "received" });

        Assert.True(vocabulary.ElsewhereThan("recieved", 0, 2));
        Assert.True(vocabulary.ElsewhereThan("received", 2, 3));
        Assert.False(vocabulary.ElsewhereThan("received", 2, 5));
        Assert.False(vocabulary.ElsewhereThan("unasked", 0, 1));
    }

    [Fact]
    public void Documents_visited_in_any_order_give_the_same_answers_and_each_holder_counts_once()
    {
        // Three holders are kept, each once: "recieved" is in documents 0, 2 (twice), 3 and 4.
        var words = new HashSet<string> { "recieved" };
        var inOrder = Vocabulary.For(words);
        var reversed = Vocabulary.For(words);
        for (var i = 0; i < Texts.Length; i++) inOrder.Visit(i, Tokenizer.Tokenize(Texts[i]));
        for (var i = Texts.Length - 1; i >= 0; i--) reversed.Visit(i, Tokenizer.Tokenize(Texts[i]));

        for (var a = 0; a < Texts.Length; a++)
            for (var b = 0; b < Texts.Length; b++)
                Assert.Equal(inOrder.ElsewhereThan("recieved", a, b), reversed.ElsewhereThan("recieved", a, b));
        // Document 2 holds the word twice and counts once: a pair of two holders still finds a third.
        Assert.True(inOrder.ElsewhereThan("recieved", 0, 2));
        Assert.True(reversed.ElsewhereThan("recieved", 3, 2));
    }
}
