using Lineage.Pipeline;
using Lineage.Reading;
using Lineage.Scanning;
using static Lineage.Tests.SitePages;

namespace Lineage.Tests.Furniture;

public class TemplateLearnerTests
{
    private static readonly string Template =
        "Support independent journalism at the Daily Example by becoming a member today, because every contribution keeps our newsroom free of advertising and open to all readers";

    [Fact]
    public void Learns_text_two_pages_of_one_site_share_while_their_articles_differ_as_template()
    {
        var first = Page("a", Article(1) + "\n\n" + Template + "\n\n" + Article(2), "example.com");
        var second = Page("b", Article(3) + "\n\n" + Template + "\n\n" + Article(4), "example.com");
        var result = Scanner.Scan([first, second], new ScanOptions());
        Assert.Empty(result.Pairs);
        foreach (var article in result.Articles)
        {
            var at = article.Document.Text.IndexOf(Template, StringComparison.Ordinal);
            Assert.True(Lineage.Text.SpanSet.Covers(article.Boilerplate, new Lineage.Text.TextSpan(at + 10, Template.Length - 20)));
        }
    }

    [Fact]
    public void Keeps_two_whole_copies_of_an_article_on_one_site_as_reuse()
    {
        var body = Article(5) + "\n\n" + Template;
        var result = Scanner.Scan([Page("a", body, "example.com"), Page("b", "Updated: " + body, "example.com")], new ScanOptions());
        var pair = Assert.Single(result.Pairs);
        Assert.True(pair.Alignment.CoverageA > 0.9);
    }

    [Fact]
    public void Keeps_text_shared_across_different_sites_as_reuse()
    {
        var first = Page("a", Article(1) + "\n\n" + Template + "\n\n" + Article(2), "example.com");
        var second = Page("b", Article(3) + "\n\n" + Template + "\n\n" + Article(4), "other.org");
        var result = Scanner.Scan([first, second], new ScanOptions());
        Assert.Single(result.Pairs);
    }

    [Fact]
    public void Keeps_a_quotation_two_pages_of_one_site_carry_when_a_page_of_another_site_has_it_too()
    {
        // A story on one site; another site reprints it whole and, in an article of its own,
        // quotes one of its paragraphs. The paragraph the second site's two pages share is the
        // quotation, not that site's furniture: the excerpt stays reuse of the story.
        var quoted = Article(7);
        var story = Page("story", Article(6) + "\n\n" + quoted + "\n\n" + Article(8), "first.org");
        var reprint = Page("reprint", story.Text, "second.org");
        var excerpt = Page("excerpt", Article(9) + "\n\n" + quoted + "\n\n" + Article(10), "second.org");
        var result = Scanner.Scan([story, reprint, excerpt], new ScanOptions());
        Assert.Equal(3, result.Pairs.Count);
        var storyAndExcerpt = Assert.Single(result.Pairs, p => p.A == 0 && p.B == 2);
        var passage = Assert.Single(storyAndExcerpt.Alignment.Passages);
        Assert.InRange(passage.AlignedWords, 140, 160);
        Assert.DoesNotContain(result.Articles[2].Boilerplate, b => b.Length > 100);
    }

    [Fact]
    public void Compares_every_word_when_asked_to()
    {
        var first = Page("a", Article(1) + "\n\n" + Template + "\n\n" + Article(2), "example.com");
        var second = Page("b", Article(3) + "\n\n" + Template + "\n\n" + Article(4), "example.com");
        var result = Scanner.Scan([first, second], new ScanOptions { ArticlesOnly = false });
        Assert.Single(result.Pairs);
    }
}
