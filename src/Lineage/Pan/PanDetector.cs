using Lineage.Alignment;
using Lineage.Pipeline;
using Lineage.Text;

namespace Lineage.Pan;

/// <summary>
/// PAN text alignment for one pair: the suspicious document is side A of the alignment and the
/// source side B, and every passage becomes one detection in PAN offsets. PAN cases are
/// annotated to the end of the sentence, so a passage's span is carried over the punctuation and
/// closing quotes that end it ("… Islamic State.”").
/// </summary>
public static class PanDetector
{
    public static IReadOnlyList<PanAnnotation> Detect(PanText suspicious, PanText source, AlignmentOptions options)
    {
        var alignment = AlignStage.Align(suspicious.Tokens, source.Tokens, options);
        var detections = new List<PanAnnotation>(alignment.Passages.Count);
        foreach (var passage in alignment.Passages)
        {
            var a = WithClosingPunctuation(suspicious.Document.Text, passage.A);
            var b = WithClosingPunctuation(source.Document.Text, passage.B);
            detections.Add(new PanAnnotation(suspicious.Name, suspicious.ToPan(a), source.Name, source.ToPan(b)));
        }
        return detections;
    }

    /// <summary>Extends <paramref name="span"/> over the sentence-ending punctuation and closing quotes right after it.</summary>
    internal static TextSpan WithClosingPunctuation(string text, TextSpan span)
    {
        var end = span.End;
        while (end < text.Length && text[end] is '.' or '!' or '?' or '…' or '"' or '\'' or '”' or '’' or '»' or ')' or ']') end++;
        return TextSpan.FromBounds(span.Start, end);
    }
}
