using Lineage.Bench.Corpus;
using Lineage.Scanning;

namespace Lineage.Bench.EndToEnd;

/// <summary>
/// How much of the planted reuse a scan found, and what the other pairs it reported are: reuse
/// the plan implies (two reprints of one story, an excerpt and a reprint of its source), or not
/// reuse at all — shared boilerplate of one site, a legal notice several small sites carry, a
/// sentence skeleton two unrelated stories fill with different words, or anything else. Pair
/// precision is the share of reported pairs the plan explains as reuse.
/// </summary>
public sealed record ReuseRecall(int PlantedCopies, int FoundCopies, int PlantedExcerpts, int FoundExcerpts, int ImpliedReusePairs, int SameSitePairs, int OtherPairs,
    int NoticePairs = 0, int SkeletonPairs = 0, int ShortExcerpts = 0, int FoundShortExcerpts = 0, int PlantedRewrites = 0, int FoundRewrites = 0)
{
    /// <summary>Rewrites (<see cref="Rewriter"/>) reported paired with their source.</summary>
    public double RewriteRecall => PlantedRewrites == 0 ? 1 : (double)FoundRewrites / PlantedRewrites;

    /// <summary>
    /// Recall of the excerpts that quote at least the scan's minimum passage length: an excerpt of
    /// one short sentence (<see cref="ShortExcerpts"/>, fewer words than that) is below what the
    /// scan reports by design, so it is counted apart.
    /// </summary>
    public double ReportableExcerptRecall => PlantedExcerpts - ShortExcerpts == 0 ? 1 : (double)(FoundExcerpts - FoundShortExcerpts) / (PlantedExcerpts - ShortExcerpts);

    public double CopyRecall => PlantedCopies == 0 ? 1 : (double)FoundCopies / PlantedCopies;

    public double ExcerptRecall => PlantedExcerpts == 0 ? 1 : (double)FoundExcerpts / PlantedExcerpts;

    public double Recall => PlantedCopies + PlantedExcerpts == 0 ? 1 : (double)(FoundCopies + FoundExcerpts) / (PlantedCopies + PlantedExcerpts);

    /// <summary>Every pair the scan reported.</summary>
    public int Pairs => ImpliedReusePairs + SameSitePairs + NoticePairs + SkeletonPairs + OtherPairs;

    /// <summary>Pairs the plan explains as reuse over all pairs reported (1 when none are).</summary>
    public double PairPrecision => Pairs == 0 ? 1 : (double)ImpliedReusePairs / Pairs;

    /// <summary>
    /// Measures <paramref name="result"/> against the plan; with <paramref name="quotedWords"/> (a
    /// generator's <see cref="CorpusGenerator.QuotedWords"/>), excerpts quoting fewer than
    /// <paramref name="minPassageWords"/> words are also counted apart.
    /// </summary>
    public static ReuseRecall Measure(CorpusPlan plan, ScanResult result, Func<int, int>? quotedWords = null, int minPassageWords = 0)
    {
        var indexOf = new int[result.Documents.Count];
        for (var d = 0; d < indexOf.Length; d++) indexOf[d] = CorpusGenerator.IndexOfId(result.Documents[d].Id);
        var found = new HashSet<long>(result.Pairs.Count);
        foreach (var pair in result.Pairs) found.Add(Key(indexOf[pair.A], indexOf[pair.B]));

        int plantedCopies = 0, foundCopies = 0, plantedExcerpts = 0, foundExcerpts = 0, shortExcerpts = 0, foundShort = 0, plantedRewrites = 0, foundRewrites = 0;
        foreach (var p in plan.Planted)
        {
            var hit = found.Contains(Key(p.Source, p.Reuser));
            if (p.Kind == ReuseKind.Copy) { plantedCopies++; if (hit) foundCopies++; }
            else if (p.Kind == ReuseKind.Rewrite) { plantedRewrites++; if (hit) foundRewrites++; }
            else
            {
                plantedExcerpts++;
                if (hit) foundExcerpts++;
                if (quotedWords is not null && quotedWords(p.Reuser) < minPassageWords)
                {
                    shortExcerpts++;
                    if (hit) foundShort++;
                }
            }
        }

        var counts = new int[Enum.GetValues<PairVerdict>().Length];
        foreach (var pair in result.Pairs) counts[(int)Classify(plan, indexOf[pair.A], indexOf[pair.B])]++;
        return new ReuseRecall(plantedCopies, foundCopies, plantedExcerpts, foundExcerpts,
            counts[(int)PairVerdict.Reuse], counts[(int)PairVerdict.SameSite], counts[(int)PairVerdict.Other],
            counts[(int)PairVerdict.Notice], counts[(int)PairVerdict.Skeleton], shortExcerpts, foundShort, plantedRewrites, foundRewrites);
    }

    /// <summary>What documents <paramref name="x"/> and <paramref name="y"/> (generator indexes) have in common, by the plan.</summary>
    public static PairVerdict Classify(CorpusPlan plan, int x, int y)
    {
        if (Related(plan, x, y)) return PairVerdict.Reuse;
        var sx = plan.Documents[x].Site;
        var sy = plan.Documents[y].Site;
        if (sx == sy) return PairVerdict.SameSite;
        // Notices of one wording share most of their words, whatever their variant.
        int nx = plan.Sites[sx].Notice, ny = plan.Sites[sy].Notice;
        if (nx >= 0 && ny >= 0 && nx % LegalNotice.Wordings == ny % LegalNotice.Wordings) return PairVerdict.Notice;
        // Skeletons are made of shared fragments, so two stories with different skeletons still share function-word runs.
        if (plan.SkeletonsOf(x).Length > 0 && plan.SkeletonsOf(y).Length > 0) return PairVerdict.Skeleton;
        return PairVerdict.Other;
    }

    /// <summary>Whether the plan puts text of one story into both documents.</summary>
    public static bool Related(CorpusPlan plan, int x, int y)
    {
        var rx = Story(plan, x);
        var ry = Story(plan, y);
        if (rx == ry) return true;
        var qx = Quoted(plan, x);
        var qy = Quoted(plan, y);
        return (qx >= 0 && (qx == ry || qx == qy)) || (qy >= 0 && qy == rx);
    }

    private static int Story(CorpusPlan plan, int i) => plan.Documents[i].Kind is ReuseKind.Copy or ReuseKind.Rewrite ? plan.Documents[i].Source : i;

    private static int Quoted(CorpusPlan plan, int i) => plan.Documents[i].Kind == ReuseKind.Excerpt ? plan.Documents[i].Source : -1;

    private static long Key(int x, int y) => ((long)Math.Min(x, y) << 32) | (uint)Math.Max(x, y);
}
