using Lineage.Extraction;
using static Lineage.Tests.Extraction.HtmlArticleExtractorTests;

namespace Lineage.Tests.Extraction;

public class HtmlRepeatedTextTests
{
    private static readonly string Paragraphs = "<p>" + HtmlPages.Paragraph1 + "</p><p>" + HtmlPages.Paragraph2 + "</p><p>" + HtmlPages.Paragraph3 + "</p>";

    [Fact]
    public void A_second_copy_of_the_article_in_another_element_is_read_once()
    {
        var html = "<html><body><div class=\"article story print-version\">" + Paragraphs + "</div><div class=\"article story\">" + Paragraphs + "</div></body></html>";
        var texts = BlockTexts(html, HtmlArticleExtractor.Extract(html));
        Assert.Equal([HtmlPages.Paragraph1, HtmlPages.Paragraph2, HtmlPages.Paragraph3], texts);
    }

    [Fact]
    public void Paragraphs_repeated_in_one_element_or_one_at_a_time_stay()
    {
        var html = "<html><body><div class=\"story\">" + Paragraphs + "<p>" + HtmlPages.Paragraph1 + "</p></div><div class=\"story\"><p>" + HtmlPages.Paragraph2
            + "</p><p>The repairs will cost the town some four million pounds, most of it paid by the regional government in the spring.</p></div></body></html>";
        var texts = BlockTexts(html, HtmlArticleExtractor.Extract(html));
        Assert.Equal(6, texts.Count);
    }
}
