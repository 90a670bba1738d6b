using Lineage.Extraction;
using static Lineage.Tests.Extraction.HtmlArticleExtractorTests;

namespace Lineage.Tests.Extraction;

public class HtmlTeaserListTests
{
    /// <summary>A teaser as section fronts build them: a headline link, a one-sentence summary, a "see also" link.</summary>
    private static string Teaser(string headline, string summary, string seeAlso) =>
        $"<div class=\"story-item\"><h2><a href=\"/news/{headline.Length}\">{headline}</a></h2><p>{summary}</p>"
        + $"<ul class=\"see-also\"><li><a href=\"/news/x{headline.Length}\">{seeAlso}</a></li></ul></div>";

    private static readonly string Teasers =
        Teaser("Tributes paid to film critic", "Actors and directors pay tribute to the film critic, who has died aged seventy after a long illness.", "Film critic dies at seventy")
        + Teaser("Singer cancels two concerts", "The singer cancels two concerts in protest over what he called the crackdown on groups that campaign for rights.", "Groups decry raids")
        + Teaser("Queen honoured with film award", "The Queen receives an honorary award for her support for British film at a glittering ceremony at the castle.", "In pictures: the award");

    [Fact]
    public void A_section_front_of_teasers_has_no_article()
    {
        var html = "<html><head><title>Entertainment</title></head><body><h1>Entertainment &amp; Arts</h1><div class=\"top-stories\">" + Teasers + "</div></body></html>";
        Assert.Empty(HtmlArticleExtractor.Extract(html).ArticleBlocks);
    }

    [Fact]
    public void Teasers_inside_the_article_element_are_left_out()
    {
        var html = "<html><body><div class=\"content\"><h1>Bridge to close for repairs</h1><p>" + HtmlPages.Paragraph1 + "</p><p>" + HtmlPages.Paragraph2
            + "</p><p>" + HtmlPages.Paragraph3 + "</p><div class=\"more\">" + Teasers + "</div></div></body></html>";
        var texts = BlockTexts(html, HtmlArticleExtractor.Extract(html));
        Assert.Equal(["Bridge to close for repairs", HtmlPages.Paragraph1, HtmlPages.Paragraph2, HtmlPages.Paragraph3], texts);
    }

    [Fact]
    public void Running_text_under_linked_headings_stays()
    {
        var html = "<html><body><div class=\"content\"><p>" + HtmlPages.Paragraph1 + "</p><h3><a href=\"/games/1\">The first game</a></h3><p>" + HtmlPages.Paragraph2
            + "</p><h3><a href=\"/games/2\">The second game</a></h3><p>" + HtmlPages.Paragraph3 + "</p></div></body></html>";
        var texts = BlockTexts(html, HtmlArticleExtractor.Extract(html));
        Assert.Equal([HtmlPages.Paragraph1, "The first game", HtmlPages.Paragraph2, "The second game", HtmlPages.Paragraph3], texts);
    }
}
