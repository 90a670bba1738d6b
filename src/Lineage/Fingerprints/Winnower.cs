namespace Lineage.Fingerprints;

/// <summary>
/// Winnowing (Schleimer, Wilkerson &amp; Aiken, SIGMOD 2003, §4): in every window of
/// <c>window</c> consecutive hashes keep the minimum, the rightmost on ties, recording each
/// kept position once. A text shorter than one window keeps its minimum.
/// </summary>
public static class Winnower
{
    /// <summary>Writes the selected positions into <paramref name="selected"/>; returns how many.</summary>
    public static int Select(ReadOnlySpan<ulong> hashes, int window, Span<int> selected)
    {
        if (hashes.IsEmpty) return 0;
        var count = 0;
        var last = -1;
        var windows = Math.Max(1, hashes.Length - window + 1);
        var span = Math.Min(window, hashes.Length);
        var min = -1;
        for (var start = 0; start < windows; start++)
        {
            var end = start + span - 1;
            if (min < start)
            {
                // The previous minimum left the window: rescan it, rightmost minimum wins.
                min = start;
                for (var j = start + 1; j <= end; j++)
                    if (hashes[j] <= hashes[min]) min = j;
            }
            else if (hashes[end] <= hashes[min])
            {
                min = end;
            }
            if (min != last)
            {
                selected[count++] = min;
                last = min;
            }
        }
        return count;
    }
}
