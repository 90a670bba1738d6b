using Lineage.Alignment;
using Lineage.Bench.Corpus;
using Lineage.Candidates;
using Lineage.Fingerprints;
using Lineage.Reading;

namespace Lineage.Bench.EndToEnd;

/// <summary>
/// Where the planted excerpts a scan missed were lost: never candidates (fewer shared
/// fingerprints than needed), stopped by the diagonal check, aligned to nothing, or dropped as
/// site template after aligning.
/// </summary>
public static class ExcerptMisses
{
    public static void Print(CorpusPlan plan, IReadOnlyList<Document> documents, DocumentFingerprints[] fingerprints, CandidatePair[] candidates,
        IReadOnlyList<DocumentPair> aligned, IReadOnlyList<DocumentPair> kept, int window, TextWriter o)
    {
        var index = new Dictionary<int, int>(documents.Count);
        for (var d = 0; d < documents.Count; d++) index[CorpusGenerator.IndexOfId(documents[d].Id)] = d;
        var candidateOf = new Dictionary<long, CandidatePair>(candidates.Length);
        foreach (var c in candidates) candidateOf[Key(c.A, c.B)] = c;
        var alignedKeys = new HashSet<long>(aligned.Count);
        foreach (var p in aligned) alignedKeys.Add(Key(p.A, p.B));
        var keptKeys = new HashSet<long>(kept.Count);
        foreach (var p in kept) keptKeys.Add(Key(p.A, p.B));

        int found = 0, notCandidates = 0, failedCheck = 0, notAligned = 0, template = 0;
        foreach (var planted in plan.Planted)
        {
            if (planted.Kind != ReuseKind.Excerpt) continue;
            var key = Key(index[planted.Source], index[planted.Reuser]);
            if (keptKeys.Contains(key)) found++;
            else if (!candidateOf.TryGetValue(key, out var c)) notCandidates++;
            else if (!CandidateCheck.MayShareAPassage(fingerprints[c.A], fingerprints[c.B], window, CandidateCheck.DiagonalSlack)) failedCheck++;
            else if (!alignedKeys.Contains(key)) notAligned++;
            else template++;
        }
        o.WriteLine($"planted excerpts: {found} found; missed: {notCandidates} not candidates, {failedCheck} stopped by the diagonal check, {notAligned} aligned to nothing, {template} dropped as template");
    }

    private static long Key(int x, int y) => ((long)Math.Min(x, y) << 32) | (uint)Math.Max(x, y);
}
