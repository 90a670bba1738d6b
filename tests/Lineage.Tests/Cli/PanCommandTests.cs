using Lineage.Cli;
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
}
