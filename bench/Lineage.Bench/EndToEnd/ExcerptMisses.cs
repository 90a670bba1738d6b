using Lineage.Alignment;
using Lineage.Bench.Corpus;
using Lineage.Candidates;
using Lineage.Fingerprints;
using Lineage.Reading;
using ReuseKind = Lineage.Bench.Corpus.ReuseKind;

namespace Lineage.Bench.EndToEnd;

/// <summary>
/// Where the planted excerpts a scan missed were lost: never candidates (fewer shared
/// fingerprints than needed), stopped by the diagonal check, aligned to nothing, or dropped as
/// site template after aligning.
/// </summary>
public static class ExcerptMisses
{
    /// <param name="quotedWords">How many words each excerpt quotes, by the reuser's generator index; those quoting at least <paramref name="listFrom"/> words are listed one by one.</param>
    public static void Print(CorpusPlan plan, IReadOnlyList<Document> documents, DocumentFingerprints[] fingerprints, CandidatePair[] candidates,
        IReadOnlyList<DocumentPair> aligned, IReadOnlyList<DocumentPair> kept, int window, TextWriter o, Func<int, int>? quotedWords = null, int listFrom = 12)
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
            string why;
            if (keptKeys.Contains(key))
            {
                found++;
                continue;
            }
            if (!candidateOf.TryGetValue(key, out var c)) (why, notCandidates) = ("not a candidate", notCandidates + 1);
            else if (!CandidateCheck.MayShareAPassage(fingerprints[c.A], fingerprints[c.B], window, CandidateCheck.DiagonalSlack)) (why, failedCheck) = ("stopped by the diagonal check", failedCheck + 1);
            else if (!alignedKeys.Contains(key)) (why, notAligned) = ("aligned to nothing", notAligned + 1);
            else (why, template) = ("dropped as template", template + 1);
            var words = quotedWords?.Invoke(planted.Reuser) ?? 0;
            if (words >= listFrom)
                o.WriteLine($"  missed excerpt quoting {words} words, {why}: {documents[index[planted.Source]].Id} → {documents[index[planted.Reuser]].Id}");
        }
        o.WriteLine($"planted excerpts: {found} found; missed: {notCandidates} not candidates, {failedCheck} stopped by the diagonal check, {notAligned} aligned to nothing, {template} dropped as template");
    }

    private static long Key(int x, int y) => ((long)Math.Min(x, y) << 32) | (uint)Math.Max(x, y);
}
