using System.Text;
using System.Text.Json;
using Lineage.Cli;
using Lineage.Tests.Extraction;
using Lineage.Tests.Reading;

namespace Lineage.Tests.Cli;

public class ExtractCommandTests
{
    private static int Run(params string[] args) => LineageCommand.Run(args);

    /// <summary>
    /// One folder holding a good article beside every kind of input that has no article or cannot
    /// be read; <c>lineage extract --json</c> over it.
    /// </summary>
    public sealed class Over_a_folder_of_good_and_bad_pages : IDisposable
    {
        private const string MenuPage =
            "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li><li><a href='/about'>About us and our history</a></li></ul></nav></body></html>";

        private const string NotFoundPage =
            "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL /news/bridge was not found on this server.</p><hr><address>Apache Server at gazette.example Port 80</address></body></html>";

        private readonly TempFolder folder = new();
        private readonly int exitCode;
        private readonly JsonElement root;
        private readonly JsonDocument json;

        public Over_a_folder_of_good_and_bad_pages()
        {
            folder.Write("pages/good.html", HtmlPages.NewsPage);
            folder.Write("pages/menu.html", MenuPage);
            folder.Write("pages/not-found.html", NotFoundPage);
            folder.Write("pages/empty-body.html", "<html><head><title>Nothing here</title></head><body>  </body></html>");
            folder.Write("pages/malformed.html", "<<<>>><p></div></td></table>&&&&#;&#xZZ;<p>unclosed <b>bold <i>italic " + HtmlPages.Paragraph2);
            folder.Write("pages/unclosed-script.html", "<html><body><script>var x = 1; " + HtmlPages.Paragraph1);
            // Not UTF-8 (0xE9 alone), and a charset no decoder knows: read as Windows-1252, with a warning.
            folder.Write("pages/broken-encoding.html", Encoding.Latin1.GetBytes("<meta charset=\"x-no-such-charset\"><p>" + HtmlPages.Paragraph3.Replace("Shop owners", "Caf\u00e9 owners") + "</p>"));
            var crawl = new TestWarc().Page("https://a.example/1", HtmlPages.NewsPage).Page("https://a.example/2", HtmlPages.NewsPage);
            var first = TestWarc.Gzip(crawl.Records[0]);
            var second = TestWarc.Gzip(crawl.Records[1]);
            folder.Write("pages/truncated.warc.gz", [.. first, .. second.AsSpan(0, second.Length / 2)]);
            folder.Write("pages/corrupt.pdf", "%PDF-1.4\nthis is not really a pdf\n");

            var output = Path.Combine(folder.Path, "out.json");
            exitCode = Run("extract", Path.Combine(folder.Path, "pages"), "--json", output, "--quiet");
            json = JsonDocument.Parse(File.ReadAllText(output));
            root = json.RootElement;
        }

        public void Dispose()
        {
            json.Dispose();
            folder.Dispose();
        }

        private string? Text(string id)
        {
            foreach (var document in root.GetProperty("documents").EnumerateArray())
                if (document.GetProperty("id").GetString() == id) return document.GetProperty("text").GetString();
            return null;
        }

        private JsonElement Problem(string file)
        {
            var found = new List<JsonElement>();
            foreach (var problem in root.GetProperty("problems").EnumerateArray())
                if (problem.GetProperty("path").GetString()!.EndsWith(file, StringComparison.Ordinal)) found.Add(problem);
            return Assert.Single(found);
        }

        [Fact]
        public void Extracts_the_good_page_and_exits_one_for_the_skipped_files()
        {
            Assert.Equal(ExitCodes.SomeInputSkipped, exitCode);
            Assert.Contains(HtmlPages.Paragraph1, Text("good"));
            Assert.Contains(HtmlPages.Paragraph1, Text("truncated:1"));
        }

        [Theory]
        [InlineData("menu")]
        [InlineData("not-found")]
        public void Gives_a_page_without_an_article_an_empty_article_text(string id)
        {
            Assert.Equal("", Text(id)!.Trim());
        }

        [Fact]
        public void Skips_a_page_with_no_visible_text_by_name()
        {
            Assert.Null(Text("empty-body"));
            Assert.Equal("no words in it", Problem("empty-body.html").GetProperty("message").GetString());
            Assert.Equal("no words in it", Problem("unclosed-script.html").GetProperty("message").GetString());
        }

        [Fact]
        public void Reads_malformed_html_without_a_problem()
        {
            Assert.Contains(HtmlPages.Paragraph2, Text("malformed"));
            Assert.DoesNotContain(root.GetProperty("problems").EnumerateArray(), p => p.GetProperty("path").GetString()!.EndsWith("malformed.html", StringComparison.Ordinal));
        }

        [Fact]
        public void Reads_a_page_in_a_broken_encoding_and_warns_by_name()
        {
            Assert.Contains("Café owners on both sides of the bridge", Text("broken-encoding"));
            var problem = Problem("broken-encoding.html");
            Assert.Equal("not valid UTF-8; decoded as Windows-1252", problem.GetProperty("message").GetString());
            Assert.False(problem.GetProperty("skipped").GetBoolean());
        }

        [Fact]
        public void Reports_a_truncated_gzip_web_archive_by_name_and_keeps_the_records_before_the_cut()
        {
            var message = Problem("truncated.warc.gz").GetProperty("message").GetString()!;
            Assert.StartsWith("record 2 at byte ", message);
            Assert.EndsWith("; the 1 page before it is kept", message);
            Assert.Null(Text("truncated:2"));
        }

        [Fact]
        public void Reports_a_pdf_that_pdftotext_rejects_by_name()
        {
            var problem = Problem("corrupt.pdf");
            Assert.StartsWith("cannot read PDF: ", problem.GetProperty("message").GetString());
            Assert.True(problem.GetProperty("skipped").GetBoolean());
            Assert.Null(Text("corrupt"));
        }
    }
}
