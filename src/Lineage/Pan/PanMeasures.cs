using Lineage.Text;

namespace Lineage.Pan;

/// <summary>
/// PAN's plagiarism detection measures: Potthast, Stein, Barrón-Cedeño and Rosso, "An Evaluation
/// Framework for Plagiarism Detection", COLING 2010, §3. A case and a detection are both a pair of
/// char ranges, one in the suspicious and one in the source document; a detection detects a case
/// when both ranges overlap. Recall of a case is the share of its chars (suspicious and source range
/// together) that its detections cover; macro recall averages it over cases, and macro precision is
/// the same measure with cases and detections swapped. Granularity is the mean number of detections
/// per detected case, and plagdet = F1 / log2(1 + granularity). Edge cases follow webis's reference
/// implementation, <c>pan09-plagiarism-detection-performance-measures.py</c>, so figures compare
/// with published ones.
/// </summary>
public static class PanMeasures
{
    /// <summary>
    /// True when <paramref name="b"/> detects <paramref name="a"/> (or the other way round): same
    /// suspicious document and overlapping ranges there, and, when both are external, the same source
    /// document and overlapping ranges there too.
    /// </summary>
    public static bool Overlaps(PanAnnotation a, PanAnnotation b)
    {
        if (!string.Equals(a.Suspicious, b.Suspicious, StringComparison.Ordinal)) return false;
        if (!Overlap(a.SuspiciousSpan, b.SuspiciousSpan)) return false;
        if (!a.IsExternal || !b.IsExternal) return true;
        return string.Equals(a.Source, b.Source, StringComparison.Ordinal) && Overlap(a.SourceSpan, b.SourceSpan);
    }

    /// <summary>
    /// The share of <paramref name="target"/>'s chars, suspicious and source range together, that the
    /// annotations overlapping it cover (each char counted once); 0 for an empty target.
    /// </summary>
    public static double CaseRecall(PanAnnotation target, IReadOnlyList<PanAnnotation> others)
    {
        var length = target.SuspiciousSpan.Length + (target.IsExternal ? target.SourceSpan.Length : 0);
        if (length == 0) return 0;
        var suspicious = new List<TextSpan>();
        var source = new List<TextSpan>();
        foreach (var other in others)
        {
            if (!Overlaps(target, other)) continue;
            suspicious.Add(Intersection(target.SuspiciousSpan, other.SuspiciousSpan));
            if (target.IsExternal && other.IsExternal) source.Add(Intersection(target.SourceSpan, other.SourceSpan));
        }
        return (double)(Covered(suspicious) + Covered(source)) / length;
    }

    /// <summary>Macro-averaged recall: mean <see cref="CaseRecall"/> over cases; 1 when there is nothing to find and nothing found, 0 when only one side is empty.</summary>
    public static double MacroRecall(IReadOnlyList<PanAnnotation> cases, IReadOnlyList<PanAnnotation> detections)
    {
        if (cases.Count == 0 && detections.Count == 0) return 1;
        if (cases.Count == 0 || detections.Count == 0) return 0;
        var bySuspicious = IndexBySuspicious(detections);
        var sum = 0.0;
        foreach (var c in cases)
            if (bySuspicious.TryGetValue(c.Suspicious, out var candidates)) sum += CaseRecall(c, candidates);
        return sum / cases.Count;
    }

    /// <summary>Macro-averaged precision: the share of each detection that lies in cases, averaged over detections.</summary>
    public static double MacroPrecision(IReadOnlyList<PanAnnotation> cases, IReadOnlyList<PanAnnotation> detections) =>
        MacroRecall(detections, cases);

    /// <summary>Mean number of detections overlapping each detected case; 1 when no case is detected.</summary>
    public static double Granularity(IReadOnlyList<PanAnnotation> cases, IReadOnlyList<PanAnnotation> detections)
    {
        if (detections.Count == 0) return 1;
        var bySuspicious = IndexBySuspicious(detections);
        long overlapping = 0;
        var detected = 0;
        foreach (var c in cases)
        {
            if (!bySuspicious.TryGetValue(c.Suspicious, out var candidates)) continue;
            var n = CountOverlapping(c, candidates);
            overlapping += n;
            if (n > 0) detected++;
        }
        return detected == 0 ? 1 : (double)overlapping / detected;
    }

    /// <summary>F1 of precision and recall discounted by granularity: F1 / log2(1 + granularity); 0 when F1 is undefined.</summary>
    public static double Plagdet(double precision, double recall, double granularity)
    {
        if ((recall == 0 && precision == 0) || precision < 0 || recall < 0 || granularity < 1) return 0;
        return 2 * precision * recall / (precision + recall) / Math.Log2(1 + granularity);
    }

    /// <summary>All measures and counts of <paramref name="detections"/> against <paramref name="cases"/>.</summary>
    public static PanScore Score(IReadOnlyList<PanAnnotation> cases, IReadOnlyList<PanAnnotation> detections)
    {
        var detectionIndex = IndexBySuspicious(detections);
        var caseIndex = IndexBySuspicious(cases);
        var detected = 0;
        foreach (var c in cases)
            if (detectionIndex.TryGetValue(c.Suspicious, out var candidates) && CountOverlapping(c, candidates) > 0) detected++;
        var trueDetections = 0;
        foreach (var d in detections)
            if (caseIndex.TryGetValue(d.Suspicious, out var candidates) && CountOverlapping(d, candidates) > 0) trueDetections++;
        return new PanScore(
            Cases: cases.Count,
            DetectedCases: detected,
            Detections: detections.Count,
            TrueDetections: trueDetections,
            Precision: MacroPrecision(cases, detections),
            Recall: MacroRecall(cases, detections),
            Granularity: Granularity(cases, detections));
    }

    /// <summary>How many of <paramref name="others"/> overlap <paramref name="target"/>.</summary>
    public static int CountOverlapping(PanAnnotation target, IReadOnlyList<PanAnnotation> others)
    {
        var n = 0;
        foreach (var other in others)
            if (Overlaps(target, other)) n++;
        return n;
    }

    /// <summary>Annotations grouped by suspicious document, so each is compared only with those of its own document.</summary>
    public static Dictionary<string, List<PanAnnotation>> IndexBySuspicious(IReadOnlyList<PanAnnotation> annotations)
    {
        var index = new Dictionary<string, List<PanAnnotation>>(StringComparer.Ordinal);
        foreach (var a in annotations)
        {
            if (!index.TryGetValue(a.Suspicious, out var list)) index[a.Suspicious] = list = [];
            list.Add(a);
        }
        return index;
    }

    // The reference implementation's test: b ends after a starts and starts before a ends. Unlike a
    // strict intersection test, it lets an empty range inside the other count as overlapping.
    private static bool Overlap(TextSpan a, TextSpan b) => b.End > a.Start && b.Start < a.End;

    private static TextSpan Intersection(TextSpan a, TextSpan b)
    {
        var start = Math.Max(a.Start, b.Start);
        return TextSpan.FromBounds(start, Math.Max(start, Math.Min(a.End, b.End)));
    }

    /// <summary>Chars in the union of the spans.</summary>
    private static long Covered(List<TextSpan> spans)
    {
        if (spans.Count == 0) return 0;
        spans.Sort((x, y) => x.Start.CompareTo(y.Start));
        long covered = 0;
        var end = int.MinValue;
        foreach (var s in spans)
        {
            var start = Math.Max(s.Start, end);
            if (s.End > start) covered += s.End - start;
            end = Math.Max(end, s.End);
        }
        return covered;
    }
}
