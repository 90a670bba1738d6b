using System.Text.Json;
using Lineage.Cli;

namespace Lineage.Tests.Cli;

public class ScanCommandTests
{
    private static int Run(params string[] args) => LineageCommand.Run(args);

    [Fact]
    public void Json_is_compact_for_a_pipe_and_indented_for_a_terminal_with_the_same_content()
    {
        var piped = CliRun.Of(["scan", SampleCorpus.Folder, "--json", "-", "--quiet"], columns: null, outIsTerminal: false);
        var shown = CliRun.Of(["scan", SampleCorpus.Folder, "--json", "-", "--quiet"], columns: 100, outIsTerminal: true);
        Assert.Equal(0, piped.ExitCode);
        Assert.Equal(0, shown.ExitCode);
        // One line (and its ending) for scripts; indented lines for a person.
        Assert.Single(piped.Output.TrimEnd('\n').Split('\n'));
        Assert.Contains("\n  \"documents\": [", shown.Output);
        using var compact = JsonDocument.Parse(piped.Output);
        using var indented = JsonDocument.Parse(shown.Output);
        Assert.Equal(JsonSerializer.Serialize(indented.RootElement), JsonSerializer.Serialize(compact.RootElement));
    }

    [Fact]
    public void Writes_json_and_csv_for_the_samples_and_exits_zero()
    {
        using var folder = new TempFolder();
        var json = Path.Combine(folder.Path, "result.json");
        var csv = Path.Combine(folder.Path, "pairs.csv");
        Assert.Equal(0, Run("scan", SampleCorpus.Folder, "--json", json, "--csv", csv, "--quiet"));

        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("utf16", root.GetProperty("offsetUnit").GetString());
        Assert.Equal(5, root.GetProperty("documents").GetArrayLength());
        Assert.NotEqual(0, root.GetProperty("pairs").GetArrayLength());

        foreach (var section in new[] { "stories", "clusters", "quotes", "names", "facts", "provenance" })
            Assert.NotEqual(0, root.GetProperty(section).GetArrayLength());
        var texts = root.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!, d => File.ReadAllText(d.GetProperty("path").GetString()!));
        foreach (var quote in root.GetProperty("quotes").EnumerateArray())
            foreach (var occurrence in quote.GetProperty("occurrences").EnumerateArray())
            {
                var text = texts[occurrence.GetProperty("doc").GetString()!];
                var quoted = text.Substring(occurrence.GetProperty("start").GetInt32(), occurrence.GetProperty("length").GetInt32());
                var variant = quote.GetProperty("variants").EnumerateArray().First(v => v.GetProperty("documents").EnumerateArray()
                    .Any(d => d.GetString() == occurrence.GetProperty("doc").GetString())).GetProperty("text").GetString()!;
                // The offsets select the quoted words themselves, whatever line breaks the file has.
                Assert.Equal(Folded(variant), Folded(quoted));
            }
        var edge = root.GetProperty("provenance").EnumerateArray().First(e => e.GetProperty("external").GetBoolean());
        Assert.Equal("South Front", edge.GetProperty("from").GetString());
        Assert.NotEqual(0, edge.GetProperty("evidence").GetArrayLength());

        var lines = File.ReadAllLines(csv);
        Assert.Equal("a,b,passages,shared_words,coverage_a,coverage_b,words_a,words_b,path_a,path_b,rewritten_passages,derivation,derivation_score,matched_a,matched_b,verbatim_a,verbatim_b", lines[0]);
        Assert.Equal(root.GetProperty("pairs").GetArrayLength() + 1, lines.Length);
        Assert.StartsWith("000_c165fded52a75aca,001_4ebc558d1441065c,1,", lines[1]);
        // The PDF copy is wholly derived, word for word.
        Assert.Contains(",0,copy,1,", lines[1]);
    }

    [Fact]
    public void Writes_a_documents_csv_with_story_and_duplicate_group_and_the_ids_to_keep()
    {
        using var folder = new TempFolder();
        var documents = Path.Combine(folder.Path, "documents.csv");
        var keep = Path.Combine(folder.Path, "keep.txt");
        var json = Path.Combine(folder.Path, "result.json");
        Assert.Equal(0, Run("scan", SampleCorpus.Folder, "--documents", documents, "--dedup", keep, "--json", json, "--quiet"));

        var rows = File.ReadAllLines(documents);
        Assert.Equal("id,path,site,published,words,story,duplicateGroup,representative", rows[0]);
        Assert.Equal(6, rows.Length);
        var fields = rows.Skip(1).Select(r => r.Split(',')).ToDictionary(f => f[0][..3]);
        // 001 is the PDF copy of 000: one group, 000 kept (it is dated); the five are one story.
        Assert.Equal(fields["000"][6], fields["001"][6]);
        Assert.Equal("true", fields["000"][7]);
        Assert.Equal("false", fields["001"][7]);
        Assert.Single(fields.Values.Select(f => f[5]).Distinct());
        Assert.Equal(4, fields.Values.Select(f => f[6]).Distinct().Count());

        var kept = File.ReadAllLines(keep);
        Assert.Equal(4, kept.Length);
        Assert.DoesNotContain(kept, id => id.StartsWith("001", StringComparison.Ordinal));

        using var result = JsonDocument.Parse(File.ReadAllText(json));
        var group = Assert.Single(result.RootElement.GetProperty("duplicateGroups").EnumerateArray());
        Assert.StartsWith("000", group.GetProperty("representative").GetString(), StringComparison.Ordinal);
        foreach (var d in result.RootElement.GetProperty("documents").EnumerateArray())
            Assert.Equal(fields[d.GetProperty("id").GetString()![..3]][6], d.GetProperty("duplicateGroup").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        var story = result.RootElement.GetProperty("stories")[0];
        Assert.Equal("2016-09-18", story.GetProperty("firstPublished").GetString());
        Assert.Equal("2016-09-21", story.GetProperty("lastPublished").GetString());
    }

    [Fact]
    public void Writes_the_html_report_from_the_store_as_from_files()
    {
        using var folder = new TempFolder();
        var html = Path.Combine(folder.Path, "report.html");
        Assert.Equal(0, Run("scan", SampleCorpus.Folder, "--html", html, "--quiet"));

        var text = File.ReadAllText(html);
        Assert.StartsWith("<!DOCTYPE html>", text);
        Assert.Contains("id=\"lineage-data\"", text);
        Assert.Contains("South Front", text);

        var store = Path.Combine(folder.Path, "lineage.db");
        var fromStore = Path.Combine(folder.Path, "stored.html");
        Assert.Equal(0, Run("index", "add", SampleCorpus.Folder, "--store", store, "--quiet"));
        Assert.Equal(0, Run("scan", "--store", store, "--html", fromStore, "--quiet"));
        Assert.Contains("South Front", File.ReadAllText(fromStore));
    }

    private static string Folded(string text)
    {
        var tokens = Lineage.Text.Tokenizer.Tokenize(text);
        return string.Join(' ', Enumerable.Range(0, tokens.Count).Select(i => tokens.FoldedOf(i).ToString()));
    }

    [Fact]
    public void Exits_one_when_some_input_was_skipped_and_still_writes_the_rest()
    {
        using var folder = new TempFolder();
        File.Copy(SampleCorpus.PathOf("000"), Path.Combine(folder.Path, "a.txt"));
        File.Copy(SampleCorpus.PathOf("001"), Path.Combine(folder.Path, "b.txt"));
        folder.Write("empty.txt", "");
        var json = Path.Combine(folder.Path, "out", "result.json");
        Directory.CreateDirectory(Path.GetDirectoryName(json)!);
        Assert.Equal(1, Run("scan", folder.Path, "--json", json, "--quiet"));
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal(1, document.RootElement.GetProperty("pairs").GetArrayLength());
        var problem = Assert.Single(document.RootElement.GetProperty("problems").EnumerateArray());
        Assert.EndsWith("empty.txt", problem.GetProperty("path").GetString());
    }

    [Fact]
    public void Refuses_invalid_options_with_exit_two()
    {
        Assert.Equal(2, Run("scan", SampleCorpus.Folder, "--ngram", "0", "--quiet"));
        Assert.Equal(2, Run("scan", SampleCorpus.Folder, "--jsonl-field", "nonsense", "--quiet"));
    }

    [Fact]
    public void Exits_two_when_nothing_is_readable()
    {
        using var folder = new TempFolder();
        folder.Write("empty.txt", "");
        Assert.Equal(2, Run("scan", folder.Path, "--quiet"));
    }
}
