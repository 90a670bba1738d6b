using Lineage.Extraction;
using Lineage.Reading;
using Lineage.Text;

namespace Lineage.Tests.Extraction;

public class SiteTemplatesTests
{
    private const string Footer = "Sign up for the Daily Example briefing and get the news that matters in your inbox every morning";

    private static ExtractedDocument Page(int seed, string site)
    {
        var random = new Random(seed);
        var body = string.Join(' ', Enumerable.Range(0, 80).Select(_ => "w" + random.Next(1_000_000))) + ".";
        var document = DocumentReader.Create($"{seed}.txt", $"{seed}", body + "\n\n" + Footer + "\n", DocumentFormat.Text)!;
        return ArticleExtractor.Extract(document) with { Metadata = ArticleMetadata.None with { Site = site } };
    }

    [Fact]
    public void Removes_a_line_repeated_on_many_pages_of_one_site()
    {
        var pages = Enumerable.Range(1, 5).Select(i => Page(i, "example.com")).ToArray();
        var cleaned = SiteTemplates.Remove(pages);
        foreach (var page in cleaned)
        {
            Assert.DoesNotContain("briefing", page.ArticleText);
            var at = page.Document.Text.IndexOf(Footer, StringComparison.Ordinal);
            Assert.True(SpanSet.Covers(page.Boilerplate, new TextSpan(at, Footer.Length)));
            Assert.Contains("w", page.ArticleText);
        }
    }

    [Fact]
    public void Leaves_lines_shared_by_a_few_pages_or_across_sites_to_alignment()
    {
        var fewPages = Enumerable.Range(1, 3).Select(i => Page(i, "example.com")).ToArray();
        Assert.All(SiteTemplates.Remove(fewPages), page => Assert.Contains("briefing", page.ArticleText));
        var manySites = Enumerable.Range(1, 6).Select(i => Page(i, $"site{i}.com")).ToArray();
        Assert.All(SiteTemplates.Remove(manySites), page => Assert.Contains("briefing", page.ArticleText));
    }
}
