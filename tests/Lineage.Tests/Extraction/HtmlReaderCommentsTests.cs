using Lineage.Extraction;
using static Lineage.Tests.Extraction.HtmlArticleExtractorTests;

namespace Lineage.Tests.Extraction;

public class HtmlReaderCommentsTests
{
    private const string Comment1 = "I have been saying for years that this bridge was not safe and that the council should have done something about it long ago.";
    private const string Comment2 = "Good news, but six months is a very long time for the people who have to drive to work across the river every day.";

    [Fact]
    public void Comments_named_as_such_are_left_out_even_when_their_class_also_names_content()
    {
        var html = "<html><body><div class=\"blog\"><div class=\"blogbody\"><p>" + HtmlPages.Paragraph1 + "</p><p>" + HtmlPages.Paragraph2 + "</p><p>" + HtmlPages.Paragraph3
            + "</p></div><div class=\"comments-body\"><p>" + Comment1 + "</p></div><div class=\"comments-body\"><p>" + Comment2 + "</p></div></div></body></html>";
        var texts = BlockTexts(html, HtmlArticleExtractor.Extract(html));
        Assert.Equal([HtmlPages.Paragraph1, HtmlPages.Paragraph2, HtmlPages.Paragraph3], texts);
    }

    [Fact]
    public void A_page_that_is_all_comments_keeps_them()
    {
        var html = "<html><body><div class=\"comment-content\"><p>" + Comment1 + " " + HtmlPages.Paragraph1 + "</p><p>" + Comment2 + " " + HtmlPages.Paragraph2 + "</p></div></body></html>";
        var all = string.Join("\n", BlockTexts(html, HtmlArticleExtractor.Extract(html)));
        Assert.Contains(Comment1, all);
    }
}
