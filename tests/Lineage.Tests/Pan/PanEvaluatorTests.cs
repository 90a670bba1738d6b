using Lineage.Pan;
using Lineage.Text;

namespace Lineage.Tests.Pan;

public class PanEvaluatorTests
{
    private static PanAnnotation Case(string suspicious, int offset, int length, string source, int sourceOffset, string? obfuscation = null, string? type = null) =>
        new(suspicious, new TextSpan(offset, length), source, new TextSpan(sourceOffset, length)) { Obfuscation = obfuscation, Type = type };

    private static PanAnnotation Detection(string suspicious, int offset, int length, string source, int sourceOffset) =>
        new(suspicious, new TextSpan(offset, length), source, new TextSpan(sourceOffset, length));

    /// <summary>PAN-PC-11 layout: one gold file per suspicious document, all its cases in it.</summary>
    private static readonly PanXmlFile[] Gold =
    [
        new("suspicious-document00001.xml", "s1.txt",
        [
            Case("s1.txt", 0, 100, "r1.txt", 0, obfuscation: "none", type: "artificial"),
            Case("s1.txt", 500, 100, "r2.txt", 200, obfuscation: "random", type: "artificial"),
        ]),
        new("suspicious-document00002.xml", "s2.txt", [Case("s2.txt", 0, 100, "r1.txt", 300, type: "simulated")]),
        new("suspicious-document00003.xml", "s3.txt", []),
    ];

    [Fact]
    public void Matches_per_pair_detection_files_with_per_document_gold_by_the_documents_they_name()
    {
        PanXmlFile[] detections =
        [
            new("s1-r1.xml", "s1.txt", [Detection("s1.txt", 0, 100, "r1.txt", 0)]),
            new("s1-r2.xml", "s1.txt", [Detection("s1.txt", 500, 100, "r2.txt", 200)]),
            new("s2-r1.xml", "s2.txt", [Detection("s2.txt", 0, 100, "r1.txt", 300)]),
        ];
        var evaluation = PanEvaluator.Evaluate(Gold, detections);
        Assert.Equal(1, evaluation.Overall.Plagdet);
        Assert.Equal(3, evaluation.Overall.DetectedCases);
        Assert.Empty(evaluation.FilesWithMissedCases);
        Assert.Equal(3, evaluation.GoldFiles);
        Assert.Equal(3, evaluation.DetectionFiles);
    }

    [Fact]
    public void Breaks_the_scores_down_by_obfuscation_or_else_type()
    {
        PanXmlFile[] detections =
        [
            new("s1-r1.xml", "s1.txt", [Detection("s1.txt", 0, 100, "r1.txt", 0)]),
            new("s1-r2.xml", "s1.txt", [Detection("s1.txt", 500, 50, "r2.txt", 200), Detection("s1.txt", 550, 50, "r2.txt", 250)]),
        ];
        var evaluation = PanEvaluator.Evaluate(Gold, detections);
        Assert.Equal(["none", "random", "simulated"], evaluation.ByCategory.Select(c => c.Category));
        var none = evaluation.ByCategory[0].Score;
        Assert.Equal((1.0, 1.0, 1.0), (none.Precision, none.Recall, none.Granularity));
        var random = evaluation.ByCategory[1].Score;
        Assert.Equal(2, random.Granularity);
        Assert.Equal(1, random.Recall);
        var simulated = evaluation.ByCategory[2].Score;
        Assert.Equal(0, simulated.Recall);
        Assert.Equal(0, simulated.Detections);
    }

    [Fact]
    public void Lists_missed_cases_by_gold_file()
    {
        PanXmlFile[] detections = [new("s1-r1.xml", "s1.txt", [Detection("s1.txt", 0, 100, "r1.txt", 0)])];
        var evaluation = PanEvaluator.Evaluate(Gold, detections);
        Assert.Equal(["suspicious-document00001.xml", "suspicious-document00002.xml"], evaluation.FilesWithMissedCases);
        Assert.Equal([true, false, false], evaluation.Cases.Select(c => c.Detected));
        Assert.Equal(1, evaluation.Cases[0].Recall);
    }

    [Fact]
    public void Reports_plagiarism_free_documents_and_detections_in_them()
    {
        var wrong = Detection("s3.txt", 10, 80, "r1.txt", 10);
        PanXmlFile[] detections = [new("s3-r1.xml", "s3.txt", [wrong])];
        var evaluation = PanEvaluator.Evaluate(Gold, detections);
        Assert.Equal(["s3.txt"], evaluation.CleanDocuments);
        Assert.Equal([wrong], evaluation.DetectionsInCleanDocuments);
        Assert.Equal([wrong], evaluation.FalseDetections);
        Assert.Equal(0, evaluation.Overall.Precision);
    }

    [Fact]
    public void Counts_detections_in_documents_no_gold_file_names_as_false_and_says_so()
    {
        PanXmlFile[] detections =
        [
            new("s1-r1.xml", "s1.txt", [Detection("s1.txt", 0, 100, "r1.txt", 0)]),
            new("s9-r1.xml", "s9.txt", [Detection("s9.txt", 0, 100, "r1.txt", 0)]),
        ];
        var evaluation = PanEvaluator.Evaluate(Gold, detections);
        Assert.Equal(["s9.txt"], evaluation.DocumentsWithoutGold);
        Assert.Equal(0.5, evaluation.Overall.Precision);
    }
}
