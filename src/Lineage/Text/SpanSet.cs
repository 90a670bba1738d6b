namespace Lineage.Text;

/// <summary>Sets of spans kept sorted and disjoint.</summary>
public static class SpanSet
{
    /// <summary>The spans sorted by start, overlapping or touching ones merged, empty ones dropped.</summary>
    public static List<TextSpan> Normalize(IEnumerable<TextSpan> spans)
    {
        var sorted = new List<TextSpan>();
        foreach (var s in spans)
            if (s.Length > 0) sorted.Add(s);
        sorted.Sort(static (x, y) => x.Start.CompareTo(y.Start));
        var merged = new List<TextSpan>(sorted.Count);
        foreach (var span in sorted)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
                merged[^1] = TextSpan.FromBounds(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            else
                merged.Add(span);
        }
        return merged;
    }

    /// <summary>True when <paramref name="span"/> lies wholly inside one of the normalized <paramref name="spans"/>.</summary>
    public static bool Covers(IReadOnlyList<TextSpan> spans, TextSpan span)
    {
        int lo = 0, hi = spans.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (spans[mid].End <= span.Start) lo = mid + 1;
            else if (spans[mid].Start > span.Start) hi = mid - 1;
            else return spans[mid].Contains(span);
        }
        return false;
    }
}
