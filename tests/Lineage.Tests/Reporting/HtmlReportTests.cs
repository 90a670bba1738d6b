using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Lineage.Analysis;
using Lineage.Pipeline;
using Lineage.Reporting;
using Lineage.Scanning;

namespace Lineage.Tests.Reporting;

/// <summary>The report's file itself, read as a browser's parser reads it (no browser needed).</summary>
public class HtmlReportTests
{
    [Fact]
    public void The_report_is_one_file_that_fetches_nothing()
    {
        var html = Write(SampleCorpus.Scan);
        var page = new HtmlParser().ParseDocument(html);

        Assert.Empty(page.QuerySelectorAll("link, img, iframe, object, embed"));
        foreach (var element in page.All)
            foreach (var attribute in new[] { "src", "href", "action" })
            {
                var value = element.GetAttribute(attribute);
                if (value is not null) Assert.StartsWith("#", value);
            }
        var policy = page.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
        Assert.NotNull(policy);
        Assert.Contains("default-src 'none'", policy);
    }

    [Fact]
    public void Only_the_reports_own_script_may_run_and_the_policy_names_its_hash()
    {
        var page = new HtmlParser().ParseDocument(Write(SampleCorpus.Scan));
        var code = page.QuerySelectorAll("script").Where(s => s.GetAttribute("type") != "application/json").ToList();

        var script = Assert.Single(code);
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script.TextContent)));
        var policy = page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        Assert.Contains($"script-src 'sha256-{hash}'", policy);
    }

    [Fact]
    public void Text_that_would_close_a_script_element_stays_inside_its_data_block()
    {
        using var folder = new TempFolder();
        const string hostile = "Before </script><script>alert(1)</script> <!-- <script> and </SCRIPT > after & \"quoted\" 'single' +";
        var original = folder.Write("docs/a.txt", "Headline\n\n" + hostile + "\n\nНовости на русском и العربية 中文\n");
        var scan = Scanner.Scan([Path.Combine(folder.Path, "docs")], new ScanOptions());
        var html = Write(scan);
        var page = new HtmlParser().ParseDocument(html);

        // The index, the quotes, the names, the passages, one block for the one document, and the code.
        Assert.Equal(6, page.QuerySelectorAll("script").Length);
        var block = page.GetElementById(HtmlReport.DocumentId(0));
        Assert.NotNull(block);
        using var json = JsonDocument.Parse(block.TextContent);
        // The text comes back exactly as read, so every offset in the report indexes it.
        Assert.Equal(File.ReadAllText(original), json.RootElement.GetProperty("text").GetString());
        Assert.DoesNotContain("</script><script>alert", html);
        // Letters of every script are written as they are, not as escapes.
        Assert.Contains("Новости на русском и العربية 中文", html);
    }

    [Fact]
    public void Every_document_passage_and_index_block_parses_as_json()
    {
        var scan = SampleCorpus.Scan;
        var page = new HtmlParser().ParseDocument(Write(scan));

        using var index = JsonDocument.Parse(page.GetElementById(HtmlReport.DataId)!.TextContent);
        Assert.Equal(scan.Documents.Count, index.RootElement.GetProperty("documents").GetArrayLength());
        Assert.Equal(scan.Pairs.Count, index.RootElement.GetProperty("pairs").GetArrayLength());
        var story = index.RootElement.GetProperty("stories")[0];
        Assert.Equal("2016-09-18", story.GetProperty("firstPublished").GetString());
        Assert.Equal("2016-09-21", story.GetProperty("lastPublished").GetString());
        using var passages = JsonDocument.Parse(page.GetElementById(HtmlReport.PassagesId)!.TextContent);
        Assert.Equal(scan.Pairs.Count, passages.RootElement.GetArrayLength());
        for (var i = 0; i < scan.Pairs.Count; i++)
            Assert.Equal(scan.Pairs[i].Alignment.Passages.Count, passages.RootElement[i].GetArrayLength());
        for (var i = 0; i < scan.Documents.Count; i++)
        {
            using var text = JsonDocument.Parse(page.GetElementById(HtmlReport.DocumentId(i))!.TextContent);
            Assert.Equal(scan.Documents[i].Text, text.RootElement.GetProperty("text").GetString());
        }
    }

    private static string Write(ScanResult scan)
    {
        using var stream = new MemoryStream();
        HtmlReport.Write(scan, CorpusAnalyzer.Analyze(scan), stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
