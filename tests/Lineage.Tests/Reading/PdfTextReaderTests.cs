using System.Diagnostics;
using System.Runtime.Versioning;
using Lineage.Reading;
using Lineage.Reading.Pdf;
using Lineage.Text;

namespace Lineage.Tests.Reading;

/// <summary>
/// Real extraction runs when pdftotext is installed (scripts/setup.sh installs it as root); without
/// it the same tests check the "pdftotext not found" problem, so each test asserts something either
/// way. The failure modes that need a misbehaving pdftotext use a small stand-in script.
/// </summary>
public class PdfTextReaderTests
{
    private const string NotFound = "cannot read PDF: pdftotext not found (install poppler-utils: apt-get install poppler-utils)";

    private static readonly bool Installed = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Any(dir => File.Exists(Path.Combine(dir, "pdftotext")));

    private static (List<Document> Documents, List<ReadProblem> Problems) Read(string path, ReadOptions? options = null)
    {
        var problems = new List<ReadProblem>();
        var documents = new List<Document>();
        foreach (var file in InputWalker.Walk([path], problems)) DocumentReader.Read(file, options ?? new ReadOptions(), documents, problems);
        return (documents, problems);
    }

    /// <summary>A stand-in for pdftotext: a shell script with the given body.</summary>
    [UnsupportedOSPlatform("windows")]
    private static string FakeTool(TempFolder folder, string body)
    {
        var path = folder.Write("bin/fake-pdftotext", "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    public class With_pdftotext_installed_or_not
    {
        [Fact]
        public void Extracts_the_text_of_each_page_in_reading_order()
        {
            using var folder = new TempFolder();
            var pdf = folder.Write("report.pdf", TestPdf.Build(
                ["Syrian government forces near Deir Ezzor", "were bombed on September 17."],
                ["A second page (with parentheses) follows."]));
            var (documents, problems) = Read(pdf);
            if (!Installed)
            {
                Assert.Equal(NotFound, Assert.Single(problems).Message);
                Assert.Empty(documents);
                return;
            }
            Assert.Empty(problems);
            var document = Assert.Single(documents);
            Assert.Equal("report", document.Id);
            Assert.Equal(DocumentFormat.Pdf, document.Format);
            Assert.Equal(
                "Syrian government forces near Deir Ezzor\nwere bombed on September 17.\nA second page (with parentheses) follows.",
                document.Text.Trim());
            // Offsets index the extracted text: the view is the text itself.
            var words = Tokenizer.Tokenize(document.View);
            var ezzor = words.SpanOf(5);
            Assert.Equal("Ezzor", document.Text.Substring(ezzor.Start, ezzor.Length));
            // The text came through a pipe: nothing was written beside the PDF.
            Assert.Equal([pdf], Directory.GetFiles(folder.Path));
        }

        [Fact]
        public void Joins_a_word_hyphenated_across_a_page_break()
        {
            using var folder = new TempFolder();
            var pdf = folder.Write("split.pdf", TestPdf.Build(["the oppo-"], ["sition leader"]));
            var (documents, problems) = Read(pdf);
            if (!Installed)
            {
                Assert.Equal(NotFound, Assert.Single(problems).Message);
                return;
            }
            Assert.Empty(problems);
            var words = Tokenizer.Tokenize(Assert.Single(documents).View);
            Assert.Equal(["the", "opposition", "leader"], Enumerable.Range(0, words.Count).Select(i => words.FoldedOf(i).ToString()));
        }

        [Fact]
        public void Reports_a_corrupt_pdf_with_what_pdftotext_said()
        {
            using var folder = new TempFolder();
            var pdf = folder.Write("corrupt.pdf", "%PDF-1.4\nthis is not really a pdf\n");
            folder.Write("good.txt", "A text file beside it is still read.");
            var (documents, problems) = Read(folder.Path);
            Assert.Equal("good", Assert.Single(documents).Id);
            var problem = Assert.Single(problems);
            Assert.Equal(pdf, problem.Path);
            Assert.True(problem.Skipped);
            if (!Installed)
            {
                Assert.Equal(NotFound, problem.Message);
                return;
            }
            Assert.StartsWith("cannot read PDF: pdftotext failed (exit code 1): ", problem.Message);
            Assert.Contains("Couldn't read xref table", problem.Message);
        }

        [Fact]
        public void Reports_a_pdf_without_a_text_layer_as_a_probable_scan()
        {
            using var folder = new TempFolder();
            var pdf = folder.Write("scan.pdf", TestPdf.Build([], []));
            var (documents, problems) = Read(pdf);
            Assert.Empty(documents);
            Assert.Equal(Installed ? "no text layer (scanned PDF?)" : NotFound, Assert.Single(problems).Message);
        }
    }

    public class With_a_missing_or_misbehaving_pdftotext
    {
        [Fact]
        public void Says_which_package_to_install_when_pdftotext_is_missing()
        {
            using var folder = new TempFolder();
            folder.Write("a.pdf", TestPdf.Build(["Some text"]));
            folder.Write("b.pdf", TestPdf.Build(["More text"]));
            var options = new ReadOptions { PdfToText = "pdftotext-that-is-not-installed" };
            var (documents, problems) = Read(folder.Path, options);
            Assert.Empty(documents);
            Assert.Equal(2, problems.Count);
            Assert.All(problems, p => Assert.Equal(
                "cannot read PDF: pdftotext-that-is-not-installed not found (install poppler-utils: apt-get install poppler-utils)", p.Message));
        }

        [Fact]
        public void Reports_the_exit_code_and_messages_of_a_failing_pdftotext()
        {
            if (OperatingSystem.IsWindows()) return;
            using var folder = new TempFolder();
            var pdf = folder.Write("locked.pdf", TestPdf.Build(["Secret"]));
            var tool = FakeTool(folder, "echo 'Command Line Error: Incorrect password' >&2\necho 'Command Line Error: Incorrect password' >&2\nexit 1");
            var (_, problems) = Read(pdf, new ReadOptions { PdfToText = tool });
            Assert.Equal($"cannot read PDF: {tool} failed (exit code 1): Command Line Error: Incorrect password", Assert.Single(problems).Message);
        }

        [Fact]
        public void Stops_a_pdftotext_that_runs_past_the_timeout()
        {
            if (OperatingSystem.IsWindows()) return;
            using var folder = new TempFolder();
            var pdf = folder.Write("slow.pdf", TestPdf.Build(["Slow"]));
            var tool = FakeTool(folder, "sleep 30");
            var clock = Stopwatch.StartNew();
            var (documents, problems) = Read(pdf, new ReadOptions { PdfToText = tool, PdfTimeout = TimeSpan.FromSeconds(1) });
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
            Assert.Empty(documents);
            Assert.Equal($"cannot read PDF: {tool} took longer than 1 s and was stopped", Assert.Single(problems).Message);
        }

        [Fact]
        public void Applies_the_limit_for_one_document_to_the_extracted_text()
        {
            if (OperatingSystem.IsWindows()) return;
            using var folder = new TempFolder();
            var pdf = folder.Write("long.pdf", TestPdf.Build(["Long"]));
            var tool = FakeTool(folder, "i=0; while [ $i -lt 200 ]; do echo 'words words words words words words words words'; i=$((i+1)); done");
            var (documents, problems) = Read(pdf, new ReadOptions { PdfToText = tool, MaxDocumentBytes = 1000 });
            Assert.Empty(documents);
            Assert.Equal("its text is more than the 0 MB limit for one document (raise it with --max-doc-mb)", Assert.Single(problems).Message);
        }

        [Fact]
        public void Reads_what_the_tool_writes_as_the_document_text()
        {
            if (OperatingSystem.IsWindows()) return;
            using var folder = new TempFolder();
            var pdf = folder.Write("any.pdf", TestPdf.Build(["ignored"]));
            var tool = FakeTool(folder, "printf 'Caf\\303\\251 cr\\303\\250me\\n'");
            var (documents, problems) = Read(pdf, new ReadOptions { PdfToText = tool });
            Assert.Empty(problems);
            Assert.Equal("Café crème\n", Assert.Single(documents).Text);
        }
    }
}
