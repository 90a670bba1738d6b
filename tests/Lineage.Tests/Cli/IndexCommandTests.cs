using System.Text.Json;
using Lineage.Cli;
using Lineage.Storage;

namespace Lineage.Tests.Cli;

/// <summary><c>lineage index add/stats/check</c>, <c>lineage trace</c> and <c>lineage scan --store</c> as a user runs them.</summary>
public class IndexCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    private string Store => Path.Combine(folder.Path, "lineage.db");

    private static int Run(params string[] args) => LineageCommand.Run(args);

    public void Dispose()
    {
        folder.Dispose();
        GC.SuppressFinalize(this);
    }

    private void AddAllButThePdfCopy()
    {
        foreach (var prefix in new[] { "000", "002", "003", "004" })
            Assert.Equal(0, Run("index", "add", SampleCorpus.PathOf(prefix), "--store", Store, "-q"));
    }

    [Fact]
    public void Trace_names_the_web_original_of_the_pdf_copy_in_its_json()
    {
        AddAllButThePdfCopy();
        var json = Path.Combine(folder.Path, "trace.json");

        Assert.Equal(0, Run("trace", SampleCorpus.PathOf("001"), "--store", Store, "--json", json));

        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var traced = Assert.Single(document.RootElement.GetProperty("traced").EnumerateArray());
        var source = traced.GetProperty("source");
        Assert.Equal("000_c165fded52a75aca", source.GetProperty("id").GetString());
        Assert.True(source.GetProperty("coverage").GetDouble() >= 0.9);
        var match = traced.GetProperty("matches").EnumerateArray().First();
        Assert.Equal("000_c165fded52a75aca", match.GetProperty("stored").GetProperty("id").GetString());
        // Offsets select the same words in the traced file and in the stored original.
        var passage = match.GetProperty("passages").EnumerateArray().First();
        var tracedText = SampleCorpus.Text("001").Substring(passage.GetProperty("traced").GetProperty("start").GetInt32(), passage.GetProperty("traced").GetProperty("length").GetInt32());
        var storedText = SampleCorpus.Text("000").Substring(passage.GetProperty("stored").GetProperty("start").GetInt32(), passage.GetProperty("stored").GetProperty("length").GetInt32());
        Assert.StartsWith("On September 17", tracedText);
        Assert.StartsWith("On September 17", storedText);
        Assert.NotEqual(0, match.GetProperty("provenance").GetProperty("evidence").GetArrayLength());
    }

    [Fact]
    public void Trace_with_add_stores_the_document_afterwards()
    {
        AddAllButThePdfCopy();
        Assert.Equal(0, Run("trace", SampleCorpus.PathOf("001"), "--store", Store, "--add", "--json", Path.Combine(folder.Path, "t.json")));
        var stats = Path.Combine(folder.Path, "stats.json");

        Assert.Equal(0, Run("index", "stats", "--store", Store, "--json", stats));

        using var document = JsonDocument.Parse(File.ReadAllText(stats));
        Assert.Equal(5, document.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal(3, document.RootElement.GetProperty("pairs").GetInt32());
        Assert.Equal(StoreSchema.Version, document.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("sqlite", document.RootElement.GetProperty("backend").GetString());
        Assert.Equal(0, Run("index", "check", "--store", Store));
    }

    [Fact]
    public void Scan_store_writes_the_scan_report_of_everything_indexed()
    {
        Assert.Equal(0, Run("index", "add", SampleCorpus.Folder, "--store", Store, "-q"));
        var json = Path.Combine(folder.Path, "all.json");

        Assert.Equal(0, Run("scan", "--store", Store, "--json", json, "-q"));

        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var root = document.RootElement;
        Assert.Equal(5, root.GetProperty("documents").GetArrayLength());
        Assert.Equal(SampleCorpus.Scan.Pairs.Count, root.GetProperty("pairs").GetArrayLength());
        foreach (var section in new[] { "stories", "clusters", "quotes", "provenance" })
            Assert.NotEqual(0, root.GetProperty(section).GetArrayLength());
    }

    [Fact]
    public void Refuses_scan_of_files_and_a_store_at_once()
    {
        Assert.Equal(2, Run("scan", SampleCorpus.Folder, "--store", Store));
        Assert.False(File.Exists(Store));
    }

    [Fact]
    public void Trace_without_a_store_says_to_add_documents_first()
    {
        Assert.Equal(2, Run("trace", SampleCorpus.PathOf("001"), "--store", Store));
        Assert.False(File.Exists(Store));
    }

    [Fact]
    public void Index_add_refuses_a_file_that_is_not_a_store_and_leaves_it_alone()
    {
        var notes = folder.Write("notes.txt", "my notes");
        Assert.Equal(2, Run("index", "add", SampleCorpus.PathOf("000"), "--store", notes, "-q"));
        Assert.Equal("my notes", File.ReadAllText(notes));
    }

    [Fact]
    public void Index_add_counts_documents_already_stored_and_stores_them_once()
    {
        Assert.Equal(0, Run("index", "add", SampleCorpus.Folder, "--store", Store, "-q"));
        Assert.Equal(0, Run("index", "add", SampleCorpus.Folder, "--store", Store, "-q"));
        var stats = Path.Combine(folder.Path, "stats.json");
        Assert.Equal(0, Run("index", "stats", "--store", Store, "--json", stats));
        using var document = JsonDocument.Parse(File.ReadAllText(stats));
        Assert.Equal(5, document.RootElement.GetProperty("documents").GetInt32());
    }

    [Fact]
    public void An_empty_store_is_refused_and_nothing_is_added_anywhere()
    {
        var run = CliRun.Of("index", "add", SampleCorpus.Folder, "--store", "", "-q");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--store", run.Error);
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData("-n", "7")]
    [InlineData("--whole-text", null)]
    [InlineData("--min-words", "30")]
    public void Scan_of_a_store_refuses_options_it_cannot_honour(string option, string? value)
    {
        Assert.Equal(0, Run("index", "add", SampleCorpus.Folder, "--store", Store, "-q"));
        string[] args = value is null ? ["scan", "--store", Store, option] : ["scan", "--store", Store, option, value];

        var run = CliRun.Of(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(option == "-n" ? "--ngram" : option, run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Adding_with_another_ngram_than_the_store_was_built_with_is_refused()
    {
        Assert.Equal(0, Run("index", "add", SampleCorpus.PathOf("000"), "--store", Store, "-q"));
        var run = CliRun.Of("index", "add", SampleCorpus.PathOf("001"), "--store", Store, "-n", "7", "-q");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--ngram 5", run.Error);
    }

    [Fact]
    public void A_json_output_naming_the_store_is_refused_and_the_store_kept()
    {
        Assert.Equal(0, Run("index", "add", SampleCorpus.Folder, "--store", Store, "-q"));
        var run = CliRun.Of("index", "stats", "--store", Store, "--json", Store);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal(0, Run("index", "check", "--store", Store));
    }
}
