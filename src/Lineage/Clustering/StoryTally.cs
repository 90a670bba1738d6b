namespace Lineage.Clustering;

/// <summary>
/// How many telling words a document shares with each story, counted in an array by story and
/// cleared by the stories touched only, so each document costs what it shares, not what the corpus
/// holds.
/// </summary>
internal sealed class StoryTally
{
    private int[] counts = new int[256];
    private readonly List<int> touched = [];

    public void Count(ReadOnlySpan<int> stories)
    {
        foreach (var s in stories)
        {
            if (s >= counts.Length) Array.Resize(ref counts, Math.Max(2 * counts.Length, s + 1));
            if (counts[s]++ == 0) touched.Add(s);
        }
    }

    /// <summary>
    /// The stories sharing at least <paramref name="minShared"/> words, at most <paramref name="max"/>
    /// of them, most shared first (then by story), into <paramref name="result"/>; the tally starts again.
    /// </summary>
    public void MostShared(int minShared, int max, List<(int Story, int Shared)> buffer, List<int> result)
    {
        buffer.Clear();
        result.Clear();
        foreach (var s in touched)
        {
            if (counts[s] >= minShared) buffer.Add((s, counts[s]));
            counts[s] = 0;
        }
        touched.Clear();
        buffer.Sort(static (x, y) => x.Shared != y.Shared ? y.Shared.CompareTo(x.Shared) : x.Story.CompareTo(y.Story));
        for (var i = 0; i < buffer.Count && i < max; i++) result.Add(buffer[i].Story);
    }
}
