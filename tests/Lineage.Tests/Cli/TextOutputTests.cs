using Lineage.Cli;

namespace Lineage.Tests.Cli;

/// <summary>What the commands print: whole lines and ids for scripts, the terminal's width for people, counts in the right number.</summary>
public class TextOutputTests : IDisposable
{
    private static readonly string LongName = "a-rather-long-file-name-as-crawlers-make-them-" + new string('x', 60);

    private readonly TempFolder folder = new();

    public TextOutputTests()
    {
        File.Copy(SampleCorpus.PathOf("000"), Path.Combine(folder.Path, LongName + ".txt"));
        File.Copy(SampleCorpus.PathOf("001"), Path.Combine(folder.Path, "copy.txt"));
        folder.Write("empty-" + LongName + ".txt", "");
    }

    public void Dispose()
    {
        folder.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Redirected_output_has_one_line_per_row_with_ids_whole()
    {
        var run = CliRun.Of("scan", folder.Path);

        Assert.Equal(ExitCodes.SomeInputSkipped, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal("A\tB\tpassages\tshared words\tof A\tof B\tderivation", lines[1]);
        Assert.Equal([LongName, "copy", "1", "458", "97 %", "100 %", "copy 100 %"], lines[2].Split('\t'));
    }

    [Fact]
    public void Redirected_problem_lines_are_never_wrapped()
    {
        var run = CliRun.Of("scan", folder.Path);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("skipped: ", line);
        Assert.EndsWith("empty-" + LongName + ".txt: empty file", line);
    }

    [Fact]
    public void Counts_of_one_are_singular()
    {
        var run = CliRun.Of("scan", folder.Path);
        Assert.StartsWith("2 documents, 931 words · ", run.Output);
        Assert.Contains("· 1 pair shares text (1 candidate aligned) · 1 input skipped ·", run.Output);
    }

    [Theory]
    [InlineData(60)]
    [InlineData(100)]
    public void A_terminal_is_as_wide_as_COLUMNS_says(int columns)
    {
        var run = CliRun.Of(["scan", folder.Path], columns, outIsTerminal: true);

        Assert.Equal(ExitCodes.SomeInputSkipped, run.ExitCode);
        var lines = System.Text.RegularExpressions.Regex.Replace(run.Output, "\u001b\\[[0-9;]*m", "").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.True(line.Length <= columns, $"{line.Length} > {columns}: {line}"));
        Assert.Contains(lines, line => line.Length > columns - 10);
    }
}
