using System.Text;
using Lineage.Extraction;
using Lineage.Reading;

namespace Lineage.Tests.Reading;

/// <summary>Pages shaped to stall a DOM parser are read in one pass, all their text kept, with a warning.</summary>
public class HtmlShapeTests
{
    private const string Words = "The regional council confirmed on Tuesday that the bridge over the river would remain closed for repairs.";

    private static string Repeat(string part, int times) => new StringBuilder(part.Length * times).Insert(0, part, times).ToString();

    private static (Document Document, List<ReadProblem> Problems) Read(string html)
    {
        using var folder = new TempFolder();
        folder.Write("page.html", html);
        var problems = new List<ReadProblem>();
        var documents = new List<Document>();
        foreach (var file in InputWalker.Walk([folder.Path], problems)) DocumentReader.Read(file, new ReadOptions(), documents, problems);
        return (Assert.Single(documents), problems);
    }

    public static TheoryData<string, string> Pathological => new()
    {
        { "<html><body>" + Repeat("<div>", 100_000) + "<p>" + Words + "</p></body></html>", "nested 100,000 deep" },
        { "<html><body>" + Repeat("<b>", 100_000) + Words + "</body></html>", "nested 100,000 deep" },
        { "<html><body><h1>Title<svg" + Repeat(" a=1", 100_000) + "></svg></h1><p>" + Words + "</p></body></html>", "100,000 attributes" },
        { "<html><body>" + Repeat("<div>", 1_999) + Repeat("<span>x</span>", 30_000) + "<p>" + Words + "</p></body></html>", "tens of thousands of tags" },
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public void Reads_all_the_text_of_a_page_past_a_limit_and_says_which(string html, string said)
    {
        var (document, problems) = Read(html);
        var warning = Assert.Single(problems);
        Assert.False(warning.Skipped);
        Assert.Contains(said, warning.Message);
        Assert.Contains("all its visible text is read as the article", warning.Message);
        var article = ArticleExtractor.Extract(document);
        Assert.Contains("bridge over the river", article.Content.Chars);
    }

    [Fact]
    public void Counts_neither_void_elements_nor_unclosed_paragraphs_as_depth()
    {
        var page = "<html><head><meta charset=utf-8><title>T</title><script>if (a < b) { x = '<div>'; }</script></head><body>"
                   + Repeat("<p>one<br>two<img src=x><li>three", 10_000) + "<div><span>x</span></div></body></html>";
        var shape = HtmlShape.Measure(page);
        Assert.Equal(2, shape.Depth);
        Assert.False(shape.IsPastLimit(out _));
        Assert.Equal(2, HtmlShape.Measure("<img src=\"a b c\" alt='x y'>").Attributes);
    }

    [Fact]
    public void Measures_the_test_pages_well_within_the_limits()
    {
        foreach (var page in new[] { Lineage.Tests.Extraction.HtmlPages.NewsPage, Lineage.Tests.Extraction.HtmlPages.ArticleInShareWrapper, Lineage.Tests.Extraction.HtmlPages.ShortPostWithLongComments })
        {
            var shape = HtmlShape.Measure(page);
            Assert.InRange(shape.Depth, 2, 50);
            Assert.InRange(shape.Attributes, 1, 20);
        }
    }

    [Fact]
    public void Finds_the_article_of_a_page_of_many_headings_and_paragraphs()
    {
        var html = "<html><body><article>" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<h2>Heading {i}</h2><p>{Words} It was paragraph number {i}.</p>")) + "</article></body></html>";
        var (document, problems) = Read(html);
        Assert.Empty(problems);
        var article = ArticleExtractor.Extract(document);
        Assert.Contains("It was paragraph number 19999.", article.Content.Chars);
    }
}

public class HtmlVisibleTextTests
{
    [Fact]
    public void Shows_the_text_after_an_svg_left_open_in_a_heading()
    {
        const string html = "<html><body><h1>Title <svg onload=x></h1><article><p>The regional council confirmed on Tuesday that the bridge over the river would remain closed for repairs.</p>"
                            + "<p>Second paragraph with more words about the story of the day.</p></article></body></html>";
        var view = HtmlVisibleText.Extract(html);
        Assert.Contains("bridge over the river", view.Chars);
        Assert.Contains("story of the day.", view.Chars);
        Assert.Equal(29, Lineage.Text.Tokenizer.Tokenize(view).Count);
        // A closed svg is still left out, text and all.
        Assert.Equal("before after", HtmlVisibleText.Extract("before <svg><text>label</text></svg>after").Chars.Trim());
    }

    [Fact]
    public void Shows_the_text_of_a_page_that_never_closes_its_head()
    {
        const string html = "<html><head><title>Page title</title><meta charset=utf-8><style>p { color: red }</style><p>Body words without a body tag.";
        Assert.Equal("Body words without a body tag.", HtmlVisibleText.Extract(html).Chars.Trim());
    }
}
