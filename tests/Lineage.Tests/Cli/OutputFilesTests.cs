using System.Diagnostics;
using Lineage.Cli;

namespace Lineage.Tests.Cli;

/// <summary>Every output option (<c>--json</c>, <c>--csv</c>, <c>--html</c>) writes where its path points and never over what the user gave.</summary>
public class OutputFilesTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        folder.Dispose();
        GC.SuppressFinalize(this);
    }

    private string Copy(string prefix, string name)
    {
        var path = Path.Combine(folder.Path, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(SampleCorpus.PathOf(prefix), path);
        return path;
    }

    [Fact]
    public void A_symlink_is_written_through_to_its_target_and_stays_a_symlink()
    {
        var target = Path.Combine(folder.Path, "target.json");
        File.WriteAllText(target, "old");
        var link = Path.Combine(folder.Path, "link.json");
        File.CreateSymbolicLink(link, "target.json");

        var run = CliRun.Of("scan", SampleCorpus.Folder, "-q", "--json", link);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal("target.json", new FileInfo(link).LinkTarget);
        Assert.StartsWith("{", File.ReadAllText(target));
    }

    [LinuxFact]
    public void A_fifo_is_written_in_place_and_its_reader_gets_the_csv()
    {
        var fifo = Path.Combine(folder.Path, "pairs.csv");
        using (var mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
        var read = Task.Run(() => File.ReadAllText(fifo));

        var run = CliRun.Of("scan", SampleCorpus.Folder, "-q", "--csv", fifo);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.True(read.Wait(TimeSpan.FromMinutes(1)));
        Assert.StartsWith("a,b,passages", read.Result);
        Assert.Equal(FileKind.Special, FileIdentity.Of(fifo).Kind);
    }

    [LinuxFact]
    public void Character_devices_are_told_from_regular_files()
    {
        Assert.Equal(FileKind.Special, FileIdentity.Of("/dev/null").Kind);
        Assert.Equal(FileKind.Regular, FileIdentity.Of(SampleCorpus.PathOf("000")).Kind);
        Assert.Equal(FileKind.Directory, FileIdentity.Of(folder.Path).Kind);
        Assert.Equal(FileKind.Missing, FileIdentity.Of(Path.Combine(folder.Path, "none")).Kind);
    }

    [Fact]
    public void An_input_file_is_never_overwritten_given_alone_or_inside_a_folder()
    {
        var a = Copy("000", "in/a.txt");
        Copy("001", "in/b.txt");
        var before = File.ReadAllText(a);

        var inFolder = CliRun.Of("scan", Path.Combine(folder.Path, "in"), "--csv", a);
        var given = CliRun.Of("scan", a, Path.Combine(folder.Path, "in", "b.txt"), "--json", Path.Combine(folder.Path, "in", ".", "a.txt"));

        Assert.Equal(ExitCodes.Usage, inFolder.ExitCode);
        Assert.Contains("--csv", inFolder.Error);
        Assert.Contains("input file", inFolder.Error);
        Assert.Equal(ExitCodes.Usage, given.ExitCode);
        Assert.Equal(before, File.ReadAllText(a));
    }

    [Fact]
    public void An_input_reached_through_a_symlink_is_never_overwritten()
    {
        var a = Copy("000", "in/a.txt");
        var link = Path.Combine(folder.Path, "alias.txt");
        File.CreateSymbolicLink(link, a);
        var before = File.ReadAllText(a);

        var run = CliRun.Of("scan", a, "--json", link);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal(before, File.ReadAllText(a));
    }

    [Fact]
    public void Two_options_naming_one_file_are_refused()
    {
        var same = Path.Combine(folder.Path, "same.out");
        var run = CliRun.Of("scan", SampleCorpus.Folder, "--json", same, "--csv", Path.Combine(folder.Path, ".", "same.out"));
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--json", run.Error);
        Assert.Contains("--csv", run.Error);
        Assert.False(File.Exists(same));
    }

    [Fact]
    public void Stdout_is_named_at_most_once()
    {
        var run = CliRun.Of("scan", SampleCorpus.Folder, "--json", "-", "--csv", "-");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("stdout", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void A_bad_output_path_is_refused_before_the_work_so_no_other_output_is_written()
    {
        var json = Path.Combine(folder.Path, "result.json");
        var missing = CliRun.Of("scan", SampleCorpus.Folder, "--json", json, "--csv", Path.Combine(folder.Path, "no-such-folder", "pairs.csv"));
        var isFolder = CliRun.Of("scan", SampleCorpus.Folder, "--json", json, "--html", folder.Path);
        var empty = CliRun.Of("scan", SampleCorpus.Folder, "--json", json, "--csv", "");

        foreach (var run in new[] { missing, isFolder, empty })
        {
            Assert.Equal(ExitCodes.Usage, run.ExitCode);
            Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        Assert.Contains("--csv", missing.Error);
        Assert.Contains("--html", isFolder.Error);
        Assert.False(File.Exists(json));
    }

    [LinuxFact]
    public void A_regular_file_is_replaced_whole_and_keeps_its_permissions()
    {
        var csv = folder.Write("pairs.csv", "old");
#pragma warning disable CA1416 // LinuxFact
        File.SetUnixFileMode(csv, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Assert.Equal(ExitCodes.Ok, CliRun.Of("scan", SampleCorpus.Folder, "-q", "--csv", csv).ExitCode);

        Assert.StartsWith("a,b,passages", File.ReadAllText(csv));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(csv));
#pragma warning restore CA1416
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Json_output_ends_with_a_line_break_on_stdout_and_in_a_file()
    {
        var json = Path.Combine(folder.Path, "articles.json");
        var stdout = CliRun.Of("scan", SampleCorpus.Folder, "--json", "-");
        var file = CliRun.Of("extract", SampleCorpus.Folder, "--json", json);

        Assert.Equal(ExitCodes.Ok, stdout.ExitCode);
        Assert.Equal(ExitCodes.Ok, file.ExitCode);
        Assert.EndsWith("}\n", stdout.Output);
        Assert.EndsWith("}\n", File.ReadAllText(json));
    }
}
