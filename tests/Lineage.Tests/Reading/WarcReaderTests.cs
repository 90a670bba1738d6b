using System.Text;
using Lineage.Pipeline;
using Lineage.Reading;
using Lineage.Reading.Warc;
using Lineage.Scanning;
using Lineage.Text;

namespace Lineage.Tests.Reading;

public class WarcReaderTests
{
    private const string Article = "On September 17, two F-16 and two A-10 jets belonged to the US-led coalition bombed positions of the Syrian government forces near the city of Deir Ezzor, resulting in at least 62 death and more than 100 injured soldiers.";

    private static readonly string PlainPage = $"<html><head><title>One</title></head><body><p>{Article}</p></body></html>";

    private static readonly string EncodedPage = "<html><body><article><p>Second page, sent in chunks and gzipped.</p></article></body></html>";

    /// <summary>warcinfo, request, an HTML page, a chunked gzip-encoded HTML page, an image, a 404 page, a DNS record.</summary>
    private static TestWarc Crawl() => new TestWarc()
        .Info()
        .Request("https://a.example/news/1")
        .Page("https://a.example/news/1", PlainPage)
        .Response("https://b.example/story?id=2",
            "HTTP/1.1 200 OK\nContent-Type: text/html; charset=\"UTF-8\"\nTransfer-Encoding: chunked\nContent-Encoding: gzip",
            TestWarc.Chunked(TestWarc.Gzip(Encoding.UTF8.GetBytes(EncodedPage)), 16))
        .Response("https://a.example/logo.png", "HTTP/1.1 200 OK\nContent-Type: image/png\nContent-Length: 8", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        .Page("https://a.example/missing", "<html><body><p>Page not found, sorry</p></body></html>", status: 404)
        .Add("response", "dns:a.example", "text/dns", "20160920100000\na.example. 300 IN A 192.0.2.1\n"u8.ToArray());

    private static (List<Document> Documents, List<ReadProblem> Problems, WarcTally Tally) Read(string path, ReadOptions? options = null)
    {
        var problems = new List<ReadProblem>();
        var documents = new List<Document>();
        var file = Assert.Single(InputWalker.Walk([path], problems));
        Assert.Equal(DocumentFormat.Warc, file.Format);
        var tally = WarcReader.Read(file, options ?? new ReadOptions(), documents, problems);
        return (documents, problems, tally);
    }

    public class Reading_a_whole_crawl
    {
        [Theory]
        [InlineData("crawl.warc", false)]
        [InlineData("crawl.warc.gz", true)]
        public void Makes_one_document_per_html_response_with_its_url_and_date(string name, bool gzipped)
        {
            using var folder = new TempFolder();
            var crawl = Crawl();
            var path = folder.Write(name, gzipped ? crawl.GzipPerRecord() : crawl.Plain());
            var (documents, problems, tally) = Read(path);

            Assert.Empty(problems);
            Assert.Equal(["crawl:3", "crawl:4"], documents.Select(d => d.Id));
            Assert.All(documents, d => Assert.Equal(path, d.Path));
            Assert.All(documents, d => Assert.Equal(DocumentFormat.Html, d.Format));
            Assert.Equal(["https://a.example/news/1", "https://b.example/story?id=2"], documents.Select(d => d.Url));
            Assert.Equal(["2016-09-22T10:00:00Z", "2016-09-23T10:00:00Z"], documents.Select(d => d.Date));
            // The text is the decoded HTML payload: dechunked, gunzipped, nothing else.
            Assert.Equal(PlainPage, documents[0].Text);
            Assert.Equal(EncodedPage, documents[1].Text);
            Assert.Equal("Second page, sent in chunks and gzipped.", documents[1].View.Chars.Trim());
            Assert.Equal(new WarcTally(Records: 7, Pages: 2, NotResponses: 2, NotHtml: 2, NotSuccess: 1, Wordless: 0), tally);
        }

        [Fact]
        public void Reports_offsets_that_index_the_html_payload()
        {
            using var folder = new TempFolder();
            var (documents, _, _) = Read(folder.Write("crawl.warc", Crawl().Plain()));
            var page = documents[0];
            var words = Tokenizer.Tokenize(page.View);
            for (var i = 0; i < words.Count; i++)
            {
                var span = words.SpanOf(i);
                Assert.Equal(words.FoldedOf(i).ToString(), page.Text.Substring(span.Start, span.Length).ToLowerInvariant().Replace("-", ""));
            }
        }

        [Fact]
        public void Decodes_a_page_by_the_charset_of_its_http_content_type()
        {
            using var folder = new TempFolder();
            var cyrillic = Encoding.GetEncoding(1251).GetBytes("<html><body><p>Москва заявила о нарушении перемирия</p></body></html>");
            var warc = new TestWarc().Response("https://c.example/ru", "HTTP/1.1 200 OK\nContent-Type: text/html; charset=windows-1251", cyrillic);
            var (documents, problems, _) = Read(folder.Write("ru.warc", warc.Plain()));
            Assert.Empty(problems);
            var page = Assert.Single(documents);
            Assert.Equal("windows-1251", page.Encoding);
            Assert.Contains("Москва заявила", page.View.Chars);
        }

        [Fact]
        public void Takes_a_payload_stored_already_decoded_as_it_is()
        {
            // Some crawlers store the decoded payload but keep the original Transfer- and Content-Encoding headers.
            using var folder = new TempFolder();
            var warc = new TestWarc().Response("https://d.example/",
                "HTTP/1.1 200 OK\nContent-Type: text/html\nTransfer-Encoding: chunked\nContent-Encoding: gzip", Encoding.UTF8.GetBytes(PlainPage));
            var (documents, problems, _) = Read(folder.Write("decoded.warc", warc.Plain()));
            Assert.Empty(problems);
            Assert.Equal(PlainPage, Assert.Single(documents).Text);
        }

        [Fact]
        public void Is_found_by_a_scan_beside_other_files()
        {
            using var folder = new TempFolder();
            folder.Write("crawl.warc.gz", Crawl().GzipPerRecord());
            folder.Write("copy.txt", "Reposted: " + Article);
            var result = Scanner.Scan([folder.Path], new ScanOptions());
            Assert.Empty(result.Problems);
            Assert.Contains(result.Pairs, p => result.Documents[p.A].Id is "crawl:3" or "copy" && result.Documents[p.B].Id is "crawl:3" or "copy");
        }
    }

    public class Reporting_broken_data
    {
        [Fact]
        public void Keeps_the_records_before_a_truncated_gzip_member()
        {
            using var folder = new TempFolder();
            var members = Crawl().Records.Select(TestWarc.Gzip).ToArray();
            // Cut the fourth record's member (the chunked page) in the middle.
            byte[] cut = [.. members[0], .. members[1], .. members[2], .. members[3].AsSpan(0, members[3].Length / 2)];
            var path = folder.Write("cut.warc.gz", cut);
            var (documents, problems, tally) = Read(path);

            Assert.Equal(["cut:3"], documents.Select(d => d.Id));
            var problem = Assert.Single(problems);
            Assert.Equal(path, problem.Path);
            Assert.True(problem.Skipped);
            var offset = Crawl().Records.Take(3).Sum(r => r.Length);
            // GZipStream ends quietly at a cut member, so the record comes up short of its Content-Length.
            Assert.StartsWith($"record 4 at byte {offset} of the uncompressed data: the data ends inside the record: ", problem.Message);
            Assert.EndsWith("; the 1 page before it is kept", problem.Message);
            Assert.Equal(3, tally.Pages + tally.NotResponses);
        }

        [Fact]
        public void Keeps_the_records_before_a_truncated_record()
        {
            using var folder = new TempFolder();
            var records = Crawl().Records;
            byte[] cut = [.. records.Take(4).SelectMany(r => r), .. records[4].AsSpan(0, records[4].Length - 20)];
            var path = folder.Write("cut.warc", cut);
            var (documents, problems, _) = Read(path);

            Assert.Equal(["cut:3", "cut:4"], documents.Select(d => d.Id));
            var offset = records.Take(4).Sum(r => r.Length);
            Assert.Equal($"record 5 at byte {offset}: the data ends inside the record: 16 of its 71 bytes are missing (truncated file?); the 2 pages before it are kept",
                Assert.Single(problems).Message);
        }

        [Fact]
        public void Reports_a_record_cut_inside_its_header()
        {
            using var folder = new TempFolder();
            var records = Crawl().Records;
            byte[] cut = [.. records[0], .. records[1].AsSpan(0, 30)];
            var (documents, problems, _) = Read(folder.Write("cut.warc", cut));
            Assert.Empty(documents);
            Assert.Equal($"record 2 at byte {records[0].Length}: the data ends inside the record header (truncated file?); the 0 pages before it are kept",
                Assert.Single(problems).Message);
        }

        [Fact]
        public void Says_a_file_that_is_not_warc_is_not()
        {
            using var folder = new TempFolder();
            var (documents, problems, _) = Read(folder.Write("page.warc", "<html><body>Not an archive</body></html>\n"));
            Assert.Empty(documents);
            Assert.Equal("record 1 at byte 0: expected a WARC version line (WARC/1.0), found '<html><body>Not an archive</body></html>'; the 0 pages before it are kept",
                Assert.Single(problems).Message);
        }

        [Fact]
        public void Applies_the_limit_for_one_document_to_each_record()
        {
            using var folder = new TempFolder();
            var big = "<html><body><p>" + string.Concat(Enumerable.Repeat("many words here ", 200)) + "</p></body></html>";
            var warc = new TestWarc().Page("https://e.example/big", big).Page("https://e.example/small", PlainPage);
            var (documents, problems, _) = Read(folder.Write("limits.warc", warc.Plain()), new ReadOptions { MaxDocumentBytes = 1024 });
            Assert.Equal("https://e.example/small", Assert.Single(documents).Url);
            var problem = Assert.Single(problems);
            Assert.True(problem.Skipped);
            Assert.StartsWith("record 1 at byte 0: its body of 0 MB is more than the 0 MB limit for one document", problem.Message);
        }

        [Fact]
        public void Stops_a_gzip_body_that_expands_past_the_limit()
        {
            using var folder = new TempFolder();
            var bomb = TestWarc.Gzip(new byte[200_000]);
            var warc = new TestWarc()
                .Response("https://f.example/bomb", "HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: gzip", bomb)
                .Page("https://f.example/fine", PlainPage);
            var (documents, problems, _) = Read(folder.Write("bomb.warc", warc.Plain()), new ReadOptions { MaxDocumentBytes = 100_000 });
            Assert.Equal("bomb:2", Assert.Single(documents).Id);
            Assert.Equal("record 1 at byte 0: its gzip-encoded body expands past the 0.1 MB limit for one document (raise it with --max-doc-mb)",
                Assert.Single(problems).Message);
        }

        [Fact]
        public void Reports_a_response_block_that_is_not_http()
        {
            using var folder = new TempFolder();
            var warc = new TestWarc()
                .Add("response", "https://g.example/", "application/http; msgtype=response", "garbage, not a status line\r\n\r\n<p>x</p>"u8.ToArray())
                .Page("https://g.example/ok", PlainPage);
            var (documents, problems, _) = Read(folder.Write("odd.warc", warc.Plain()));
            Assert.Single(documents);
            Assert.Equal("record 1 at byte 0: its block is not an HTTP response (first line 'garbage, not a status line')", Assert.Single(problems).Message);
        }
    }
}
