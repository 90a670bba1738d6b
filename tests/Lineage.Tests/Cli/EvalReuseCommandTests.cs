using System.Text.Json;
using Lineage.Cli;

namespace Lineage.Tests.Cli;

public class EvalReuseCommandTests
{
    private static int Run(params string[] args) => LineageCommand.Create().Parse(args).Invoke();

    private const string Source =
        "Floods in northern Bangladesh killed 9 people on Monday, officials said. " +
        "Heavy monsoon rain caused the Teesta river to burst its banks near the town of Rangpur, and thousands of families were moved to shelters. " +
        "The army sent boats and helicopters to carry food and drinking water to stranded villages. " +
        "Forecasters expect more rain in the region until the end of the week.";

    private const string Heavy =
        "Officials said on Monday that nine people were killed by floods in northern Bangladesh. " +
        "The Teesta river burst its banks close to Rangpur town after heavy monsoon rain. " +
        "Thousands of families were moved into shelters. " +
        "Boats and helicopters were sent by the army to carry drinking water and food to villages left stranded.";

    private const string Independent =
        "Bangladesh has long struggled with seasonal flooding, which scientists link to changes in the Himalayan glaciers. " +
        "A new study by researchers in Dhaka argues that embankments built decades ago now make matters worse. " +
        "The government plans to spend more on early warning systems over the next decade.";

    private static TempFolder SmallSet()
    {
        var folder = new TempFolder();
        folder.Write("file_list.csv", "File,Group,Person,Task,Category\ng0pA_taska.txt,0,A,a,cut\ng0pB_taska.txt,0,B,a,heavy\ng0pC_taska.txt,0,C,a,non\n");
        folder.Write("orig_taska.txt", Source);
        folder.Write("g0pA_taska.txt", Source);
        folder.Write("g0pB_taska.txt", Heavy);
        folder.Write("g0pC_taska.txt", Independent);
        return folder;
    }

    [Fact]
    public void Scores_a_copy_a_rewrite_and_an_independent_text_against_their_source()
    {
        using var folder = SmallSet();
        var json = Path.Combine(folder.Path, "reuse.json");
        Assert.Equal(0, Run("eval", "reuse", "--set", "clough-stevenson", "--dir", folder.Path, "--json", json));

        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var root = document.RootElement;
        Assert.Equal(3, root.GetProperty("texts").GetInt32());
        Assert.Equal(1, root.GetProperty("auc").GetProperty("matched").GetDouble());
        var predicted = root.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("predicted").GetString()).ToList();
        Assert.Equal(["cut", "heavy", "non"], predicted);
        // The rewrite shares no five-word run worth a verbatim passage with its source: only its rewritten passage, as compare keeps it, matches it.
        var heavy = root.GetProperty("cases")[1];
        Assert.True(heavy.GetProperty("verbatim").GetDouble() < 0.4);
        Assert.True(heavy.GetProperty("matched").GetDouble() > 0.9);
        Assert.Equal("rewrite", heavy.GetProperty("derivation").GetString());
        Assert.Equal(1, root.GetProperty("matchedConfusion").GetProperty("heavy").GetProperty("heavy").GetInt32());
    }

    [Fact]
    public void Goes_on_without_an_answer_it_cannot_read_and_exits_one()
    {
        using var folder = SmallSet();
        File.Delete(Path.Combine(folder.Path, "g0pB_taska.txt"));
        var json = Path.Combine(folder.Path, "reuse.json");
        Assert.Equal(1, Run("eval", "reuse", "--set", "clough-stevenson", "--dir", folder.Path, "--json", json));
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal(2, document.RootElement.GetProperty("texts").GetInt32());
    }

    [Fact]
    public void Exits_two_for_a_missing_folder_or_an_unknown_set()
    {
        using var folder = new TempFolder();
        Assert.Equal(2, Run("eval", "reuse", "--set", "clough-stevenson", "--dir", Path.Combine(folder.Path, "missing")));
        Assert.Equal(2, Run("eval", "reuse", "--set", "meter", "--dir", folder.Path));
    }
}
