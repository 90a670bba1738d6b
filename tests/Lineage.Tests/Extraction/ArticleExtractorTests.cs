using Lineage.Extraction;
using Lineage.Pipeline;
using Lineage.Reading;
using Lineage.Scanning;
using Lineage.Text;

namespace Lineage.Tests.Extraction;

public class ArticleExtractorTests
{
    private static string Page(string headline, string body) => $$$"""
        <!doctype html>
        <html lang="en-GB"><head><title>{{{headline}}} | Example News</title>
        <meta property="og:site_name" content="Example News">
        <link rel="canonical" href="https://www.example.com/news/{{{headline.Length}}}">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"{{{headline}}}","datePublished":"2016-09-19T08:00:00Z","author":{"@type":"Person","name":"Jane Roe"}}</script>
        </head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav>
        <article><h1>{{{headline}}}</h1>{{{body}}}</article>
        <footer><p>Support independent journalism at Example News by becoming a member today, because every contribution keeps our newsroom free of advertising and open to all readers.</p>
        <p>Copyright © Example News 2016. All rights reserved.</p></footer>
        </body></html>
        """;

    private static readonly string[] StrikeWords = ["the", "army", "said", "that", "strikes", "were", "near", "city", "and", "officials", "reported"];

    private static string Paragraphs(int seed, string[]? vocabulary = null)
    {
        var words = vocabulary ?? StrikeWords;
        var random = new Random(seed);
        var paragraphs = new List<string>();
        for (var p = 0; p < 4; p++)
        {
            var sentence = Enumerable.Range(0, 60).Select(_ => words[random.Next(words.Length)] + (random.Next(4) == 0 ? "" : "x" + random.Next(100000)));
            paragraphs.Add("<p>" + string.Join(' ', sentence) + ".</p>");
        }
        return string.Concat(paragraphs);
    }

    private static Document Html(string id, string html) => DocumentReader.Create(id + ".html", id, html, DocumentFormat.Html)!;

    [Fact]
    public void Keeps_a_page_article_and_sets_its_furniture_apart_with_the_declared_metadata()
    {
        var html = Page("Strikes near the city", Paragraphs(1));
        var article = ArticleExtractor.Extract(Html("a", html));
        Assert.StartsWith("Strikes near the city", article.ArticleText);
        Assert.DoesNotContain("Politics", article.ArticleText);
        Assert.DoesNotContain("Copyright", article.ArticleText);
        var footer = html.IndexOf("Copyright ©", StringComparison.Ordinal);
        Assert.True(SpanSet.Covers(article.Boilerplate, new TextSpan(footer, 11)));
        Assert.Equal("Strikes near the city", article.Metadata.Title);
        Assert.Equal("Example News", article.Metadata.Site);
        Assert.Equal("2016-09-19", article.Metadata.Published);
        Assert.Equal(["Jane Roe"], article.Metadata.Authors);
        Assert.Equal("https://www.example.com/news/21", article.Metadata.Url);
        // Every article char maps back into the page at an article position.
        var tokens = Tokenizer.Tokenize(article.Content);
        for (var i = 0; i < tokens.Count; i++)
            Assert.Equal(tokens.FoldedOf(i).ToString(), Tokenizer.Tokenize(html.Substring(tokens.SpanOf(i).Start, tokens.SpanOf(i).Length)).FoldedOf(0).ToString());
    }

    [Fact]
    public void Reports_no_reuse_between_two_pages_of_one_site_that_share_only_their_template()
    {
        // Two articles of their own words: drawn from one list of eleven, two pages are the same words reordered, which reads as a rewrite.
        string[] talks = ["the", "court", "ruled", "that", "taxes", "were", "high", "in", "and", "farmers", "protested"];
        var result = Scanner.Scan([Html("a", Page("Strikes near the city", Paragraphs(1))), Html("b", Page("Talks in the capital", Paragraphs(2, talks)))], new ScanOptions());
        Assert.Empty(result.Pairs);
    }

    [Fact]
    public void Finds_an_article_copied_into_another_site_page()
    {
        var body = Paragraphs(3);
        var other = Page("Copied story", body).Replace("Example News", "Other Daily", StringComparison.Ordinal);
        var result = Scanner.Scan([Html("a", Page("Original story", body)), Html("b", other)], new ScanOptions());
        var pair = Assert.Single(result.Pairs);
        Assert.True(pair.Alignment.CoverageA > 0.8);
    }

    [Fact]
    public void Yields_no_article_for_a_page_without_one()
    {
        const string menu = "<html><body><nav><ul><li><a href='/a'>Home</a></li><li><a href='/b'>News</a></li><li><a href='/c'>Contact us</a></li></ul></nav></body></html>";
        var article = ArticleExtractor.Extract(Html("menu", menu));
        Assert.Equal("", article.ArticleText.Trim());
        Assert.NotEmpty(article.Boilerplate);
    }
}
