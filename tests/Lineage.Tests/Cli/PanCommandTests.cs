using Lineage.Cli;
using Lineage.Pan;
using Lineage.Tests.Pan;

namespace Lineage.Tests.Cli;

public class PanCommandTests
{
    private static int Run(params string[] args) => LineageCommand.Run(args);

    private static string[] PanArgs(TinyPanCorpus corpus) =>
        ["pan", "--pairs", corpus.PairsFile, "--susp", corpus.SuspiciousFolder, "--src", corpus.SourceFolder, "--out", corpus.OutputFolder, "--quiet"];

    [Fact]
    public void Aligns_every_pair_and_exits_zero()
    {
        using var corpus = new TinyPanCorpus();
        Assert.Equal(0, Run(PanArgs(corpus)));
        Assert.Equal(2, Directory.GetFiles(corpus.OutputFolder, "*.xml").Length);
    }

    [Fact]
    public void Exits_one_when_a_pair_is_skipped_and_still_writes_the_others()
    {
        using var corpus = new TinyPanCorpus();
        corpus.Write("pairs", $"{TinyPanCorpus.Suspicious1} {TinyPanCorpus.Source1}\n{TinyPanCorpus.Suspicious1} source-document00404.txt\n");
        Assert.Equal(1, Run(PanArgs(corpus)));
        Assert.Single(Directory.GetFiles(corpus.OutputFolder, "*.xml"));
    }

    [Fact]
    public void Exits_two_for_a_missing_folder_or_pairs_file()
    {
        using var corpus = new TinyPanCorpus();
        Assert.Equal(2, Run("pan", "--pairs", corpus.PairsFile, "--susp", Path.Combine(corpus.Root, "nope"), "--src", corpus.SourceFolder, "--out", corpus.OutputFolder, "--quiet"));
        Assert.Equal(2, Run("pan", "--pairs", Path.Combine(corpus.Root, "nope"), "--susp", corpus.SuspiciousFolder, "--src", corpus.SourceFolder, "--out", corpus.OutputFolder, "--quiet"));
        Assert.Equal(2, Run("pan", "--pairs", corpus.PairsFile, "--susp", corpus.SuspiciousFolder, "--src", corpus.SourceFolder, "--out", corpus.OutputFolder, "--min-words", "0", "--quiet"));
    }

    [Fact]
    public void Reports_reworded_passages_unless_told_verbatim_only()
    {
        using var folder = new TempFolder();
        folder.Write("susp/suspicious-document00001.txt",
            "Officials said on Monday that nine people were killed by floods in northern Bangladesh. " +
            "The Teesta river burst its banks close to Rangpur town after heavy monsoon rain. " +
            "Thousands of families were moved into shelters. " +
            "Boats and helicopters were sent by the army to carry drinking water and food to villages left stranded.");
        folder.Write("src/source-document00001.txt",
            "Floods in northern Bangladesh killed 9 people on Monday, officials said. " +
            "Heavy monsoon rain caused the Teesta river to burst its banks near the town of Rangpur, and thousands of families were moved to shelters. " +
            "The army sent boats and helicopters to carry food and drinking water to stranded villages.");
        var pairs = folder.Write("pairs", "suspicious-document00001.txt source-document00001.txt\n");
        string[] Args(string output) =>
            ["pan", "--pairs", pairs, "--susp", Path.Combine(folder.Path, "susp"), "--src", Path.Combine(folder.Path, "src"), "--out", Path.Combine(folder.Path, output), "--quiet"];
        IReadOnlyList<PanAnnotation> Detections(string output) =>
            PanXml.Read(Path.Combine(folder.Path, output, "suspicious-document00001-source-document00001.xml"), "x").Annotations;

        Assert.Equal(0, Run(Args("both")));
        Assert.Single(Detections("both"));
        Assert.Equal(0, Run([.. Args("verbatim"), "--verbatim-only"]));
        Assert.Empty(Detections("verbatim"));
    }
}
