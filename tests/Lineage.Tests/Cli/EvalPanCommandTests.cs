using System.Text.Json;
using Lineage.Cli;
using Lineage.Tests.Pan;

namespace Lineage.Tests.Cli;

public class EvalPanCommandTests
{
    private static int Run(params string[] args) => LineageCommand.Run(args);

    [Fact]
    public void Scores_the_detections_of_lineage_pan_and_writes_json()
    {
        using var corpus = new TinyPanCorpus();
        Assert.Equal(0, Run("pan", "--pairs", corpus.PairsFile, "--susp", corpus.SuspiciousFolder, "--src", corpus.SourceFolder, "--out", corpus.OutputFolder, "--quiet"));
        var json = Path.Combine(corpus.Root, "evaluation.json");
        Assert.Equal(0, Run("eval", "pan", "--gold", corpus.GoldFolder, "--detections", corpus.OutputFolder, "--json", json));

        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var overall = root.GetProperty("overall");
        Assert.Equal(1, overall.GetProperty("plagdet").GetDouble());
        Assert.Equal(1, overall.GetProperty("cases").GetInt32());
        Assert.Equal(1, root.GetProperty("byObfuscation").GetProperty("none").GetProperty("recall").GetDouble());
        Assert.Equal(TinyPanCorpus.Suspicious2, Assert.Single(root.GetProperty("cleanDocuments").EnumerateArray()).GetString());
        Assert.Equal(0, root.GetProperty("falseDetections").GetArrayLength());
    }

    [Fact]
    public void Exits_two_without_gold()
    {
        using var corpus = new TinyPanCorpus();
        Directory.CreateDirectory(corpus.OutputFolder);
        Assert.Equal(2, Run("eval", "pan", "--gold", Path.Combine(corpus.Root, "nope"), "--detections", corpus.OutputFolder));
        Assert.Equal(2, Run("eval", "pan", "--gold", corpus.OutputFolder, "--detections", corpus.OutputFolder));
    }

    [Fact]
    public void Exits_one_when_a_detection_file_is_unreadable_and_scores_the_rest()
    {
        using var corpus = new TinyPanCorpus();
        corpus.Write("out/broken.xml", "<document");
        Assert.Equal(1, Run("eval", "pan", "--gold", corpus.GoldFolder, "--detections", corpus.OutputFolder, "--json", Path.Combine(corpus.Root, "e.json")));
    }
}
