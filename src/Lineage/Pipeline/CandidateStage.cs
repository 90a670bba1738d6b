using Lineage.Candidates;
using Lineage.Fingerprints;
using Lineage.Scanning;

namespace Lineage.Pipeline;

/// <summary>
/// Fingerprints to candidate pairs: documents sharing rare fingerprints (<see cref="CandidateFinder"/>),
/// then only the pairs two of whose shared fingerprints lie close on one diagonal
/// (<see cref="CandidateCheck"/>), since no passage can be aligned between the others. The
/// check runs here, before alignment, so the words of documents with no pair left can be dropped.
/// </summary>
public static class CandidateStage
{
    public static CandidateSet Find(DocumentFingerprints[] fingerprints, ScanOptions options, IProgress<ScanProgress>? progress = null)
    {
        progress?.Report(new ScanProgress(ScanStage.Pairing, 0, 1));
        var found = CandidateFinder.Find(fingerprints, options.Fingerprints, options.ParallelOptions);
        var window = options.Alignment.MaxGapWords;
        var passes = new bool[found.Length];
        Parallel.For(0, found.Length, options.ParallelOptions, k =>
            passes[k] = CandidateCheck.MayShareAPassage(fingerprints[found[k].A], fingerprints[found[k].B], window, CandidateCheck.DiagonalSlack));
        var count = 0;
        foreach (var pass in passes)
            if (pass) count++;
        var toAlign = new CandidatePair[count];
        count = 0;
        for (var k = 0; k < found.Length; k++)
            if (passes[k]) toAlign[count++] = found[k];
        progress?.Report(new ScanProgress(ScanStage.Pairing, 1, 1));
        return new CandidateSet(found.Length, toAlign);
    }
}
