using System.CommandLine;
using Lineage.Cli;

namespace Lineage.Tests.Cli;

/// <summary>How a command line is taken: mistakes are one line naming the option and exit 2, before any work; a bug is exit 4.</summary>
public class CommandLineTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        folder.Dispose();
        GC.SuppressFinalize(this);
    }

    private static string OneLine(CliRun run)
    {
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return Assert.Single(lines);
    }

    [Fact]
    public void An_unknown_option_is_never_read_as_a_path_and_nothing_is_added()
    {
        var store = Path.Combine(folder.Path, "x.db");

        var run = CliRun.Of("index", "add", SampleCorpus.Folder, "--dry-run", "--store", store);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--dry-run", OneLine(run));
        Assert.False(File.Exists(store));
    }

    [Fact]
    public void A_near_miss_gets_a_suggestion()
    {
        var json = Path.Combine(folder.Path, "out.json");

        var run = CliRun.Of("scan", SampleCorpus.Folder, "--jsn", json);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("did you mean '--json'?", OneLine(run));
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void A_mistyped_command_gets_a_suggestion()
    {
        var run = CliRun.Of("scna", SampleCorpus.Folder);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("unknown command 'scna' for 'lineage'; did you mean 'scan'?", OneLine(run));
    }

    [Fact]
    public void A_word_after_double_dash_is_a_path_even_when_it_starts_with_a_dash()
    {
        var run = CliRun.Of("scan", "-q", "--", "-no-such-file.txt");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("-no-such-file.txt: no such file", run.Error);
    }

    [Theory]
    [InlineData("--top", "abc")]
    [InlineData("--top", "-1")]
    [InlineData("--top", "0")]
    [InlineData("--threads", "-2")]
    [InlineData("--min-words", "0")]
    [InlineData("--ngram", "99")]
    [InlineData("--max-doc-mb", "-3")]
    [InlineData("--jsonl-field", "nonsense")]
    public void A_bad_value_is_one_line_naming_its_option(string option, string value)
    {
        var run = CliRun.Of("scan", SampleCorpus.Folder, option, value);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        var line = OneLine(run);
        Assert.Contains(option, line);
        Assert.DoesNotContain("System.", line);
        Assert.DoesNotContain("parallelism", line);
        Assert.DoesNotContain("min passage", line);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Bare_lineage_prints_help_and_exits_zero()
    {
        var run = CliRun.Of();
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("scan", run.Output);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void An_unexpected_exception_is_one_line_and_exit_four_not_the_exit_of_skipped_input()
    {
        static RootCommand Failing()
        {
            var root = new RootCommand();
            var command = new Command("boom");
            command.SetAction(new Func<ParseResult, int>(_ => throw new AggregateException(new InvalidOperationException("broken invariant"))));
            root.Subcommands.Add(command);
            return root;
        }

        using var output = new MemoryStream();
        using var error = new StringWriter();
        int code;
        using (Terminal.Redirect(output, error)) code = LineageCommand.Run(["boom"], Failing);

        Assert.Equal(ExitCodes.InternalError, code);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("internal error: InvalidOperationException: broken invariant", line);
    }

    [Theory]
    [InlineData("extract", "--ngram")]
    [InlineData("extract", "--min-words")]
    [InlineData("extract", "--max-df")]
    [InlineData("compare", "--ngram")]
    [InlineData("compare", "--window")]
    [InlineData("compare", "--max-df")]
    public void A_command_offers_only_the_options_it_uses(string command, string option)
    {
        var offered = LineageCommand.Create().Subcommands.Single(c => c.Name == command).Options.Any(o => o.Name == option);
        Assert.False(offered);
    }
}
