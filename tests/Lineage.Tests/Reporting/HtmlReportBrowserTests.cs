using Lineage.Analysis;
using Lineage.Pipeline;
using Lineage.Reporting;
using Lineage.Scanning;
using Microsoft.Playwright;

namespace Lineage.Tests.Reporting;

/// <summary>The HTML report on the samples, opened in headless chromium.</summary>
[Trait("Category", "Browser")]
public sealed class HtmlReportBrowserTests : IClassFixture<ReportBrowser>, IDisposable
{
    private readonly ReportBrowser browser;
    private readonly TempFolder folder = new();
    private readonly List<string> errors = [];

    public HtmlReportBrowserTests(ReportBrowser browser) => this.browser = browser;

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_report_opens_on_the_story_of_all_five_samples()
    {
        var page = await browser.OpenAsync(WriteReport(SampleCorpus.Scan), "", errors);

        var stories = page.Locator("ol.stories > li.story-row");
        Assert.Equal(1, await stories.CountAsync());
        var story = await stories.InnerTextAsync();
        Assert.Contains("5 documents, 2016-09-18 – 2016-09-21", story);
        foreach (var document in SampleCorpus.Scan.Documents) Assert.Contains(document.Id, story);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_story_shows_its_provenance_graph_with_the_external_origin()
    {
        var page = await browser.OpenAsync(WriteReport(SampleCorpus.Scan), "", errors);
        await page.Locator("a.story-title").First.ClickAsync();

        var graph = page.Locator("svg.graph");
        await graph.WaitForAsync();
        var graphText = await graph.TextContentAsync() ?? "";
        Assert.Contains("South Front", graphText);
        Assert.Contains(SampleCorpus.Scan.Documents.Single(d => d.Id.StartsWith("000_", StringComparison.Ordinal)).Id, graphText);
        Assert.Contains("South Front", await page.Locator("#view").InnerTextAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_000_001_side_by_side_view_marks_the_typo_on_each_side()
    {
        var scan = SampleCorpus.Scan;
        var pair = PairIndex(scan, "000_", "001_");
        var page = await browser.OpenAsync(WriteReport(scan), $"#pair/{pair}", errors);

        var rows = page.Locator("table.side-by-side");
        await rows.First.WaitForAsync();
        // 000 has "belonged" where its PDF copy 001 has "beloged".
        var original = scan.Documents[scan.Pairs[pair].A].Id.StartsWith("000_", StringComparison.Ordinal) ? "a" : "b";
        var copy = original == "a" ? "b" : "a";
        var inA = page.Locator($"td.side-{original} mark.edit[data-kind='typo']", new() { HasTextString = "belonged" });
        var inB = page.Locator($"td.side-{copy} mark.edit[data-kind='typo']", new() { HasTextString = "beloged" });
        Assert.Equal(1, await inA.CountAsync());
        Assert.Equal(1, await inB.CountAsync());

        // Hovering one side's difference lights up its counterpart on the other side.
        await inA.HoverAsync();
        Assert.Contains("active", await inB.GetAttributeAsync("class") ?? "");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_rewrite_is_shown_sentence_by_sentence_with_its_changed_words_and_its_derivation()
    {
        static Lineage.Reading.Document Text(string id, string text) => Lineage.Reading.DocumentReader.Create(id + ".txt", id, text, Lineage.Reading.DocumentFormat.Text)!;
        var scan = Scanner.Scan([Text("agency", Alignment.RewriteFinderTests.Agency), Text("paper", Alignment.RewriteFinderTests.Rewrite)], new ScanOptions());
        var page = await browser.OpenAsync(WriteReport(scan), "#pair/0", errors);

        var table = page.Locator("table.side-by-side");
        await table.First.WaitForAsync();
        Assert.Equal(5, await page.Locator("table.side-by-side tbody tr").CountAsync());
        Assert.Equal(1, await page.Locator("td.side-a mark.edit[data-kind='only in A']", new() { HasTextString = "9" }).CountAsync());
        Assert.Equal(1, await page.Locator("td.side-b mark.edit[data-kind='only in B']", new() { HasTextString = "nine" }).CountAsync());
        var view = await page.Locator("#view").InnerTextAsync();
        Assert.Contains("Derivation: rewrite 100 % (B derived)", view);
        Assert.Contains("rewritten, ", view);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_copies_view_shows_each_group_with_the_document_kept_and_links_to_its_members()
    {
        var scan = SampleCorpus.Scan;
        var analysis = CorpusAnalyzer.Analyze(scan);
        var group = analysis.Duplicates.Groups.Single(g => g.Documents.Count > 1);
        var page = await browser.OpenAsync(WriteReport(scan), "#duplicates", errors);

        var rows = page.Locator("tr.duplicate-row");
        await rows.First.WaitForAsync();
        Assert.Equal(1, await rows.CountAsync());
        Assert.Equal(scan.Documents[group.Representative].Id, await rows.Locator("td.kept").InnerTextAsync());
        foreach (var member in group.Documents.Where(d => d != group.Representative))
            Assert.Contains(scan.Documents[member].Id, await rows.Locator("td.copies").InnerTextAsync());

        // A member's own view names its group and the document kept.
        var copy = group.Documents.First(d => d != group.Representative);
        await rows.Locator("td.copies a.doc-link").First.ClickAsync();
        var copies = page.Locator("dd.copies");
        await copies.WaitForAsync();
        Assert.Equal($"#doc/{copy}", new Uri(page.Url).Fragment);
        Assert.Contains($"group #{group.Id}", await copies.InnerTextAsync());
        Assert.Contains(scan.Documents[group.Representative].Id, await copies.InnerTextAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Every_view_of_the_samples_opens_without_a_script_error()
    {
        var report = WriteReport(SampleCorpus.Scan);
        foreach (var fragment in new[] { "", "#story/1", "#docs", "#doc/0", "#doc/1", "#pairs", "#pair/0", "#duplicates", "#quotes", "#facts", "#names" })
        {
            var page = await browser.OpenAsync(report, fragment, errors);
            await page.Locator("#view > *").First.WaitForAsync();
            Assert.DoesNotContain("This view failed", await page.Locator("#view").InnerTextAsync());
            await page.CloseAsync();
        }
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Markup_in_a_document_is_shown_as_text_and_never_runs()
    {
        const string shared =
            "The convoy crossed the river at dawn while observers counted forty trucks. Villagers watched from the old bridge "
            + "as soldiers waved the drivers through a checkpoint that had been closed for nine days. A spokesman for the regional "
            + "council said the delivery carried flour, medicine and fuel for the hospital, and that a second convoy would follow "
            + "on Thursday if the road stayed open. Aid workers described long queues outside the bakery by noon.";
        const string Script = "<script>window.__lineagePwned = 1;</script>";
        const string Closing = "</script><img src=x onerror=\"window.__lineagePwned = 2\"><!--";
        folder.Write("corpus/a.txt", $"{Script} Convoy report\n\n{shared}\n\n{Closing}\n");
        folder.Write("corpus/b.txt", $"Convoy copy {Closing}\n\n{shared}\n\n{Script}\n");
        folder.Write("corpus/c.html",
            "<html><head><title>&lt;script&gt;window.__lineagePwned = 3;&lt;/script&gt;</title></head><body><article><p>"
            + shared + " &lt;img src=x onerror=\"window.__lineagePwned = 4\"&gt;</p></article></body></html>");
        var scan = Scanner.Scan([Path.Combine(folder.Path, "corpus")], new ScanOptions());
        Assert.NotEmpty(scan.Pairs);
        var report = WriteReport(scan);

        foreach (var fragment in new[] { "", "#docs", "#pairs", "#pair/0", "#doc/0", "#doc/1", "#doc/2" })
        {
            var page = await browser.OpenAsync(report, fragment, errors);
            await page.Locator("#view > *").First.WaitForAsync();
            Assert.True(await page.EvaluateAsync<bool>("() => window.__lineagePwned === undefined"), $"a script from a document ran in view '{fragment}'");
            Assert.Equal(0, await page.Locator("#view script, #view img").CountAsync());
            if (fragment.StartsWith("#doc/", StringComparison.Ordinal))
            {
                var text = await page.Locator("#view").InnerTextAsync();
                Assert.True(text.Contains(Script, StringComparison.Ordinal) || text.Contains("window.__lineagePwned = 3", StringComparison.Ordinal),
                    $"view '{fragment}' does not show the document's markup as text");
            }
            await page.CloseAsync();
        }
        Assert.Empty(errors);
    }

    private string WriteReport(ScanResult scan)
    {
        var path = Path.Combine(folder.Path, "report.html");
        using (var stream = File.Create(path)) HtmlReport.Write(scan, CorpusAnalyzer.Analyze(scan), stream);
        return path;
    }

    private static int PairIndex(ScanResult scan, string a, string b)
    {
        for (var i = 0; i < scan.Pairs.Count; i++)
        {
            var first = scan.Documents[scan.Pairs[i].A].Id;
            var second = scan.Documents[scan.Pairs[i].B].Id;
            if ((first.StartsWith(a, StringComparison.Ordinal) && second.StartsWith(b, StringComparison.Ordinal))
                || (first.StartsWith(b, StringComparison.Ordinal) && second.StartsWith(a, StringComparison.Ordinal)))
                return i;
        }
        throw new InvalidOperationException($"no pair {a}–{b} in the scan");
    }
}
