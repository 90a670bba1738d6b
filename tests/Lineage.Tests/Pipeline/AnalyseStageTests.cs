using Lineage.Pipeline;
using Lineage.Reading;
using Lineage.Scanning;
using static Lineage.Tests.SitePages;

namespace Lineage.Tests.Pipeline;

public class AnalyseStageTests
{
    private const string Template =
        "Our editor says \"every contribution keeps our newsroom free of advertising and open to all readers\" so support the Daily Example by becoming a member today.";

    /// <summary>Two pages of one site carrying its template, and a page of another site quoting the editor's line.</summary>
    private static ScanResult Scan(ScanOptions options) => Scanner.Scan(
        [Page("a", Article(1) + "\n\n" + Template + "\n\n" + Article(2), "example.com"),
         Page("b", Article(3) + "\n\n" + Template + "\n\n" + Article(4), "example.com"),
         Page("c", Article(5) + " The critic wrote \"a newsroom free of advertising is a newsroom open to all readers\" in reply.", "other.org")],
        options);

    [Fact]
    public void Finds_no_quote_inside_the_furniture_the_pipeline_learned()
    {
        var options = new ScanOptions();
        var analysis = AnalyseStage.Analyse(Scan(options), options);
        var quoted = analysis.Quotes.SelectMany(c => c.Occurrences).ToList();
        Assert.Contains(quoted, q => q.Document == 2);
        Assert.DoesNotContain(quoted, q => q.Document < 2);
    }

    [Fact]
    public void Gives_the_same_analysis_on_one_thread_as_on_every_core()
    {
        var one = new ScanOptions { Parallelism = 1 };
        var all = new ScanOptions();
        var onOne = AnalyseStage.Analyse(Scan(one), one);
        var onAll = AnalyseStage.Analyse(Scan(all), all);
        Assert.Equal(onAll.Stories.Select(s => s.Documents.ToArray()), onOne.Stories.Select(s => s.Documents.ToArray()));
        Assert.Equal(onAll.Quotes.SelectMany(c => c.Occurrences).Select(q => (q.Document, q.Span)), onOne.Quotes.SelectMany(c => c.Occurrences).Select(q => (q.Document, q.Span)));
    }
}
