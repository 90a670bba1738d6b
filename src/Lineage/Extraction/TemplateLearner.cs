using Lineage.Alignment;
using Lineage.Scanning;
using Lineage.Text;

namespace Lineage.Extraction;

/// <summary>
/// Site templates learned from the corpus itself (as GoldMiner learns them from several pages of a
/// site, Endrédy &amp; Novák 2013): text that two pages of the same site share while their
/// articles differ is the site's furniture, not reuse. Two pages count as copies, not template
/// sharers, when the shared text makes up at least <see cref="CopyCoverage"/> of either page.
/// The shared passages become boilerplate of both pages, and every reported passage lying in
/// boilerplate is dropped, whichever pair it belongs to.
/// </summary>
public static class TemplateLearner
{
    public const double CopyCoverage = 0.5;

    /// <summary>Passages at least this much inside boilerplate are dropped.</summary>
    private const double InsideBoilerplate = 0.8;

    public static (ExtractedDocument[] Documents, List<DocumentPair> Pairs) Apply(
        IReadOnlyList<ExtractedDocument> documents, IReadOnlyList<int> words, IReadOnlyList<DocumentPair> pairs)
    {
        var learned = new List<TextSpan>?[documents.Count];
        foreach (var pair in pairs)
        {
            if (!IsTemplateSharing(documents[pair.A].Metadata, documents[pair.B].Metadata, pair.Alignment)) continue;
            foreach (var passage in pair.Alignment.Passages)
            {
                (learned[pair.A] ??= []).Add(passage.A);
                (learned[pair.B] ??= []).Add(passage.B);
            }
        }

        var updated = new ExtractedDocument[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            updated[i] = learned[i] is { } spans
                ? documents[i] with { Boilerplate = SpanSet.Normalize(documents[i].Boilerplate.Concat(spans)) }
                : documents[i];
        }

        var kept = new List<DocumentPair>(pairs.Count);
        foreach (var pair in pairs)
        {
            if (learned[pair.A] is null && learned[pair.B] is null)
            {
                kept.Add(pair);
                continue;
            }
            var passages = new List<Passage>(pair.Alignment.Passages.Count);
            foreach (var passage in pair.Alignment.Passages)
                if (!MostlyInside(updated[pair.A].Boilerplate, passage.A) && !MostlyInside(updated[pair.B].Boilerplate, passage.B))
                    passages.Add(passage);
            if (passages.Count == pair.Alignment.Passages.Count) kept.Add(pair);
            else if (passages.Count > 0) kept.Add(pair with { Alignment = PairAlignment.Of(passages, words[pair.A], words[pair.B]) });
        }
        return (updated, kept);
    }

    private static bool IsTemplateSharing(ArticleMetadata a, ArticleMetadata b, PairAlignment alignment) =>
        a.Site is not null && b.Site is not null && string.Equals(a.Site, b.Site, StringComparison.OrdinalIgnoreCase)
        && alignment.CoverageA < CopyCoverage && alignment.CoverageB < CopyCoverage;

    private static bool MostlyInside(IReadOnlyList<TextSpan> boilerplate, TextSpan span)
    {
        var inside = 0;
        foreach (var b in boilerplate)
        {
            if (b.End <= span.Start) continue;
            if (b.Start >= span.End) break;
            inside += Math.Min(b.End, span.End) - Math.Max(b.Start, span.Start);
        }
        return inside >= span.Length * InsideBoilerplate;
    }
}
