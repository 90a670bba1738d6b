using Lineage.Alignment;
using Lineage.Extraction;
using Lineage.Text;

namespace Lineage.Furniture;

/// <summary>
/// Site templates learned from the corpus itself (as GoldMiner learns them from several pages of a
/// site, Endrédy &amp; Novák 2013): text that two pages of the same site share while their
/// articles differ is the site's furniture, not reuse. Two pages count as copies, not template
/// sharers, when the shared text makes up at least <see cref="CopyCoverage"/> of either page.
/// The shared passages become boilerplate of both pages, unless either page also shares that text
/// with a page of another site (then it is a quotation both carry, not furniture), and every
/// reported passage lying in boilerplate is dropped, whichever pair it belongs to. Furniture that
/// pages of many sites carry (<see cref="CorpusFurniture"/>) is learned in the same pass.
/// </summary>
/// <remarks>
/// It has to come after alignment: what it learns is what aligned pairs share. The lines a site
/// repeats word for word are found before (<see cref="SiteTemplates"/>); the rest (shorter runs,
/// lines that vary, notices carried across sites) only shows once pages are aligned. A run's
/// furniture stage (<c>Pipeline.FurnitureStage</c>) then takes what it learns out of each
/// article's text and word count, so every later stage reads the article without it.
/// </remarks>
public static class TemplateLearner
{
    public const double CopyCoverage = 0.5;

    /// <summary>Passages at least this much inside boilerplate are dropped.</summary>
    private const double InsideBoilerplate = 0.8;

    /// <summary>
    /// The spans of each document (null where none) learned as furniture from the pairs: a site's
    /// template shared by its pages, and <see cref="CorpusFurniture"/>.
    /// </summary>
    public static List<TextSpan>?[] Learn(IReadOnlyList<ExtractedDocument> documents, IReadOnlyList<int> words, IReadOnlyList<DocumentPair> pairs)
    {
        // Text a page shares with a page of another site is reuse (a quotation, an excerpt), even
        // when a second page of its own site carries it too: it is not that site's furniture.
        var sharedAcrossSites = new List<TextSpan>?[documents.Count];
        foreach (var pair in pairs)
        {
            if (SameSite(documents[pair.A].Metadata, documents[pair.B].Metadata)) continue;
            foreach (var passage in pair.Alignment.Passages)
            {
                (sharedAcrossSites[pair.A] ??= []).Add(passage.A);
                (sharedAcrossSites[pair.B] ??= []).Add(passage.B);
            }
        }
        for (var i = 0; i < sharedAcrossSites.Length; i++)
            if (sharedAcrossSites[i] is { } spans) sharedAcrossSites[i] = SpanSet.Normalize(spans);

        var learned = CorpusFurniture.Learn(documents, words, pairs);
        foreach (var pair in pairs)
        {
            if (!IsTemplateSharing(documents[pair.A].Metadata, documents[pair.B].Metadata, pair.Alignment)) continue;
            foreach (var passage in pair.Alignment.Passages)
            {
                if (MostlyInside(sharedAcrossSites[pair.A], passage.A) || MostlyInside(sharedAcrossSites[pair.B], passage.B)) continue;
                (learned[pair.A] ??= []).Add(passage.A);
                (learned[pair.B] ??= []).Add(passage.B);
            }
        }
        return learned;
    }

    /// <summary>
    /// The documents with what <see cref="Learn"/> finds added to their boilerplate, and the pairs
    /// without the passages lying in boilerplate (a pair left with none is dropped).
    /// </summary>
    public static (ExtractedDocument[] Documents, List<DocumentPair> Pairs) Apply(
        IReadOnlyList<ExtractedDocument> documents, IReadOnlyList<int> words, IReadOnlyList<DocumentPair> pairs)
    {
        var learned = Learn(documents, words, pairs);
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
            var filtered = WithoutBoilerplate(pair.Alignment, updated[pair.A].Boilerplate, updated[pair.B].Boilerplate, words[pair.A], words[pair.B]);
            if (ReferenceEquals(filtered, pair.Alignment)) kept.Add(pair);
            else if (filtered.Passages.Count > 0) kept.Add(pair with { Alignment = filtered });
        }
        return (updated, kept);
    }

    /// <summary>
    /// The alignment without the passages lying mostly in either side's boilerplate, coverage
    /// recomputed; the same instance when none does. A persistent index applies it to pairs stored
    /// before a document's template was learned.
    /// </summary>
    public static PairAlignment WithoutBoilerplate(PairAlignment alignment, IReadOnlyList<TextSpan> boilerplateA, IReadOnlyList<TextSpan> boilerplateB, int wordsA, int wordsB)
    {
        List<Passage>? kept = null;
        var passages = alignment.Passages;
        for (var i = 0; i < passages.Count; i++)
        {
            var inside = MostlyInside(boilerplateA, passages[i].A) || MostlyInside(boilerplateB, passages[i].B);
            if (inside && kept is null)
            {
                kept = new List<Passage>(passages.Count);
                for (var k = 0; k < i; k++) kept.Add(passages[k]);
            }
            else if (!inside) kept?.Add(passages[i]);
        }
        return kept is null ? alignment : PairAlignment.Of(kept, wordsA, wordsB);
    }

    private static bool IsTemplateSharing(ArticleMetadata a, ArticleMetadata b, PairAlignment alignment) =>
        SameSite(a, b) && alignment.CoverageA < CopyCoverage && alignment.CoverageB < CopyCoverage;

    private static bool SameSite(ArticleMetadata a, ArticleMetadata b) =>
        a.Site is not null && b.Site is not null && string.Equals(a.Site, b.Site, StringComparison.OrdinalIgnoreCase);

    private static bool MostlyInside(IReadOnlyList<TextSpan>? boilerplate, TextSpan span)
    {
        if (boilerplate is null) return false;
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
