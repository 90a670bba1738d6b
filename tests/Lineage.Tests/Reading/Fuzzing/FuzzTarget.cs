using System.IO.Compression;
using System.Text;
using Lineage.Extraction;
using Lineage.Reading;
using Lineage.Reading.Pdf;
using Lineage.Reading.Warc;

namespace Lineage.Tests.Reading.Fuzzing;

/// <summary>
/// One reader under fuzzing: its seed inputs and how one input is read. The property every target
/// checks is the readers' contract: documents or per-file problems, never an exception, never the
/// reader's own "internal error", and every document's view mapped inside its text.
/// </summary>
internal sealed class FuzzTarget(string name, Func<IReadOnlyList<byte[]>> seeds, Action<byte[], string> read)
{
    public string Name { get; } = name;

    private readonly Lazy<IReadOnlyList<byte[]>> seedInputs = new(seeds);

    public IReadOnlyList<byte[]> Seeds => seedInputs.Value;

    /// <summary>Reads one input; <paramref name="scratch"/> is a folder the call may write its file into.</summary>
    public void Read(byte[] input, string scratch) => read(input, scratch);

    private static readonly ReadOptions Options = new() { MaxDocumentBytes = 1024 * 1024, PdfTimeout = TimeSpan.FromSeconds(20) };

    public static readonly IReadOnlyList<FuzzTarget> All =
    [
        new("txt", () => [.. TextSeeds()], (input, _) => FromBytes(input, DocumentFormat.Text, "a.txt")),
        new("md", () => [.. MarkdownSeeds()], (input, _) => FromBytes(input, DocumentFormat.Markdown, "a.md")),
        new("html", () => [.. HtmlSeeds()], (input, _) => FromBytes(input, DocumentFormat.Html, "a.html")),
        new("jsonl", () => [.. JsonSeeds()], (input, _) => ReadJsonLines(input)),
        new("warc", () => [.. WarcSeeds()], (input, scratch) => ReadFile(input, scratch, "a.warc")),
        new("gzip", () => [.. TextSeeds().Concat(JsonSeeds()).Select(TestWarc.Gzip)], (input, scratch) =>
        {
            ReadFile(input, scratch, "a.txt.gz");
            ReadFile(input, scratch, "a.jsonl.gz");
        }),
        new("chunked", () => [.. TextSeeds().Select(s => TestWarc.Chunked(s, 1 + s.Length % 97))], (input, _) => Chunked(input)),
        new("content-coding", () => [.. CodedBodies()], (input, _) => ContentCodings(input)),
        new("charset", () => [.. CharsetSeeds()], (input, _) => Charsets(input)),
        new("pdf", () => [.. PdfSeeds()], (input, scratch) => ReadFile(input, scratch, "a.pdf")),
        new("store", () => [.. StoreDecoding.Seeds()], (input, _) => StoreDecoding.Read(input)),
    ];

    private static void FromBytes(byte[] input, DocumentFormat format, string name)
    {
        var problems = new List<ReadProblem>();
        if (DocumentReader.FromBytes(new InputFile(name, "a", format, input.Length), input, problems) is { } document)
        {
            Check(document, problems);
            // What a scan does next with the page: its article found in the DOM, or its lines classified.
            var article = ArticleExtractor.Extract(document);
            if (article.Content.Chars.Length > 0) _ = article.Content.ToSource(0, article.Content.Chars.Length);
        }
        Check([], problems);
    }

    private static void ReadJsonLines(byte[] input)
    {
        var documents = new List<Document>();
        var problems = new List<ReadProblem>();
        JsonLinesReader.ReadLines(new InputFile("a.jsonl", "a", DocumentFormat.JsonLine, input.Length), new MemoryStream(input), Options, documents, problems);
        Check(documents, problems);
    }

    private static void ReadFile(byte[] input, string scratch, string name)
    {
        var path = Path.Combine(scratch, name);
        File.WriteAllBytes(path, input);
        var problems = new List<ReadProblem>();
        var documents = new List<Document>();
        foreach (var file in InputWalker.Walk([path], problems)) DocumentReader.Read(file, Options, documents, problems);
        Check(documents, problems);
    }

    private static void Chunked(byte[] input)
    {
        if (ChunkedDecoder.Decode(input) is { } decoded && decoded.Bytes.Length > input.Length)
            throw new InvalidOperationException($"dechunked {input.Length} bytes into {decoded.Bytes.Length}");
    }

    private static void ContentCodings(byte[] input)
    {
        foreach (var coding in new[] { "gzip", "deflate", "br", "identity", "x-gzip", "compress" })
        {
            var decoded = ContentDecoder.Decode(input, coding, 64 * 1024);
            if (decoded.Problem is null == decoded.Bytes is null) throw new InvalidOperationException($"{coding}: neither bytes nor a problem");
            // A body without the coding's signature is taken as stored decoded, and given back as it is.
            if (decoded.Bytes is { Length: > 64 * 1024 } bytes && !ReferenceEquals(bytes, input)) throw new InvalidOperationException($"{coding}: decoded past the limit");
        }
    }

    private static void Charsets(byte[] input)
    {
        foreach (var charset in new[] { null, "utf-8", "utf-7", "iso-8859-1", "windows-1251", "shift_jis", "x-bogus", "\"utf-16\"", "" })
        {
            var decoded = TextDecoder.Decode(input, isHtml: true, charset);
            ArgumentNullException.ThrowIfNull(decoded.Text);
            _ = TextDecoder.LooksBinary(input);
        }
    }

    /// <summary>The readers' contract, checked on what one input gave.</summary>
    private static void Check(IReadOnlyList<Document> documents, IReadOnlyList<ReadProblem> problems)
    {
        foreach (var problem in problems)
        {
            if (string.IsNullOrWhiteSpace(problem.Message) || string.IsNullOrEmpty(problem.Path)) throw new InvalidOperationException("a problem that says nothing");
            if (problem.Message.StartsWith(DocumentReader.InternalError, StringComparison.Ordinal)) throw new InvalidOperationException(problem.Message);
        }
        foreach (var document in documents) Check(document, problems);
    }

    private static void Check(Document document, IReadOnlyList<ReadProblem> problems)
    {
        var view = document.View;
        var chars = view.Chars;
        for (var i = 0; i < chars.Length; i += 1 + chars.Length / 64)
        {
            var source = view.ToSource(i, i + 1);
            if (source.Start < 0 || source.End > document.Text.Length)
                throw new InvalidOperationException($"view char {i} maps to [{source.Start}, {source.End}) outside the text of {document.Text.Length} chars");
        }
    }

    private const string Article = "On September 17, two F-16 and two A-10 jets belonged to the US-led coalition bombed positions of the Syrian government forces near the city of Deir Ezzor, resulting in at least 62 deaths.";

    private static IEnumerable<byte[]> TextSeeds()
    {
        foreach (var path in Directory.EnumerateFiles(SampleCorpus.Folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(path);
            yield return bytes[..Math.Min(bytes.Length, 6000)];
        }
        yield return Encoding.UTF8.GetBytes("By Jane Doe\nGlobal Research, September 20, 2016\n\n" + Article + "\n\nThe original source of this article is X\nCopyright © 2016\n");
        yield return Encoding.Latin1.GetBytes("Caf\u00e9 au lait, cr\u00e8me br\u00fbl\u00e9e. " + Article);
        yield return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Москва заявила " + Article)];
    }

    private static IEnumerable<byte[]> MarkdownSeeds() => new[]
    {
        "# Title here\n\nBy [South Front](https://southfront.org/x) and **bold** text ![img](pic.png)\n\n" + Article + "\n",
        "> quoted " + Article + "\n>> deeper\n\n- item one\n  - item two\n1. first\n\n```\ncode block\n```\n\n| a | b |\n|---|---|\n| c | d |\n",
        "Setext heading\n===\n\n<div>raw html " + Article + "</div>\n\n[ref]: http://x \"t\"\n\n*emph* _under_ `code` &amp; &#x41;\n",
    }.Select(Encoding.UTF8.GetBytes);

    private static IEnumerable<byte[]> HtmlSeeds() => new[]
    {
        Lineage.Tests.Extraction.HtmlPages.NewsPage, Lineage.Tests.Extraction.HtmlPages.ArticleInShareWrapper,
        Lineage.Tests.Extraction.HtmlPages.ArticleWithLinkedText, Lineage.Tests.Extraction.HtmlPages.ShortPostWithLongComments,
        "<html><head><meta charset=\"UTF-8\"><title>T</title></head><body><h1>Title <svg onload=x></h1><article><p>" + Article + "</p></article></body></html>",
        "<!DOCTYPE html><table><tr><td>cell<td>" + Article + "<noscript><div></noscript><template><p>t</template><select><option>o</select>",
    }.Select(Encoding.UTF8.GetBytes);

    private static IEnumerable<byte[]> JsonSeeds() => new[]
    {
        "{\"id\":\"x1\",\"text\":\"" + Article + "\",\"url\":\"https://a.example/1\",\"site\":\"a.example\",\"date\":\"2016-09-20\",\"title\":\"One\"}\n{\"text\":\"Second \\u00e9 \\ud83d\\ude00 line\"}\n\n{\"id\":7,\"text\":\"x\\ny\"}\n",
        "\uFEFF{\"text\":\"" + Article + "\",\"nested\":{\"a\":[1,2,{\"b\":null}]}}\r\n{\"id\":\"x1\",\"text\":\"dup\"}\r\n",
    }.Select(Encoding.UTF8.GetBytes);

    private static IEnumerable<byte[]> WarcSeeds()
    {
        var page = $"<html><head><title>One</title></head><body><p>{Article}</p></body></html>";
        var crawl = new TestWarc()
            .Info()
            .Request("https://a.example/news/1")
            .Page("https://a.example/news/1", page)
            .Response("https://b.example/story?id=2", "HTTP/1.1 200 OK\nContent-Type: text/html; charset=\"UTF-8\"\nTransfer-Encoding: chunked\nContent-Encoding: gzip",
                TestWarc.Chunked(TestWarc.Gzip(Encoding.UTF8.GetBytes(page)), 16))
            .Response("https://c.example/", "HTTP/1.1 200 OK\nContent-Type: text/html; charset=windows-1251\nContent-Encoding: br", Brotli(Encoding.UTF8.GetBytes(page)))
            .Page("https://a.example/missing", "<html><body><p>Page not found</p></body></html>", status: 404);
        yield return crawl.Plain();
        yield return crawl.GzipPerRecord();
    }

    private static IEnumerable<byte[]> CodedBodies()
    {
        foreach (var text in TextSeeds().Take(3))
        {
            yield return TestWarc.Gzip(text);
            yield return Brotli(text);
            using var output = new MemoryStream();
            using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(text);
            yield return output.ToArray();
            using var raw = new MemoryStream();
            using (var deflate = new DeflateStream(raw, CompressionLevel.Optimal, leaveOpen: true)) deflate.Write(text);
            yield return raw.ToArray();
        }
    }

    private static byte[] Brotli(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true)) brotli.Write(bytes);
        return output.ToArray();
    }

    private static IEnumerable<byte[]> CharsetSeeds()
    {
        yield return Encoding.Latin1.GetBytes("<meta charset=\"iso-8859-1\"><p>Caf\u00e9 cr\u00e8me</p>");
        yield return [.. "<html><head><meta charset=\"UTF-8\"><title>Ataków</title></head><body><p>Seria atak\u00f3w "u8, 0xFF, .. " trwa</p></body></html>"u8];
        yield return Encoding.GetEncoding(1251).GetBytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>Москва</p>");
        yield return [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("<p>big endian</p>")];
    }

    private static IEnumerable<byte[]> PdfSeeds()
    {
        yield return TestPdf.Build(["Syrian government forces near Deir Ezzor", "were bombed on September 17."], ["A second page (with parentheses) follows."]);
    }

    static FuzzTarget() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
