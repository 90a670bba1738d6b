using Lineage.Clustering;
using Lineage.Text;

namespace Lineage.Tests.Clustering;

public class NameGrouperTests
{
    [Theory]
    [InlineData("Troops entered Deir el-Zour on Monday.", "Deir el-Zour")]
    [InlineData("The army shelled al-Tharda overnight.", "al-Tharda")]
    [InlineData("A spokesman for the Ministry of Defense said so.", "Ministry of Defense")]
    [InlineData("Abu Bakr al Baghdadi was seen.", "Abu Bakr al Baghdadi")]
    [InlineData("They met Jean-Marc Ayrault in Paris.", "Jean-Marc Ayrault")]
    // A non-breaking space joins words into one name, as a space does.
    [InlineData("Reports came from Deir\u00A0Ezzor today.", "Deir\u00A0Ezzor")]
    public void Extracts_runs_of_capitalised_words_with_articles_and_linking_words(string text, string name)
    {
        var names = NameExtractor.Extract(5, PlainArticle.Of(text)).ToList();

        var (found, occurrence) = Assert.Single(names, n => n.Name.Contains(name.Split(' ', '\u00A0')[^1], StringComparison.Ordinal));
        Assert.Equal(name, found);
        Assert.Equal(5, occurrence.Document);
        Assert.Equal(name, text.Substring(occurrence.Span.Start, occurrence.Span.Length));
    }

    [Fact]
    public void A_name_is_at_most_five_words()
    {
        var names = NameExtractor.Extract(0, PlainArticle.Of("We saw Alpha Beta Gamma Delta Epsilon Zeta there.")).Select(n => n.Name).ToList();

        Assert.Equal(["Alpha Beta Gamma Delta Epsilon", "Zeta"], names);
    }

    [Fact]
    public void Single_common_words_at_sentence_starts_are_no_names_but_longer_runs_are()
    {
        var names = NameExtractor.Extract(0, PlainArticle.Of("The talks ended. Nous partons. When Damascus spoke, The Hague listened. Yes.")).Select(n => n.Name).ToList();

        Assert.Equal(["When Damascus", "The Hague"], names);
    }

    [Fact]
    public void Capitals_inside_words_or_after_a_hyphen_start_no_name_and_short_ones_are_left_out()
    {
        var names = NameExtractor.Extract(0, PlainArticle.Of("The iPhone and pro-Assad forces met DW staff in Homs.")).Select(n => n.Name).ToList();

        Assert.Equal(["Homs"], names);
    }

    [Fact]
    public void Occurrences_point_into_the_original_text_of_an_html_page()
    {
        const string html = "<html><body><article><p>Rescuers &amp; doctors arrived in Deir el-Zour after the attack on the market of the old town.</p></article></body></html>";

        var names = NameExtractor.Extract(0, PlainArticle.Html(html)).ToList();

        var (_, occurrence) = Assert.Single(names, n => n.Name == "Deir el-Zour");
        Assert.Equal("Deir el-Zour", html.Substring(occurrence.Span.Start, occurrence.Span.Length));
    }

    [Theory]
    [InlineData("Deir Ezzor", "Deir el-Zour")]
    [InlineData("Deir al-Zour", "Deir el-Zour")]
    [InlineData("Turdah", "al-Tharda")]
    [InlineData("Tharda", "al-Tharda")]
    [InlineData("Khaled", "Khalid")]
    [InlineData("Abdallah", "Abdullah")]
    public void Spellings_of_one_transliterated_name_share_a_key(string one, string other)
    {
        Assert.Equal(NameKey.Of(one), NameKey.Of(other));
    }

    [Theory]
    [InlineData("Homs", "Hama")]
    [InlineData("Deir el-Zour", "Deir Hafer")]
    // "al" as a word of the name, not a hyphenated article, stays in the key.
    [InlineData("Al Bab", "Bab")]
    public void Different_names_have_different_keys(string one, string other)
    {
        Assert.NotEqual(NameKey.Of(one), NameKey.Of(other));
    }

    [Fact]
    public void Groups_spellings_by_key_commonest_first_and_the_groups_by_documents()
    {
        var groups = NameGrouper.Group(
        [
            ("Deir el-Zour", At(0)), ("Deir Ezzor", At(1)), ("Deir Ezzor", At(2)), ("Deir al-Zour", At(2)),
            ("Homs", At(3)), ("Homs", At(3)), ("Homs", At(3)),
            ("Damascus", At(4)), ("Damascus", At(5)),
        ]);

        Assert.Equal(["Deir Ezzor", "Damascus", "Homs"], groups.Select(g => g.Name));
        var deir = groups[0];
        Assert.Equal(["Deir Ezzor", "Deir al-Zour", "Deir el-Zour"], deir.Variants.Select(v => v.Text));
        Assert.Equal([0, 1, 2], deir.Documents.Order());
        Assert.Equal(2, deir.Variants[0].Occurrences.Count);
    }

    [Fact]
    public void Groups_of_equal_documents_are_in_name_order()
    {
        var groups = NameGrouper.Group([("Zabadani", At(0)), ("Damascus", At(1)), ("Latakia", At(2))]);

        Assert.Equal(["Damascus", "Latakia", "Zabadani"], groups.Select(g => g.Name));
    }

    [Fact]
    public void Names_whose_key_is_shorter_than_three_letters_are_not_grouped()
    {
        // "Ali" keys to "l" and "Aya" to nothing: too little left to tell names apart.
        var groups = NameGrouper.Group([("Ali", At(0)), ("Aya", At(1)), ("Homs", At(2)), ("Ali", At(3))]);

        Assert.Equal(["Homs"], groups.Select(g => g.Name));
    }

    [Fact]
    public void Documents_grouped_in_blocks_on_several_threads_give_the_groups_of_one_list()
    {
        var random = new Random(11);
        string[] spellings = ["Deir Ezzor", "Deir el-Zour", "Deir al-Zour", "Homs", "Damascus", "Latakia", "al-Tharda", "Turdah", "Aleppo", "Halab", "Ali"];
        var perDocument = new List<List<(string, NameOccurrence)>>();
        for (var d = 0; d < 700; d++)
        {
            var names = new List<(string, NameOccurrence)>();
            for (var k = random.Next(4); k > 0; k--) names.Add((spellings[random.Next(spellings.Length)], new NameOccurrence(d, new TextSpan(10 * names.Count, 4))));
            perDocument.Add(names);
        }

        var inBlocks = NameGrouper.Group(perDocument, new ParallelOptions { MaxDegreeOfParallelism = 3 });
        var inOne = NameGrouper.Group(perDocument.SelectMany(names => names));

        static string Shown(List<NameGroup> groups) => string.Join("\n", groups.Select(g =>
            g.Key + ": " + string.Join(" | ", g.Variants.Select(v => v.Text + " " + string.Join(",", v.Occurrences.Select(o => $"{o.Document}@{o.Span.Start}"))))));
        Assert.True(inOne.Count > 5);
        Assert.Equal(Shown(inOne), Shown(inBlocks));
    }

    private static NameOccurrence At(int document) => new(document, new TextSpan(document * 10, 4));
}
