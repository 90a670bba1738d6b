using Lineage.Extraction;

namespace Lineage.Tests.Extraction;

public class HtmlMetadataReaderTests
{
    private static PageMetadata Read(string head) =>
        HtmlArticleExtractor.Extract($"<html><head>{head}</head><body><p>{HtmlPages.Paragraph1}</p></body></html>").Metadata;

    [Fact]
    public void Reads_a_json_ld_news_article()
    {
        var metadata = Read("""
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bridge to close",
             "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
             "datePublished": "2024-03-05T09:30:00+01:00", "publisher": {"@type": "Organization", "name": "Riverside Gazette"},
             "url": "https://gazette.example/news/bridge"}
            </script>
            <meta property="og:title" content="Other title">
            """);
        Assert.Equal("Bridge to close", metadata.Title);
        Assert.Equal(["Jane Doe", "John Roe"], metadata.Authors);
        Assert.Equal("2024-03-05T09:30:00+01:00", metadata.Published);
        Assert.Equal("Riverside Gazette", metadata.SiteName);
        Assert.Equal("https://gazette.example/news/bridge", metadata.Url);
    }

    [Fact]
    public void Finds_the_article_inside_a_graph_and_skips_broken_scripts()
    {
        var metadata = Read("""
            <script type="application/ld+json">{ "@type": "NewsArticle", "headline": </script>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "The Site"},
              {"@type": ["ReportageNewsArticle"], "headline": "Flood warning", "author": "Ann Lee", "datePublished": "2023-11-02"}]}
            </script>
            """);
        Assert.Equal("Flood warning", metadata.Title);
        Assert.Equal(["Ann Lee"], metadata.Authors);
        Assert.Equal("2023-11-02", metadata.Published);
    }

    [Fact]
    public void Falls_back_to_meta_tags_and_the_title()
    {
        var metadata = Read("""
            <title> Plain   title </title>
            <meta name="author" content="Jane Doe">
            <meta property="article:author" content="https://gazette.example/jane">
            <meta name="date" content="2024-01-01">
            <meta property="og:url" content="https://gazette.example/a">
            """);
        Assert.Equal("Plain title", metadata.Title);
        Assert.Equal(["Jane Doe"], metadata.Authors);
        Assert.Equal("2024-01-01", metadata.Published);
        Assert.Equal("https://gazette.example/a", metadata.Url);
        Assert.Null(metadata.SiteName);
        Assert.Null(metadata.Language);
    }

    [Fact]
    public void Reads_json_ld_wrapped_in_cdata_and_the_parsely_date()
    {
        var metadata = Read("""
            <script type="application/ld+json">
            <![CDATA[
            {"@context": "https://schema.org", "@type": "Article", "name": "Bridge to close", "datePublished": "2001-10-29T01:59:14Z"}
            ]]>
            </script>
            """);
        Assert.Equal("Bridge to close", metadata.Title);
        Assert.Equal("2001-10-29T01:59:14Z", metadata.Published);
        Assert.Equal("2024-04-20T04:20:00.000Z", Read("""<meta name="parsely-pub-date" content="2024-04-20T04:20:00.000Z">""").Published);
    }

    public class The_byline_in_the_page
    {
        private static PageMetadata Read(string head, string body) =>
            HtmlArticleExtractor.Extract($"<html><head>{head}</head><body>{body}<p>{HtmlPages.Paragraph1}</p></body></html>").Metadata;

        [Theory]
        [InlineData("<p class=\"byline\">By Jane Doe</p>")]
        [InlineData("<div>Par <a rel=\"author\" href=\"/jane\">Jane Doe</a></div>")]
        [InlineData("<span itemprop=\"author\" itemscope><span itemprop=\"name\">Jane Doe</span></span>")]
        [InlineData("<div id=\"article-author\">Von Jane Doe</div>")]
        public void Names_the_author_when_no_tag_does(string byline)
        {
            Assert.Equal(["Jane Doe"], Read("", byline).Authors);
        }

        [Fact]
        public void Gives_way_to_the_meta_tags()
        {
            Assert.Equal(["Ann Lee"], Read("<meta name=\"parsely-author\" content=\"Ann Lee\">", "<p class=\"byline\">By Jane Doe</p>").Authors);
        }

        [Fact]
        public void Is_not_a_long_text_or_a_bare_label()
        {
            Assert.Empty(Read("", "<div class=\"author\">Author</div><div class=\"author-note\">" + HtmlPages.Paragraph2 + "</div>").Authors);
        }
    }
}
