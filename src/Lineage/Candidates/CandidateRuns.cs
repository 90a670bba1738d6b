namespace Lineage.Candidates;

/// <summary>
/// Candidates sorted by their first document, cut into runs that share it: an aligner takes one
/// run at a time, so the first document is tokenized and its anchors built once for all its pairs.
/// </summary>
public static class CandidateRuns
{
    /// <summary>The [Start, End) index ranges of <paramref name="candidates"/> with one first document each, in order.</summary>
    public static List<(int Start, int End)> ByFirstDocument<T>(IReadOnlyList<T> candidates, Func<T, long> first)
    {
        var runs = new List<(int Start, int End)>();
        for (var i = 0; i < candidates.Count;)
        {
            var j = i + 1;
            while (j < candidates.Count && first(candidates[j]) == first(candidates[i])) j++;
            runs.Add((i, j));
            i = j;
        }
        return runs;
    }
}
