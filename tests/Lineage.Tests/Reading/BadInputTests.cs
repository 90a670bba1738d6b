using System.Text;
using Lineage.Pipeline;
using Lineage.Reading;
using Lineage.Scanning;

namespace Lineage.Tests.Reading;

/// <summary>Files that once stopped a whole run: each is now read or reported, and the rest is read.</summary>
public class BadInputTests
{
    private const string Article = "On September 17, two F-16 and two A-10 jets belonged to the US-led coalition bombed positions of the Syrian government forces near the city of Deir Ezzor.";

    private static (List<Document> Documents, List<ReadProblem> Problems) Read(string path, ReadOptions? options = null)
    {
        var problems = new List<ReadProblem>();
        var documents = new List<Document>();
        foreach (var file in InputWalker.Walk([path], problems)) DocumentReader.Read(file, options ?? new ReadOptions(), documents, problems);
        return (documents, problems);
    }

    [Fact]
    public void Reads_markdown_nested_past_the_parsers_depth_limit_as_plain_text()
    {
        using var folder = new TempFolder();
        folder.Write("deep.md", new string('>', 128) + " quoted words here\n");
        folder.Write("list.md", string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "- item\n")));
        folder.Write("good.txt", Article);
        var (documents, problems) = Read(folder.Path);
        Assert.Equal(["deep", "good", "list"], documents.Select(d => d.Id));
        Assert.Contains("quoted words here", documents[0].View.Chars);
        Assert.All(problems, p => Assert.False(p.Skipped));
        Assert.Contains(problems, p => p.Path.EndsWith("deep.md", StringComparison.Ordinal) && p.Message.Contains("read as plain text"));
    }

    [Fact]
    public void Reads_markdown_whose_brackets_nest_past_what_parses_in_reasonable_time_as_plain_text()
    {
        // Each closing bracket looks back through those still open: 2,000 nested on a line are two
        // million look-ups, six lines past the limit (the parser took 9 s a megabyte of these).
        var line = new string('[', 2000) + "nested words" + new string(']', 2000) + "\n";
        using var folder = new TempFolder();
        folder.Write("brackets.md", string.Concat(Enumerable.Repeat(line, 6)));
        folder.Write("links.md", string.Concat(Enumerable.Repeat("A [link](https://example.org/a) and ![an image](i.png) in [[a wiki]] text.\n", 2000)));
        var (documents, problems) = Read(folder.Path);

        Assert.Equal(["brackets", "links"], documents.Select(d => d.Id));
        var warning = Assert.Single(problems);
        Assert.EndsWith("brackets.md", warning.Path);
        Assert.False(warning.Skipped);
        Assert.Contains("brackets nested past what is parsed in reasonable time (12,006,000 look-ups", warning.Message);
        Assert.Contains("nested words", documents[0].View.Chars);
        Assert.True(documents[0].View.IsIdentity);
        // Ordinary links cost one look-up a closing bracket (two inside a double one); they are parsed.
        Assert.Equal(2000L * 5, MarkdownShape.Measure(documents[1].Text).BracketWork);
        Assert.DoesNotContain("https://example.org", documents[1].View.Chars);
        Assert.Equal(0, MarkdownShape.Measure("[a\n\n]").BracketWork);
    }

    [Fact]
    public void Reads_markdown_with_many_lines_in_deeply_nested_lists_as_plain_text()
    {
        // Every line, blank ones too, walks each list still open up to the root: 20,000 blank lines
        // in a list 60 deep (24 KB) took the parser over a second, a quarter of a megabyte minutes.
        var deep = string.Concat(Enumerable.Range(0, 60).Select(d => new string(' ', 2 * d) + "- item\n"));
        var ordinary = "- one\n  - two\n    - three\n\n    more of three\n\nA paragraph after the list.\n";
        using var folder = new TempFolder();
        folder.Write("deep.md", deep + new string('\n', 20_000) + new string(' ', 120) + "last words\n");
        folder.Write("lists.md", string.Concat(Enumerable.Repeat(ordinary, 2000)));
        var (documents, problems) = Read(folder.Path);

        Assert.Equal(["deep", "lists"], documents.Select(d => d.Id));
        var warning = Assert.Single(problems);
        Assert.EndsWith("deep.md", warning.Path);
        Assert.False(warning.Skipped);
        Assert.Contains("markdown lists or quotes nested past what is parsed in reasonable time", warning.Message);
        Assert.Contains("last words", documents[0].View.Chars);
        Assert.True(documents[0].View.IsIdentity);
        // Lists two or three deep cost a few look-ups a line: parsed, their markers left out.
        Assert.InRange(MarkdownShape.Measure(documents[1].Text).ContainerWork, 1, 9 * 14_000);
        Assert.DoesNotContain("- two", documents[1].View.Chars);
    }

    [Fact]
    public void Reads_markdown_with_an_empty_fenced_code_block()
    {
        var document = DocumentReader.Create("a.md", "a", "Words before\n\n```lock\n```\n\nwords after\n", DocumentFormat.Markdown)!;
        Assert.Equal("Words before\nwords after", document.View.Chars.Trim());
    }

    [Theory]
    [InlineData("{\"text\":\"Caf\\ud800 words of the article\"}", "Caf\uFFFD words of the article", null)]
    [InlineData("{\"id\":\"a\\udc00b\",\"text\":\"words of the article\"}", "words of the article", "a\uFFFDb")]
    [InlineData("{\"title\":\"\\ud83d\",\"text\":\"pair \\ud83d\\ude00 and lone \\ud83d end\"}", "pair \U0001F600 and lone \uFFFD end", null)]
    public void Reads_a_jsonl_string_with_a_lone_surrogate_escape_as_a_replacement_char(string line, string text, string? id)
    {
        using var folder = new TempFolder();
        folder.Write("crawl.jsonl", line + "\n{\"text\":\"next line of text\"}\n");
        var (documents, problems) = Read(folder.Path);
        Assert.Equal(2, documents.Count);
        Assert.Equal(text, documents[0].Text);
        if (id is not null) Assert.Equal(id, documents[0].Id);
        var warning = Assert.Single(problems);
        Assert.False(warning.Skipped);
        Assert.Contains("surrogate", warning.Message);
    }

    [Fact]
    public void Reports_a_brotli_coded_warc_body_that_is_not_brotli()
    {
        using var folder = new TempFolder();
        var warc = new TestWarc()
            .Response("https://a.example/1", "HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: br", Enumerable.Range(0, 100).Select(i => (byte)(i * 7 + 1)).ToArray())
            .Page("https://a.example/2", $"<p>{Article}</p>");
        folder.Write("crawl.warc", warc.Plain());
        var (documents, problems) = Read(folder.Path);
        Assert.Equal("crawl:2", Assert.Single(documents).Id);
        var problem = Assert.Single(problems);
        Assert.True(problem.Skipped);
        Assert.Contains("br-encoded body is corrupt", problem.Message);
    }

    [Fact]
    public void Reports_a_deflate_body_that_asks_for_a_preset_dictionary()
    {
        using var folder = new TempFolder();
        // A zlib header with FDICT set (RFC 1950 §2.2): zlib stops for a dictionary HTTP never sends.
        byte[] body = [0x78, 0x20, 0, 0, 0, 1, .. Enumerable.Range(0, 200).Select(i => (byte)(i * 13 + 5))];
        var warc = new TestWarc()
            .Response("https://a.example/1", "HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: deflate", body)
            .Page("https://a.example/2", $"<p>{Article}</p>");
        folder.Write("crawl.warc", warc.Plain());
        var (documents, problems) = Read(folder.Path);
        Assert.Equal("crawl:2", Assert.Single(documents).Id);
        Assert.Contains("deflate-encoded body is corrupt", Assert.Single(problems).Message);
    }

    [Fact]
    public void Reads_a_jsonl_line_whose_other_property_name_holds_a_lone_surrogate()
    {
        using var folder = new TempFolder();
        folder.Write("crawl.jsonl", "{\"\\ud800id\":7,\"id\":\"x\",\"text\":\"words of the article\"}\n");
        var (documents, problems) = Read(folder.Path);
        Assert.Empty(problems);
        Assert.Equal("x", Assert.Single(documents).Id);
        Assert.Equal("words of the article", documents[0].Text);
    }

    [Fact]
    public void Falls_back_from_a_charset_it_cannot_decode_with_a_warning()
    {
        using var folder = new TempFolder();
        folder.Write("utf7.html", Encoding.Latin1.GetBytes("<meta charset=\"utf-7\"><p>Caf\u00e9 ordinary article text</p>"));
        folder.Write("crawl.warc", new TestWarc().Response("https://a.example/1", "HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-7",
            Encoding.Latin1.GetBytes("<p>Caf\u00e9 ordinary article text</p>")).Plain());
        var (documents, problems) = Read(folder.Path);
        Assert.Equal(2, documents.Count);
        Assert.All(documents, d => Assert.Contains("Café ordinary", d.View.Chars));
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Contains("'utf-7', which Lineage cannot decode", p.Message));
    }

    [Fact]
    public void Keeps_a_page_that_declares_utf8_in_utf8_despite_one_bad_byte()
    {
        using var folder = new TempFolder();
        byte[] bytes = [.. "<html><head><meta charset=\"UTF-8\"><title>Ataków</title></head><body><p>Seria atak\u00f3w "u8, 0xFF, .. " trwa</p></body></html>"u8];
        folder.Write("page.html", bytes);
        var (documents, problems) = Read(folder.Path);
        var document = Assert.Single(documents);
        Assert.Equal("utf-8", document.Encoding);
        Assert.Contains("Seria ataków \uFFFD trwa", document.View.Chars);
        Assert.Contains("declares UTF-8", Assert.Single(problems).Message);
    }

    [Fact]
    public void Turns_an_unexpected_failure_in_one_file_into_a_problem_naming_it()
    {
        using var folder = new TempFolder();
        var path = folder.Write("crawl.jsonl", "{\"text\":\"words\"}\n");
        // Options no caller can build make the reader fail in a way it does not expect: the failure is this file's problem alone.
        var (documents, problems) = Read(path, new ReadOptions { Fields = null! });
        Assert.Empty(documents);
        var problem = Assert.Single(problems);
        Assert.Equal(path, problem.Path);
        Assert.True(problem.Skipped);
        Assert.StartsWith("cannot be read: internal error (NullReferenceException", problem.Message);
    }

    [Theory]
    [InlineData("&#xFFFFFFFF;")]
    [InlineData("&#xD800;")]
    [InlineData("&#99999999999;")]
    public void Extracts_a_page_with_a_character_reference_out_of_range(string reference)
    {
        var html = $"<html><body><article><p>{reference} {Article} {Article}</p></article></body></html>";
        var document = DocumentReader.Create("a.html", "a", html, DocumentFormat.Html)!;
        var article = Lineage.Extraction.ArticleExtractor.Extract(document);
        Assert.Contains("Deir Ezzor", article.Content.Chars);
    }

    [Fact]
    public void Scans_the_rest_of_a_folder_full_of_files_that_once_stopped_the_run()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Article);
        folder.Write("b.txt", "A copy: " + Article);
        folder.Write("deep.md", new string('>', 130) + " quoted\n");
        folder.Write("lone.jsonl", "{\"id\":\"\\ud800\",\"text\":\"x y z\"}\n");
        folder.Write("utf7.html", Encoding.Latin1.GetBytes("<meta charset=utf-7><p>Caf\u00e9</p>"));
        var result = Scanner.Scan([folder.Path], new ScanOptions());
        Assert.Equal(5, result.Documents.Count);
        Assert.Single(result.Pairs);
    }
}
