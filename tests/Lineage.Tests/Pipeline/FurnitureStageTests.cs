using Lineage.Clustering;
using Lineage.Pipeline;
using Lineage.Reading;
using Lineage.Scanning;
using Lineage.Text;
using static Lineage.Tests.SitePages;

namespace Lineage.Tests.Pipeline;

public class FurnitureStageTests
{
    /// <summary>A site's appeal that quotes its editor: furniture both pages carry, with a quotation in it.</summary>
    private const string Template =
        "Our editor says \"every contribution keeps our newsroom free of advertising and open to all readers\" so support the Daily Example by becoming a member today.";

    private static ScanResult TwoPagesOfOneSite() => Scanner.Scan(
        [Page("a", Article(1) + "\n\n" + Template + "\n\n" + Article(2), "example.com"),
         Page("b", Article(3) + "\n\n" + Template + "\n\n" + Article(4), "example.com")],
        new ScanOptions());

    [Fact]
    public void Takes_learned_furniture_out_of_the_article_text_so_a_quote_inside_it_is_not_extracted()
    {
        var result = TwoPagesOfOneSite();
        for (var i = 0; i < result.Articles.Count; i++)
        {
            var article = result.Articles[i];
            Assert.DoesNotContain("newsroom", article.ArticleText, StringComparison.Ordinal);
            Assert.Empty(QuoteExtractor.Extract(i, article));
        }
    }

    [Fact]
    public void Counts_the_words_left_after_furniture_as_the_article_words()
    {
        var result = TwoPagesOfOneSite();
        Assert.All(result.WordCounts, words => Assert.Equal(300, words));
    }

    [Fact]
    public void Keeps_every_article_char_mapped_to_the_original_text_outside_its_boilerplate()
    {
        var result = TwoPagesOfOneSite();
        foreach (var article in result.Articles)
        {
            var tokens = Tokenizer.Tokenize(article.Content);
            Assert.Equal(300, tokens.Count);
            for (var t = 0; t < tokens.Count; t++)
            {
                var span = tokens.SpanOf(t);
                Assert.Equal(tokens.FoldedOf(t).ToString(), article.Document.Text.Substring(span.Start, span.Length).ToLowerInvariant());
                Assert.False(SpanSet.Covers(article.Boilerplate, span), $"word {t} at {span} is in boilerplate");
            }
        }
    }

    [Fact]
    public void Leaves_the_quote_in_an_article_when_every_word_is_compared()
    {
        var result = Scanner.Scan(
            [Page("a", Article(1) + "\n\n" + Template + "\n\n" + Article(2), "example.com"),
             Page("b", Article(3) + "\n\n" + Template + "\n\n" + Article(4), "example.com")],
            new ScanOptions { ArticlesOnly = false });
        Assert.NotEmpty(QuoteExtractor.Extract(0, result.Articles[0]));
    }
}
