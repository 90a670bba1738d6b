using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Lineage.Reading;

namespace Lineage.Tests.Reading;

public class InputWalkerTests
{
    private const string Article = "On September 17, two F-16 and two A-10 jets belonged to the US-led coalition bombed positions of the Syrian government forces near the city of Deir Ezzor.";

    private static (List<Document> Documents, List<ReadProblem> Problems) Read(IEnumerable<string> paths, ReadOptions? options = null)
    {
        var problems = new List<ReadProblem>();
        var documents = new List<Document>();
        foreach (var file in InputWalker.Walk(paths, problems)) DocumentReader.Read(file, options ?? new ReadOptions(), documents, problems);
        return (documents, problems);
    }

    private static void MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", path) { RedirectStandardError = true });
        process!.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    public class Special_files
    {
        [LinuxFact]
        public void Never_opens_a_fifo_and_says_so()
        {
            using var folder = new TempFolder();
            folder.Write("good.txt", Article);
            var fifo = Path.Combine(folder.Path, "x.txt");
            MakeFifo(fifo);
            // Were the FIFO opened, the read would block forever: run it on another thread and give up on a hang.
            var read = Task.Run(() => Read([folder.Path]));
            Assert.True(read.Wait(TimeSpan.FromMinutes(2)), "the walk opened the FIFO");
            var (documents, problems) = read.Result;
            Assert.Equal("good", Assert.Single(documents).Id);
            var problem = Assert.Single(problems);
            Assert.Equal(fifo, problem.Path);
            Assert.Contains("not a regular file", problem.Message);
        }

        [LinuxFact]
        public void Never_follows_a_link_to_a_device()
        {
            using var folder = new TempFolder();
            folder.Write("good.txt", Article);
            File.CreateSymbolicLink(Path.Combine(folder.Path, "z.txt"), "/dev/zero");
            var read = Task.Run(() => Read([folder.Path]));
            Assert.True(read.Wait(TimeSpan.FromMinutes(2)), "the walk read /dev/zero");
            var (documents, problems) = read.Result;
            Assert.Single(documents);
            Assert.Contains("not a regular file", Assert.Single(problems).Message);
            // Named on the command line, too.
            var (none, direct) = Read(["/dev/zero"]);
            Assert.Empty(none);
            Assert.Contains("not a regular file", Assert.Single(direct).Message);
        }

        [Fact]
        public void Reads_each_file_once_when_a_link_leads_back_up_the_tree()
        {
            using var folder = new TempFolder();
            folder.Write("a.txt", Article);
            folder.Write("loop/b.txt", Article);
            Directory.CreateSymbolicLink(Path.Combine(folder.Path, "loop", "up"), "..");
            var (documents, problems) = Read([folder.Path]);
            Assert.Equal(["a", "loop/b"], documents.Select(d => d.Id));
            Assert.All(problems, p => Assert.False(p.Skipped));
        }

        [NotRootFact]
        [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
        public void Reports_a_folder_it_cannot_read()
        {
            using var folder = new TempFolder();
            folder.Write("a.txt", Article);
            var locked = Path.Combine(folder.Path, "locked");
            Directory.CreateDirectory(locked);
            File.WriteAllText(Path.Combine(locked, "b.txt"), Article);
            File.SetUnixFileMode(locked, UnixFileMode.None);
            try
            {
                var (documents, problems) = Read([folder.Path]);
                Assert.Equal("a", Assert.Single(documents).Id);
                var problem = Assert.Single(problems);
                Assert.Equal(locked, problem.Path);
                Assert.Contains("folder cannot be read (permission denied)", problem.Message);
                Assert.True(problem.Skipped);
            }
            finally
            {
                File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }

    public class Ids
    {
        [Fact]
        public void Gives_files_of_one_name_in_two_folders_their_paths_as_ids()
        {
            using var folder = new TempFolder();
            var one = folder.Write("c1/story.txt", Article);
            var two = folder.Write("c2/story.txt", "Another " + Article);
            var (documents, _) = Read([one, two]);
            Assert.Equal(2, documents.Select(d => d.Id).Distinct().Count());
            Assert.All(documents, d => Assert.EndsWith("/story", d.Id));
            Assert.EndsWith("c1/story", documents[0].Id);
            Assert.EndsWith("c2/story", documents[1].Id);
            // Walked as a folder: the path relative to it.
            var (walked, _) = Read([folder.Path]);
            Assert.Equal(["c1/story", "c2/story"], walked.Select(d => d.Id));
        }

        [Fact]
        public void Gives_jsonl_lines_with_one_id_distinct_ids_with_a_warning()
        {
            using var folder = new TempFolder();
            folder.Write("crawl.jsonl", "{\"id\":\"x\",\"text\":\"first text\"}\n{\"id\":\"x\",\"text\":\"second text\"}\n{\"id\":\"x\",\"text\":\"third text\"}\n");
            var (documents, problems) = Read([folder.Path]);
            Assert.Equal(["x", "x#2", "x#3"], documents.Select(d => d.Id));
            Assert.Equal(2, problems.Count);
            Assert.All(problems, p => Assert.False(p.Skipped));
            Assert.Contains("already used by line 1", problems[0].Message);
            Assert.EndsWith("crawl.jsonl:2", problems[0].Path);
        }
    }

    public class Limits
    {
        [Fact]
        public void Counts_a_jsonl_line_in_utf8_bytes()
        {
            using var folder = new TempFolder();
            var text = new string('a', 9 * 1024 * 1024);
            folder.Write("big.jsonl", "{\"text\":\"" + text + " word\"}\n");
            var (documents, problems) = Read([folder.Path], new ReadOptions { MaxDocumentBytes = 10L * 1024 * 1024 });
            Assert.Empty(problems);
            Assert.Single(documents);
        }

        [Fact]
        public void Streams_a_jsonl_file_without_holding_a_line_past_the_limit()
        {
            using var folder = new TempFolder();
            var path = Path.Combine(folder.Path, "huge.jsonl");
            using (var output = new StreamWriter(path))
            {
                output.Write("{\"text\":\"");
                var chunk = new string('a', 1024 * 1024);
                for (var i = 0; i < 64; i++) output.Write(chunk);
                output.Write("\"}\n{\"text\":\"the line after it\"}\n");
            }
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var (documents, problems) = Read([path], new ReadOptions { MaxDocumentBytes = 1024 * 1024 });
            // A 64 MB line read whole would take 128 MB as a string: streamed, a few buffers.
            Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 0, 8L * 1024 * 1024);
            Assert.Equal("the line after it", Assert.Single(documents).Text);
            Assert.Contains("line of 64 MB is more than the 1 MB limit", Assert.Single(problems).Message);
        }

        [Fact]
        public void Skips_a_jsonl_line_past_the_limit_and_reads_the_next()
        {
            using var folder = new TempFolder();
            folder.Write("big.jsonl", "{\"text\":\"" + new string('a', 3000) + "\"}\n{\"text\":\"next line\"}\r\n");
            var (documents, problems) = Read([folder.Path], new ReadOptions { MaxDocumentBytes = 1000 });
            Assert.Equal("next line", Assert.Single(documents).Text);
            var problem = Assert.Single(problems);
            Assert.EndsWith("big.jsonl:1", problem.Path);
            Assert.Contains("more than the", problem.Message);
        }
    }

    public class Gzipped_inputs
    {
        private static byte[] Gzip(string text) => TestWarc.Gzip(Encoding.UTF8.GetBytes(text));

        [Theory]
        [InlineData("a.jsonl.gz")]
        [InlineData("a.ndjson.gz")]
        [InlineData("a.ndjson")]
        public void Reads_gzipped_and_ndjson_lines(string name)
        {
            using var folder = new TempFolder();
            const string lines = "{\"text\":\"first article\"}\n{\"text\":\"second article\"}\n";
            folder.Write(name, name.EndsWith(".gz", StringComparison.Ordinal) ? Gzip(lines) : Encoding.UTF8.GetBytes(lines));
            var (documents, problems) = Read([folder.Path]);
            Assert.Empty(problems);
            Assert.Equal(["a:1", "a:2"], documents.Select(d => d.Id));
        }

        [Theory]
        [InlineData("page.html.gz", "<html><body><p>Words of a page</p></body></html>")]
        [InlineData("page.htm.gz", "<p>Words of a page</p>")]
        [InlineData("page.txt.gz", "Words of a page")]
        [InlineData("page.md.gz", "# Words of a page")]
        public void Reads_gzipped_single_documents_by_their_inner_extension(string name, string content)
        {
            using var folder = new TempFolder();
            folder.Write(name, Gzip(content));
            var (documents, problems) = Read([Path.Combine(folder.Path, name)]);
            Assert.Empty(problems);
            Assert.Contains("Words of a page", Assert.Single(documents).View.Chars);
            Assert.Equal("page", documents[0].Id);
        }

        [Fact]
        public void Refuses_a_gzip_bomb_after_reading_only_the_limit()
        {
            using var folder = new TempFolder();
            using (var output = File.Create(Path.Combine(folder.Path, "bomb.html.gz")))
            using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
            {
                var zeros = new byte[1 << 20];
                zeros.AsSpan().Fill((byte)'a');
                for (var i = 0; i < 64; i++) gzip.Write(zeros);
            }
            var (documents, problems) = Read([folder.Path], new ReadOptions { MaxDocumentBytes = 4L * 1024 * 1024 });
            Assert.Empty(documents);
            Assert.Contains("expands past the 4 MB limit", Assert.Single(problems).Message);
        }

        [Fact]
        public void Reports_a_corrupt_gzip_file()
        {
            using var folder = new TempFolder();
            folder.Write("bad.txt.gz", "not gzip at all"u8.ToArray());
            folder.Write("good.txt", Article);
            var (documents, problems) = Read([folder.Path]);
            Assert.Single(documents);
            Assert.Contains("gzip", Assert.Single(problems).Message);
        }

        [Fact]
        public void Lists_every_readable_type_in_its_message()
        {
            foreach (var extension in new[] { ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".pdf", ".warc", ".warc.gz", ".jsonl.gz", ".html.gz" })
            {
                Assert.NotNull(InputWalker.FormatOf("x" + extension));
                Assert.Contains(extension, InputWalker.KnownExtensions);
            }
            Assert.Null(InputWalker.FormatOf("x.pdf.gz"));
            Assert.Null(InputWalker.FormatOf("x.gz"));
        }
    }

    [Fact]
    public void Says_what_is_wrong_with_malformed_json_in_plain_words()
    {
        using var folder = new TempFolder();
        folder.Write("bad.jsonl", "{not json\n{\"text\":\"cut short\n[1,2]\n{\"text\":\"a\"} x\n");
        var (_, problems) = Read([folder.Path]);
        Assert.Equal(["malformed JSON at column 2: unexpected 'n'", "malformed JSON: the line ends before its JSON value is complete",
            "not a JSON object (a JSON array)", "malformed JSON at column 14: unexpected 'x'"], problems.Select(p => p.Message));
        Assert.DoesNotContain(problems, p => p.Message.Contains("BytePosition") || p.Message.Contains("LineNumber"));
    }
}
