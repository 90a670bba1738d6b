using Lineage.Pan;
using Lineage.Reading;

namespace Lineage.Tests.Pan;

public class PanTextAlignmentTests
{
    private static PanRunOptions OptionsFor(TinyPanCorpus corpus) => new()
    {
        SuspiciousFolder = corpus.SuspiciousFolder,
        SourceFolder = corpus.SourceFolder,
        OutputFolder = corpus.OutputFolder,
        Parallelism = 2,
    };

    private static IReadOnlyList<PanPair> PairsOf(TinyPanCorpus corpus) => PanPairsFile.Read(corpus.PairsFile, new List<ReadProblem>());

    [Fact]
    public void Writes_one_detection_file_per_pair_named_after_both_documents()
    {
        using var corpus = new TinyPanCorpus();
        var result = PanTextAlignment.Run(PairsOf(corpus), OptionsFor(corpus));
        Assert.Equal(2, result.Written);
        Assert.False(result.SkippedAny);
        Assert.Equal(
            ["suspicious-document00001-source-document00001.xml", "suspicious-document00002-source-document00001.xml"],
            Directory.GetFiles(corpus.OutputFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Finds_the_copied_passage_at_the_gold_offsets_counting_the_byte_order_mark()
    {
        using var corpus = new TinyPanCorpus();
        PanTextAlignment.Run(PairsOf(corpus), OptionsFor(corpus));
        var file = PanXml.Read(Path.Combine(corpus.OutputFolder, "suspicious-document00001-source-document00001.xml"), "x");
        Assert.Equal(TinyPanCorpus.Suspicious1, file.Reference);
        var detection = Assert.Single(file.Annotations);
        Assert.Equal(corpus.Case.SuspiciousSpan, detection.SuspiciousSpan);
        Assert.Equal(corpus.Case.SourceSpan, detection.SourceSpan);
        Assert.Equal(TinyPanCorpus.Source1, detection.Source);

        // The offsets select the same text in both files as PAN reads them.
        var suspicious = corpus.PanTextOf($"susp/{TinyPanCorpus.Suspicious1}");
        var source = corpus.PanTextOf($"src/{TinyPanCorpus.Source1}");
        Assert.Equal('\uFEFF', suspicious[0]);
        Assert.Equal(source.Substring(detection.SourceSpan.Start, detection.SourceSpan.Length),
            suspicious.Substring(detection.SuspiciousSpan.Start, detection.SuspiciousSpan.Length));
    }

    [Fact]
    public void Scores_perfectly_against_its_own_gold_with_no_detection_in_the_clean_document()
    {
        using var corpus = new TinyPanCorpus();
        PanTextAlignment.Run(PairsOf(corpus), OptionsFor(corpus));
        var problems = new List<ReadProblem>();
        var evaluation = PanEvaluator.Evaluate(PanXmlFolder.Read(corpus.GoldFolder, problems), PanXmlFolder.Read(corpus.OutputFolder, problems));
        Assert.Empty(problems);
        Assert.Equal(1, evaluation.Overall.Plagdet);
        Assert.Equal([TinyPanCorpus.Suspicious2], evaluation.CleanDocuments);
        Assert.Empty(evaluation.DetectionsInCleanDocuments);
    }

    [Fact]
    public void A_missing_document_skips_its_pairs_names_the_file_once_and_the_run_goes_on()
    {
        using var corpus = new TinyPanCorpus();
        corpus.Write("pairs", $"{TinyPanCorpus.Suspicious1} {TinyPanCorpus.Source1}\nsuspicious-document00009.txt {TinyPanCorpus.Source1}\nsuspicious-document00009.txt source-document00002.txt\n");
        var result = PanTextAlignment.Run(PairsOf(corpus), OptionsFor(corpus));
        Assert.Equal(1, result.Written);
        Assert.Equal([2, 3], result.SkippedPairs.Select(p => p.Line));
        Assert.Equal(2, result.Problems.Count);
        Assert.Contains(result.Problems, p => p.Path.EndsWith("suspicious-document00009.txt", StringComparison.Ordinal) && p.Message == "no such file");
        Assert.Contains(result.Problems, p => p.Path.EndsWith("source-document00002.txt", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(corpus.OutputFolder, "suspicious-document00001-source-document00001.xml")));
    }
}
