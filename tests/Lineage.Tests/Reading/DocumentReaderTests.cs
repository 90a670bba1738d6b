using System.Text;
using Lineage.Pipeline;
using Lineage.Reading;
using Lineage.Scanning;

namespace Lineage.Tests.Reading;

public class DocumentReaderTests
{
    private const string Article = "On September 17, two F-16 and two A-10 jets belonged to the US-led coalition bombed positions of the Syrian government forces near the city of Deir Ezzor, resulting in at least 62 death and more than 100 injured soldiers.";

    private static (List<Document> Documents, List<ReadProblem> Problems) ReadFolder(string folder)
    {
        var problems = new List<ReadProblem>();
        var documents = new List<Document>();
        foreach (var file in InputWalker.Walk([folder], problems)) DocumentReader.Read(file, new ReadOptions(), documents, problems);
        return (documents, problems);
    }

    [Fact]
    public void Names_documents_by_their_path_in_the_folder_without_extension()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Article);
        folder.Write("sub/dir/b.md", Article);
        folder.Write("ignored.bin", "x");
        var (documents, problems) = ReadFolder(folder.Path);
        Assert.Empty(problems);
        Assert.Equal(["a", "sub/dir/b"], documents.Select(d => d.Id));
    }

    [Fact]
    public void Reads_markdown_without_counting_markup_as_words()
    {
        const string markdown = "# Title here\n\nBy [South Front](https://southfront.org/x) and **bold** text ![img](pic.png)\n";
        var document = DocumentReader.Create("x.md", "x", markdown, DocumentFormat.Markdown)!;
        var words = Lineage.Text.Tokenizer.Tokenize(document.View);
        var folded = Enumerable.Range(0, words.Count).Select(i => words.FoldedOf(i).ToString()).ToArray();
        Assert.Equal(["title", "here", "by", "south", "front", "and", "bold", "text", "img"], folded);
        // Offsets index the markdown as written.
        var south = words.SpanOf(3);
        Assert.Equal("South", markdown.Substring(south.Start, south.Length));
    }

    [Fact]
    public void Reads_only_the_visible_text_of_html()
    {
        const string html = "<html><head><title>T</title><style>p{}</style><script>var x = 'hidden words';</script></head>" +
                            "<body><!-- a comment --><p>Visible &amp; <b>bold</b></p><div>second block</div></body></html>";
        var document = DocumentReader.Create("x.html", "x", html, DocumentFormat.Html)!;
        Assert.Equal("Visible & bold\nsecond block", document.View.Chars.Trim());
    }

    [Fact]
    public void Decodes_legacy_html_by_its_declared_charset()
    {
        var bytes = Encoding.Latin1.GetBytes("<meta charset=\"iso-8859-1\"><p>Caf\u00e9 cr\u00e8me</p>");
        using var folder = new TempFolder();
        folder.Write("page.html", bytes);
        var (documents, problems) = ReadFolder(folder.Path);
        Assert.Empty(problems);
        Assert.Contains("Café crème", Assert.Single(documents).View.Chars);
    }

    [Fact]
    public void Reads_text_with_a_byte_order_mark()
    {
        using var folder = new TempFolder();
        folder.Write("bom.txt", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Ünïcode text")).ToArray());
        folder.Write("utf16.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Москва заявила")).ToArray());
        var (documents, problems) = ReadFolder(folder.Path);
        Assert.Empty(problems);
        Assert.Equal("Ünïcode text", documents.Single(d => d.Id == "bom").Text);
        Assert.Equal("Москва заявила", documents.Single(d => d.Id == "utf16").Text);
    }

    [Fact]
    public void Reads_jsonl_articles_with_their_metadata_and_configurable_fields()
    {
        using var folder = new TempFolder();
        folder.Write("crawl.jsonl",
            "{\"id\":\"x1\",\"text\":\"First article text\",\"url\":\"https://a.example/1\",\"site\":\"a.example\",\"date\":\"2016-09-20\",\"title\":\"One\"}\n" +
            "\n" +
            "{\"text\":\"Second article text\"}\n");
        var (documents, problems) = ReadFolder(folder.Path);
        Assert.Empty(problems);
        Assert.Equal(["x1", "crawl:3"], documents.Select(d => d.Id));
        Assert.Equal("https://a.example/1", documents[0].Url);
        Assert.Equal("2016-09-20", documents[0].Date);
        Assert.Equal(3, documents[1].Line);

        folder.Write("crawl.jsonl", "{\"uuid\":\"u\",\"body\":\"Body text here\"}\n");
        var fields = new JsonLinesFields().With("text=body").With("id=uuid");
        var read = new List<Document>();
        var readProblems = new List<ReadProblem>();
        DocumentReader.Read(InputWalker.Walk([folder.Path], readProblems).Single(), new ReadOptions { Fields = fields }, read, readProblems);
        Assert.Equal("u", Assert.Single(read).Id);
        Assert.Equal("Body text here", read[0].Text);
    }

    [Fact]
    public void Reports_each_bad_file_by_name_and_still_scans_the_rest()
    {
        using var folder = new TempFolder();
        folder.Write("good1.txt", Article);
        folder.Write("good2.txt", "A copy: " + Article);
        folder.Write("empty.txt", "");
        folder.Write("binary.txt", new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 3, 0 });
        folder.Write("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 au lait, cr\u00e8me br\u00fbl\u00e9e"));
        folder.Write("huge.txt", new string((char)0x78, 50 * 1024 * 1024));
        folder.Write("bad.jsonl", "{\"text\":\"fine line of text\"}\n{not json\n{\"title\":\"no text\"}\n");

        var result = Scanner.Scan([folder.Path], new ScanOptions());

        Assert.Equal(["bad:1", "good1", "good2", "latin1"], result.Documents.Select(d => d.Id).Order());
        string Message(string file) => result.Problems.Single(p => p.Path.EndsWith(file, StringComparison.Ordinal)).Message;
        Assert.Contains("empty", Message("empty.txt"));
        Assert.Contains("binary", Message("binary.txt"));
        Assert.Contains("limit", Message("huge.txt"));
        Assert.Contains("Windows-1252", Message("latin1.txt"));
        Assert.Contains("malformed JSON", Message("bad.jsonl:2"));
        Assert.Contains("'text'", Message("bad.jsonl:3"));
        Assert.True(result.SkippedAny);
        Assert.Equal("Café au lait, crème brûlée", result.Documents.Single(d => d.Id == "latin1").Text);
        // The good files are still compared.
        Assert.Contains(result.Pairs, p => result.Documents[p.A].Id == "good1" && result.Documents[p.B].Id == "good2");
    }

    [Fact]
    public void Reports_a_path_that_does_not_exist()
    {
        var problems = new List<ReadProblem>();
        InputWalker.Walk(["/no/such/place"], problems);
        Assert.Equal("no such file or folder", Assert.Single(problems).Message);
    }
}
