using Lineage.Bench.Corpus;
using Lineage.Scanning;

namespace Lineage.Bench.EndToEnd;

/// <summary>
/// How much of the planted reuse a scan found, and what the other pairs it reported are: reuse
/// the plan implies (two reprints of one story, an excerpt and a reprint of its source), shared
/// boilerplate of one site, or anything else (chance matches or false positives).
/// </summary>
public sealed record ReuseRecall(int PlantedCopies, int FoundCopies, int PlantedExcerpts, int FoundExcerpts, int ImpliedReusePairs, int SameSitePairs, int OtherPairs)
{
    public double CopyRecall => PlantedCopies == 0 ? 1 : (double)FoundCopies / PlantedCopies;

    public double ExcerptRecall => PlantedExcerpts == 0 ? 1 : (double)FoundExcerpts / PlantedExcerpts;

    public double Recall => PlantedCopies + PlantedExcerpts == 0 ? 1 : (double)(FoundCopies + FoundExcerpts) / (PlantedCopies + PlantedExcerpts);

    public static ReuseRecall Measure(CorpusPlan plan, ScanResult result)
    {
        var indexOf = new int[result.Documents.Count];
        for (var d = 0; d < indexOf.Length; d++) indexOf[d] = CorpusGenerator.IndexOfId(result.Documents[d].Id);
        var found = new HashSet<long>(result.Pairs.Count);
        foreach (var pair in result.Pairs) found.Add(Key(indexOf[pair.A], indexOf[pair.B]));

        int plantedCopies = 0, foundCopies = 0, plantedExcerpts = 0, foundExcerpts = 0;
        foreach (var p in plan.Planted)
        {
            var hit = found.Contains(Key(p.Source, p.Reuser));
            if (p.Kind == ReuseKind.Copy) { plantedCopies++; if (hit) foundCopies++; }
            else { plantedExcerpts++; if (hit) foundExcerpts++; }
        }

        int implied = 0, sameSite = 0, other = 0;
        foreach (var pair in result.Pairs)
        {
            int x = indexOf[pair.A], y = indexOf[pair.B];
            if (Related(plan, x, y)) implied++;
            else if (plan.Documents[x].Site == plan.Documents[y].Site) sameSite++;
            else other++;
        }
        return new ReuseRecall(plantedCopies, foundCopies, plantedExcerpts, foundExcerpts, implied, sameSite, other);
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

    private static int Story(CorpusPlan plan, int i) => plan.Documents[i].Kind == ReuseKind.Copy ? plan.Documents[i].Source : i;

    private static int Quoted(CorpusPlan plan, int i) => plan.Documents[i].Kind == ReuseKind.Excerpt ? plan.Documents[i].Source : -1;

    private static long Key(int x, int y) => ((long)Math.Min(x, y) << 32) | (uint)Math.Max(x, y);
}
