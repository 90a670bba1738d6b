using Lineage.Alignment;

namespace Lineage.Pan;

/// <summary>
/// PAN text alignment for one pair: the suspicious document is side A of the alignment and the
/// source side B, and every passage becomes one detection in PAN offsets.
/// </summary>
public static class PanDetector
{
    public static IReadOnlyList<PanAnnotation> Detect(PanText suspicious, PanText source, AlignmentOptions options)
    {
        var alignment = PairAligner.Align(suspicious.Tokens, source.Tokens, options);
        var detections = new List<PanAnnotation>(alignment.Passages.Count);
        foreach (var passage in alignment.Passages)
            detections.Add(new PanAnnotation(suspicious.Name, suspicious.ToPan(passage.A), source.Name, source.ToPan(passage.B)));
        return detections;
    }
}
