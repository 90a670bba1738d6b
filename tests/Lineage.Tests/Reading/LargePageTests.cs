using System.Text;
using Lineage.Extraction;
using Lineage.Reading;
using Lineage.Text;

namespace Lineage.Tests.Reading;

/// <summary>
/// A page of 100 MB (allowed with --max-doc-mb) is read in memory a small multiple of its size: its
/// visible text and its article view cost their chars and a few bytes a run of text, never a map
/// per char; its words are counted before they are listed, so the list is not doubled as it grows.
/// Scaled down here to a few million chars, measured in bytes allocated (not in time).
/// </summary>
public class LargePageTests
{
    private static string Page(int words)
    {
        var html = new StringBuilder(words * 5 + 200);
        html.Append("<html><head><title>Big</title></head><body><p>");
        for (var i = 0; i < words; i++)
        {
            html.Append("word ");
            if (i % 100_000 == 99_999) html.Append("</p>\n<p>Tom &amp; Jerry ");
        }
        return html.Append("</p></body></html>").ToString();
    }

    private static long Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void A_page_s_visible_text_costs_its_chars_and_a_few_ints_a_run_of_text()
    {
        var html = Page(800_000);
        TextView view = null!;
        var allocated = Allocated(() => view = HtmlVisibleText.Extract(html));

        // The string itself is two bytes a char; a map per char (two ints) would be eight more.
        Assert.InRange(allocated, 2L * view.Chars.Length, 2L * view.Chars.Length + 64 * 1024);
        Assert.InRange(view.SegmentCount, 1, 100);
        Assert.StartsWith("word word", view.Chars);
        Assert.Contains("Tom & Jerry word", view.Chars);
    }

    [Fact]
    public void The_article_view_of_a_large_page_costs_its_chars_and_a_few_ints_a_run()
    {
        var html = Page(800_000);
        var view = HtmlVisibleText.Extract(html);
        var lines = new List<(int, int)>();
        for (int start = 0, end; start < view.Chars.Length; start = end + 1)
        {
            end = view.Chars.IndexOf('\n', start);
            if (end < 0) end = view.Chars.Length;
            lines.Add((start, end));
        }
        TextView article = null!;
        var allocated = Allocated(() => article = view.Restrict(lines));

        Assert.InRange(allocated, 2L * article.Chars.Length, 2L * article.Chars.Length + 64 * 1024);
        Assert.InRange(article.SegmentCount, 1, 200);
        // Every word of the article still points at the same word in the page.
        var tokens = Tokenizer.Tokenize(article);
        Assert.Equal(800_000 + 2 * 8, tokens.Count);
        for (var i = 0; i < tokens.Count; i += 997)
        {
            var span = tokens.SpanOf(i);
            Assert.Equal(tokens.FoldedOf(i).ToString(), html.Substring(span.Start, span.Length).ToLowerInvariant());
        }
    }

    [Fact]
    public void The_words_of_a_long_text_are_listed_in_arrays_sized_once()
    {
        var text = new StringBuilder(6_000_000).Insert(0, "Word two ", 500_000).ToString();
        var tokens = new TokenList(16);
        var allocated = Allocated(() => Tokenizer.Tokenize(TextView.Identity(text), tokens));

        Assert.Equal(1_000_000, tokens.Count);
        // Twenty-one bytes a word (start, end, hash, shape, folded start) and two a folded char: a
        // list doubling from 16 words allocates about twice that on the way.
        var exact = 21L * tokens.Count + 2L * 3_500_000;
        Assert.InRange(allocated, exact, exact + exact / 5);
        Assert.Equal("two", tokens.FoldedOf(999_999).ToString());
        Assert.Equal(new TextSpan(text.Length - 4, 3), tokens.SpanOf(999_999));
    }

    [Fact]
    public void A_page_longer_than_the_parser_limit_is_read_whole_with_a_warning()
    {
        var words = HtmlShape.MaxLength / 5 + 1000;
        var html = "<html><body><nav><a href=/>Home</a></nav><p>" + new StringBuilder(words * 5).Insert(0, "word ", words) + "</p></body></html>";
        using var folder = new TempFolder();
        folder.Write("big.html", html);
        var problems = new List<ReadProblem>();
        var documents = new List<Document>();
        var options = new ReadOptions { MaxDocumentBytes = 64L << 20 };
        foreach (var file in InputWalker.Walk([folder.Path], problems)) DocumentReader.Read(file, options, documents, problems);

        var warning = Assert.Single(problems);
        Assert.False(warning.Skipped);
        Assert.Contains($"an HTML page of {html.Length:N0} chars, past the limit of {HtmlShape.MaxLength:N0}", warning.Message);
        Assert.Contains("all its visible text is read as the article", warning.Message);
        var document = Assert.Single(documents);
        var article = ArticleExtractor.Extract(document);
        // The menu a parsed page would set apart is article text here: nothing is left out, and
        // the article is the page's visible text itself, not a second copy of its chars.
        Assert.StartsWith("Home", article.Content.Chars);
        Assert.EndsWith("word word", article.Content.Chars.TrimEnd());
        Assert.Same(document.View, article.Content);
        Assert.Empty(article.Boilerplate);
    }

    [Fact]
    public void A_page_within_the_parser_limit_is_parsed_for_its_article()
    {
        Assert.False(HtmlShape.Measure(new string('x', HtmlShape.MaxLength)).IsPastLimit(out _));
        Assert.True(HtmlShape.Measure(new string('x', HtmlShape.MaxLength + 1)).IsPastLimit(out _));
    }
}
