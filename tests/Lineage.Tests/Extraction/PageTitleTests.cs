using Lineage.Extraction;

namespace Lineage.Tests.Extraction;

public class PageTitleTests
{
    [Theory]
    [InlineData("Bridge to close for repairs – Riverside Gazette", "Bridge to close for repairs")]
    [InlineData("Bridge to close for repairs | News | Riverside Gazette", "Bridge to close for repairs | News")]
    [InlineData("Gazette - Bridge to close for repairs", "Bridge to close for repairs")]
    public void A_title_element_loses_the_site_part(string title, string expected)
    {
        Assert.Equal(expected, PageTitle.FromTitleElement(title));
    }

    [Theory]
    [InlineData("Bridge to close for repairs")]
    [InlineData("Bridge closes | Riverside Gazette")]
    [InlineData("Anti-corruption drive - a review")]
    public void A_title_element_stays_whole_without_a_separator_or_when_the_cut_leaves_four_words_or_fewer(string title)
    {
        Assert.Equal(title, PageTitle.FromTitleElement(title));
    }

    [Fact]
    public void Is_read_from_the_title_element_only_when_no_tag_declares_one()
    {
        var html = "<html><head><title>Bridge to close for repairs | Riverside Gazette</title>{0}</head><body><p>" + HtmlPages.Paragraph1 + "</p></body></html>";
        Assert.Equal("Bridge to close for repairs", HtmlArticleExtractor.Extract(string.Format(html, "")).Metadata.Title);
        Assert.Equal("Bridge to close for repairs | Gazette", HtmlArticleExtractor.Extract(string.Format(html, "<meta property=\"og:title\" content=\"Bridge to close for repairs | Gazette\">")).Metadata.Title);
    }
}
