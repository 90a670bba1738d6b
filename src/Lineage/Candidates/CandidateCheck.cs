using System.Buffers;
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
    /// <summary>The slack a scan allows: the distances between two fingerprints in A and in B may differ by this many words.</summary>
    public const int DiagonalSlack = 8;

    /// <summary>Shared fingerprints held on the stack; more (long shared texts) rent a buffer.</summary>
    private const int StackMatches = 256;

    /// <param name="window">Largest distance, in words, between the two fingerprints in either document.</param>
    /// <param name="slack">Largest difference between their distances in A and in B (insertions, typos).</param>
    public static bool MayShareAPassage(DocumentFingerprints a, DocumentFingerprints b, int window, int slack)
    {
        if (a.Positions is null || b.Positions is null) return true;
        var most = Math.Min(a.Hashes.Length, b.Hashes.Length);
        long[]? rented = null;
        var matches = most <= StackMatches ? stackalloc long[most] : (rented = ArrayPool<long>.Shared.Rent(most)).AsSpan(0, most);
        try
        {
            var count = SharedPositions(a, b, matches);
            return count >= 2 && TwoOnOneDiagonal(matches[..count], window, slack);
        }
        finally
        {
            if (rented is not null) ArrayPool<long>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The positions of the fingerprints both hold, each packed as A's position in the high half
    /// and B's in the low half (positions are never negative), so sorting orders them by A.
    /// </summary>
    private static int SharedPositions(DocumentFingerprints a, DocumentFingerprints b, Span<long> matches)
    {
        ReadOnlySpan<ulong> hashesA = a.Hashes, hashesB = b.Hashes;
        ReadOnlySpan<int> positionsA = a.Positions!, positionsB = b.Positions!;
        int i = 0, j = 0, count = 0;
        while (i < hashesA.Length && j < hashesB.Length)
        {
            if (hashesA[i] < hashesB[j]) i++;
            else if (hashesA[i] > hashesB[j]) j++;
            else matches[count++] = ((long)positionsA[i++] << 32) | (uint)positionsB[j++];
        }
        return count;
    }

    /// <summary>Two matches (sorted by A on the way) within the window on both sides whose distances differ by at most the slack.</summary>
    private static bool TwoOnOneDiagonal(Span<long> matches, int window, int slack)
    {
        // Positions in A are distinct (one n-gram, one hash), so the order by A is the order of the packed values.
        matches.Sort();
        for (var m = 0; m < matches.Length; m++)
        {
            int am = (int)(matches[m] >> 32), bm = (int)matches[m];
            for (var k = m + 1; k < matches.Length; k++)
            {
                var alongA = (int)(matches[k] >> 32) - am;
                if (alongA > window) break;
                var alongB = (int)matches[k] - bm;
                if (alongB > 0 && alongB <= window && Math.Abs(alongB - alongA) <= slack) return true;
            }
        }
        return false;
    }
}
