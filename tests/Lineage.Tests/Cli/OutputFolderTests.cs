using Lineage.Cli;
using Lineage.Reporting;

namespace Lineage.Tests.Cli;

/// <summary><c>--passim DIR</c>: a folder of outputs, made when missing, never mixed with other files or with the inputs.</summary>
public class OutputFolderTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        folder.Dispose();
        GC.SuppressFinalize(this);
    }

    private static readonly string[] OwnFiles = [PassimReport.ClustersFile, PassimReport.AlignmentsFile];

    private List<string> Problems(string dir, string[] inputs, string? json = null)
    {
        var outputs = new OutputFiles();
        outputs.Add("--json", json);
        outputs.AddFolder("--passim", dir, OwnFiles);
        return outputs.Problems(inputs);
    }

    [Fact]
    public void Makes_a_missing_folder_with_its_parents_and_writes_both_files()
    {
        var dir = Path.Combine(folder.Path, "new", "passim");
        var run = CliRun.Of("scan", SampleCorpus.Folder, "-q", "--passim", dir);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(OwnFiles.Order(), Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Order());
        Assert.StartsWith("{\"cluster\":", File.ReadAllText(Path.Combine(dir, PassimReport.ClustersFile)));
    }

    [Fact]
    public void Writes_parquet_files_whole_with_no_line_end_after_them()
    {
        var dir = Path.Combine(folder.Path, "parquet");
        Assert.Equal(ExitCodes.Ok, CliRun.Of("scan", SampleCorpus.Folder, "-q", "--parquet", dir).ExitCode);

        foreach (var name in new[] { ParquetReport.DocumentsFile, ParquetReport.PairsFile, ParquetReport.PassagesFile })
        {
            var bytes = File.ReadAllBytes(Path.Combine(dir, name));
            // A Parquet file starts and ends with its magic number; a line end after it would hide the footer.
            Assert.Equal("PAR1"u8.ToArray(), bytes[..4]);
            Assert.Equal("PAR1"u8.ToArray(), bytes[^4..]);
        }
    }

    [Fact]
    public void A_folder_holding_only_its_own_files_is_written_again()
    {
        var dir = Path.Combine(folder.Path, "passim");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, PassimReport.ClustersFile), "old");
        Assert.Empty(Problems(dir, [SampleCorpus.Folder]));

        Assert.Equal(ExitCodes.Ok, CliRun.Of("scan", SampleCorpus.Folder, "-q", "--passim", dir).ExitCode);
        Assert.NotEqual("old", File.ReadAllText(Path.Combine(dir, PassimReport.ClustersFile)));
    }

    [Fact]
    public void Refuses_a_folder_holding_anything_else_and_leaves_it_as_it_was()
    {
        var dir = Path.Combine(folder.Path, "notes");
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        File.WriteAllText(Path.Combine(dir, "out.json"), "mine");

        var problem = Assert.Single(Problems(dir, [SampleCorpus.Folder]));
        Assert.Contains("holds sub", problem);

        var run = CliRun.Of("scan", SampleCorpus.Folder, "-q", "--passim", dir);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--passim", run.Error);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(dir, "out.json")));
    }

    [Fact]
    public void Refuses_an_input_folder_a_folder_holding_an_input_and_a_file()
    {
        var inputs = Path.Combine(folder.Path, "inputs");
        Directory.CreateDirectory(inputs);
        var article = Path.Combine(inputs, "a.txt");
        File.Copy(SampleCorpus.PathOf("000"), article);

        Assert.Contains("is or holds the input", Assert.Single(Problems(inputs, [inputs])));
        Assert.Contains("is or holds the input", Assert.Single(Problems(folder.Path, [article])));
        Assert.Contains("is not a folder", Assert.Single(Problems(article, [SampleCorpus.Folder])));
        Assert.Contains("give a folder name", Assert.Single(Problems("", [SampleCorpus.Folder])));
    }

    [Fact]
    public void Refuses_two_options_naming_one_folder()
    {
        var dir = Path.Combine(folder.Path, "out");
        var outputs = new OutputFiles();
        outputs.AddFolder("--passim", dir, OwnFiles);
        outputs.AddFolder("--parquet", dir + "/", [ParquetReport.DocumentsFile], binary: true);
        Assert.Contains("name the same folder", Assert.Single(outputs.Problems([SampleCorpus.Folder])));
    }

    [Fact]
    public void Refuses_another_output_naming_one_of_its_files()
    {
        var dir = Path.Combine(folder.Path, "passim");
        Directory.CreateDirectory(dir);
        var problem = Assert.Single(Problems(dir, [SampleCorpus.Folder], json: Path.Combine(dir, PassimReport.ClustersFile)));
        Assert.Contains("is a file --passim", problem);
    }
}
