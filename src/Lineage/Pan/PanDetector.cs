using Lineage.Alignment;
using Lineage.Pipeline;
using Lineage.Text;

namespace Lineage.Pan;

/// <summary>
/// PAN text alignment for one pair: the suspicious document is side A of the alignment and the
/// source side B, and every passage, verbatim or reworded, becomes one detection in PAN offsets. PAN cases are
/// annotated to the end of the sentence, so a passage's span is carried over the punctuation and
/// closing quotes that end it ("… Islamic State.”").
/// </summary>
public static class PanDetector
{
    /// <summary>Verbatim passages only, as <see cref="AlignStage"/> finds them.</summary>
    public static IReadOnlyList<PanAnnotation> Detect(PanText suspicious, PanText source, AlignmentOptions options) =>
        Detect(suspicious, source, options, rewritten: null, new ReuseMergeOptions());

    /// <summary>
    /// Verbatim passages and, unless <paramref name="rewritten"/> is null, reworded ones
    /// (<see cref="SentenceAligner"/>), joined by <see cref="ReuseMerger"/> so that one case is one detection.
    /// </summary>
    public static IReadOnlyList<PanAnnotation> Detect(PanText suspicious, PanText source, AlignmentOptions options,
        SentenceAlignmentOptions? rewritten, ReuseMergeOptions merge)
    {
        var alignment = AlignStage.Align(suspicious.Tokens, source.Tokens, options);
        var detections = new List<PanAnnotation>(alignment.Passages.Count);
        if (rewritten is null)
        {
            foreach (var passage in alignment.Passages) detections.Add(Detection(suspicious, passage.A, source, passage.B));
            return detections;
        }
        var passages = ReuseMerger.Merge(suspicious.Document.Text, suspicious.Tokens, source.Document.Text, source.Tokens, alignment.Passages, rewritten, merge);
        foreach (var passage in passages) detections.Add(Detection(suspicious, passage.A, source, passage.B));
        return detections;
    }

    private static PanAnnotation Detection(PanText suspicious, TextSpan a, PanText source, TextSpan b) =>
        new(suspicious.Name, suspicious.ToPan(WithClosingPunctuation(suspicious.Document.Text, a)),
            source.Name, source.ToPan(WithClosingPunctuation(source.Document.Text, b)));

    /// <summary>Extends <paramref name="span"/> over the sentence-ending punctuation and closing quotes right after it.</summary>
    internal static TextSpan WithClosingPunctuation(string text, TextSpan span)
    {
        var end = span.End;
        while (end < text.Length && text[end] is '.' or '!' or '?' or '…' or '"' or '\'' or '”' or '’' or '»' or ')' or ']') end++;
        return TextSpan.FromBounds(span.Start, end);
    }
}
