using Lineage.Fingerprints;

namespace Lineage.Candidates;

/// <summary>
/// A cheap test, before aligning, that two candidates can share a passage: two of their shared
/// fingerprints must lie close together on nearly the same diagonal in both documents, as they do
/// inside any shared run the winnowing guarantee covers. Two stock phrases from unrelated places
/// ("the ministry of defense" here, "according to the observatory" there) pair documents but
/// fail this test, and are never aligned.
/// </summary>
public static class CandidateCheck
{
    /// <param name="window">Largest distance, in words, between the two fingerprints in either document.</param>
    /// <param name="slack">Largest difference between their distances in A and in B (insertions, typos).</param>
    public static bool MayShareAPassage(DocumentFingerprints a, DocumentFingerprints b, int window, int slack)
    {
        if (a.Positions is null || b.Positions is null) return true;
        var matches = new List<(int A, int B)>(16);
        var hashesA = a.Hashes;
        var hashesB = b.Hashes;
        int i = 0, j = 0;
        while (i < hashesA.Length && j < hashesB.Length)
        {
            if (hashesA[i] < hashesB[j]) i++;
            else if (hashesA[i] > hashesB[j]) j++;
            else matches.Add((a.Positions[i++], b.Positions[j++]));
        }
        if (matches.Count < 2) return false;
        matches.Sort(static (x, y) => x.A.CompareTo(y.A));
        for (var m = 0; m < matches.Count; m++)
        for (var k = m + 1; k < matches.Count && matches[k].A - matches[m].A <= window; k++)
        {
            var alongB = matches[k].B - matches[m].B;
            var alongA = matches[k].A - matches[m].A;
            if (alongB > 0 && alongB <= window && Math.Abs(alongB - alongA) <= slack) return true;
        }
        return false;
    }
}
