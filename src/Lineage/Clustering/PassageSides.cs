using Lineage.Text;

namespace Lineage.Clustering;

/// <summary>
/// The sides of aligned passages joined into sets, as reuse clusters and corpus furniture both
/// need: sides 2k and 2k + 1 are the two sides of one passage and always join; two sides in one
/// document join when their spans overlap as the caller says. Overlaps are found by sorting the
/// sides by document and start and sweeping, so the cost follows the overlaps, not all pairs of sides.
/// </summary>
public static class PassageSides
{
    public static UnionFind Join(IReadOnlyList<ClusterMember> sides, Func<TextSpan, TextSpan, bool> overlapJoins)
    {
        var sets = new UnionFind(sides.Count);
        for (var i = 0; i + 1 < sides.Count; i += 2) sets.Union(i, i + 1);
        var order = new int[sides.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (x, y) => sides[x].Document != sides[y].Document
            ? sides[x].Document.CompareTo(sides[y].Document)
            : sides[x].Span.Start.CompareTo(sides[y].Span.Start));
        for (var k = 0; k < order.Length; k++)
        {
            var current = sides[order[k]];
            for (var m = k + 1; m < order.Length && sides[order[m]].Document == current.Document && sides[order[m]].Span.Start < current.Span.End; m++)
                if (overlapJoins(current.Span, sides[order[m]].Span)) sets.Union(order[k], order[m]);
        }
        return sets;
    }
}
