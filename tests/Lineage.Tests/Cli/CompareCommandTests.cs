using System.Text.Json;
using Lineage.Cli;
using Lineage.Tests.Extraction;

namespace Lineage.Tests.Cli;

/// <summary><c>lineage compare</c> agrees with <c>lineage scan</c> and opens any document scan names.</summary>
public class CompareCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        folder.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Two_pages_of_one_site_sharing_only_furniture_share_no_passage_as_in_scan()
    {
        var articles = CliRun.Of("compare", SampleCorpus.PathOf("000"), SampleCorpus.PathOf("004"));
        var whole = CliRun.Of("compare", SampleCorpus.PathOf("000"), SampleCorpus.PathOf("004"), "--whole-text");

        Assert.Equal(ExitCodes.Ok, articles.ExitCode);
        Assert.Contains("share no passage", articles.Output);
        // Same author, same event, a follow-up: not derived, and the evidence says how little matched.
        Assert.Contains("independent", articles.Output);
        Assert.Contains("verbatim", articles.Output);
        Assert.DoesNotContain(SampleCorpus.Scan.Pairs, p => SampleCorpus.Scan.Documents[p.A].Id.StartsWith("000") && SampleCorpus.Scan.Documents[p.B].Id.StartsWith("004"));
        Assert.Contains("shared words", whole.Output);
    }

    [Fact]
    public void Its_json_has_the_coverage_scan_reports_for_the_pair()
    {
        var json = Path.Combine(folder.Path, "pair.json");

        var run = CliRun.Of("compare", SampleCorpus.PathOf("000"), SampleCorpus.PathOf("001"), "--json", json);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var scanned = SampleCorpus.Scan.Pairs[0];
        Assert.StartsWith("000", SampleCorpus.Scan.Documents[scanned.A].Id);
        Assert.StartsWith("001", SampleCorpus.Scan.Documents[scanned.B].Id);
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var pair = Assert.Single(document.RootElement.GetProperty("pairs").EnumerateArray());
        Assert.Equal(scanned.Alignment.SharedWords, pair.GetProperty("sharedWords").GetInt32());
        Assert.Equal(Math.Round(scanned.Alignment.CoverageA, 4), Math.Round(pair.GetProperty("coverage").GetProperty("a").GetDouble(), 4));
        Assert.Contains("1 passage, ", run.Output);
    }

    [Fact]
    public void Shows_a_rewrite_sentence_by_sentence_with_the_changed_words_marked_and_its_derivation()
    {
        var agency = folder.Write("agency.txt", Lineage.Tests.Alignment.RewriteFinderTests.Agency);
        var rewrite = folder.Write("rewrite.txt", Lineage.Tests.Alignment.RewriteFinderTests.Rewrite);
        var json = Path.Combine(folder.Path, "rewrite.json");

        var run = CliRun.Of("compare", agency, rewrite, "--json", json);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("rewrite 100 %: 100 % of rewrite matched, 0 % verbatim", run.Output);
        Assert.Contains("passage 1: rewritten", run.Output);
        Assert.Contains("[-9-]", run.Output);
        Assert.Contains("{+nine+}", run.Output);
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var pair = Assert.Single(document.RootElement.GetProperty("pairs").EnumerateArray());
        Assert.Equal("rewrite", pair.GetProperty("derivation").GetProperty("kind").GetString());
        Assert.Equal("b", pair.GetProperty("derivation").GetProperty("derived").GetString());
        var passage = Assert.Single(pair.GetProperty("passages").EnumerateArray());
        Assert.Equal("rewritten", passage.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, passage.GetProperty("identity").ValueKind);
        var sentence = passage.GetProperty("sentences")[0];
        var a = sentence.GetProperty("a");
        Assert.StartsWith("Floods in northern Bangladesh", Lineage.Tests.Alignment.RewriteFinderTests.Agency.Substring(a.GetProperty("start").GetInt32(), a.GetProperty("length").GetInt32()));
    }

    [Fact]
    public void Reports_verbatim_reuse_only_when_asked()
    {
        var agency = folder.Write("agency.txt", Lineage.Tests.Alignment.RewriteFinderTests.Agency);
        var rewrite = folder.Write("rewrite.txt", Lineage.Tests.Alignment.RewriteFinderTests.Rewrite);

        var run = CliRun.Of("compare", agency, rewrite, "--verbatim-only");
        var scan = CliRun.Of("scan", agency, rewrite, "--verbatim-only", "--csv", "-", "-q");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal("agency and rewrite share no passage.", run.Output.Trim());
        Assert.Equal(ExitCodes.Ok, scan.ExitCode);
        Assert.Single(scan.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Html_pages_are_shown_as_their_text_not_their_markup()
    {
        var a = folder.Write("a.html", HtmlPages.NewsPage);
        var b = folder.Write("b.html", $"<html><body><article><h1>Elsewhere</h1><p>{HtmlPages.Paragraph1}</p><p>{HtmlPages.Paragraph2}</p></article></body></html>");

        var run = CliRun.Of("compare", a, b);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains(HtmlPages.Paragraph1[..40], run.Output);
        Assert.DoesNotContain("<p>", run.Output);
        Assert.DoesNotContain("</", run.Output);
    }

    [Fact]
    public void One_line_of_a_jsonl_file_is_named_by_the_id_scan_reports()
    {
        var line1 = JsonSerializer.Serialize(new { text = SampleCorpus.Text("000") });
        var line2 = JsonSerializer.Serialize(new { text = "Nothing to do with it: a short note about the weather in the hills this week." });
        var line3 = JsonSerializer.Serialize(new { text = SampleCorpus.Text("001") });
        var crawl = folder.Write("crawl.jsonl", string.Join('\n', line1, line2, line3) + "\n");

        var pair = CliRun.Of("compare", crawl + "#crawl:1", crawl + "#crawl:3");
        var byNumber = CliRun.Of("compare", crawl + "#1", crawl + "#3");
        var ambiguous = CliRun.Of("compare", crawl, SampleCorpus.PathOf("001"));
        var missing = CliRun.Of("compare", crawl + "#crawl:9", SampleCorpus.PathOf("001"));

        Assert.Equal(ExitCodes.Ok, pair.ExitCode);
        Assert.Contains("1 passage, 458 shared words", pair.Output);
        Assert.Equal(pair.Output, byNumber.Output);
        Assert.Equal(ExitCodes.Usage, ambiguous.ExitCode);
        Assert.Contains("holds 3 documents", ambiguous.Error);
        Assert.Equal(ExitCodes.Usage, missing.ExitCode);
        Assert.Contains("crawl:9", missing.Error);
    }

    [Fact]
    public void A_document_of_a_folder_is_named_by_its_id()
    {
        var run = CliRun.Of("compare", SampleCorpus.Folder + "#" + SampleCorpus.Scan.Documents[0].Id, SampleCorpus.Folder + "#" + SampleCorpus.Scan.Documents[1].Id);
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("458 shared words", run.Output);
    }
}
