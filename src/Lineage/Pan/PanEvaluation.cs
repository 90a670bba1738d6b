namespace Lineage.Pan;

/// <summary>Detections scored against a PAN gold standard: the measures overall and per obfuscation, and what was missed or wrongly found.</summary>
public sealed record PanEvaluation
{
    public required PanScore Overall { get; init; }

    /// <summary>
    /// One score per obfuscation, in name order; empty when no gold case names one. A category's
    /// precision is over the detections that overlap its cases: detections that overlap no case
    /// at all lower only <see cref="Overall"/>.
    /// </summary>
    public required IReadOnlyList<PanCategoryScore> ByCategory { get; init; }

    /// <summary>Every gold case with its recall, in gold file order.</summary>
    public required IReadOnlyList<PanCaseResult> Cases { get; init; }

    public required int GoldFiles { get; init; }

    public required int DetectionFiles { get; init; }

    /// <summary>Suspicious documents the gold names that hold no case (PAN's plagiarism-free documents).</summary>
    public required IReadOnlyList<string> CleanDocuments { get; init; }

    /// <summary>Detections that overlap no gold case.</summary>
    public required IReadOnlyList<PanAnnotation> FalseDetections { get; init; }

    /// <summary>Detections in a document of <see cref="CleanDocuments"/>.</summary>
    public required IReadOnlyList<PanAnnotation> DetectionsInCleanDocuments { get; init; }

    /// <summary>Suspicious documents with detections that no gold file names: likely the wrong gold folder; their detections count as false.</summary>
    public required IReadOnlyList<string> DocumentsWithoutGold { get; init; }

    /// <summary>The gold files with at least one case no detection overlaps, in order.</summary>
    public IReadOnlyList<string> FilesWithMissedCases
    {
        get
        {
            var files = new List<string>();
            foreach (var c in Cases)
                if (!c.Detected && (files.Count == 0 || files[^1] != c.File)) files.Add(c.File);
            return files;
        }
    }
}
