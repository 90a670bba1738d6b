using Lineage.Alignment;
using Lineage.Text;

namespace Lineage.Clustering;

/// <summary>
/// Builds <see cref="ReuseCluster"/>s: every passage side is a node; the two sides of a passage
/// are joined, and so are two nodes of one document whose spans overlap by at least half the
/// shorter one. Components with two or more documents are the clusters.
/// </summary>
public static class ReuseClusterer
{
    public static IReadOnlyList<ReuseCluster> Cluster(IReadOnlyList<DocumentPair> pairs)
    {
        var nodes = new List<ClusterMember>();
        foreach (var pair in pairs)
        foreach (var passage in pair.Alignment.Passages)
        {
            nodes.Add(new ClusterMember(pair.A, passage.A));
            nodes.Add(new ClusterMember(pair.B, passage.B));
        }
        var sets = new UnionFind(nodes.Count);
        for (var i = 0; i < nodes.Count; i += 2) sets.Union(i, i + 1);

        // Overlapping spans within a document: sort by (document, start) and sweep.
        var order = Enumerable.Range(0, nodes.Count).ToArray();
        Array.Sort(order, (x, y) => nodes[x].Document != nodes[y].Document
            ? nodes[x].Document.CompareTo(nodes[y].Document)
            : nodes[x].Span.Start.CompareTo(nodes[y].Span.Start));
        for (var k = 0; k < order.Length; k++)
        {
            var current = nodes[order[k]];
            for (var m = k + 1; m < order.Length && nodes[order[m]].Document == current.Document && nodes[order[m]].Span.Start < current.Span.End; m++)
            {
                var other = nodes[order[m]].Span;
                var overlap = Math.Min(current.Span.End, other.End) - other.Start;
                if (2 * overlap >= Math.Min(current.Span.Length, other.Length)) sets.Union(order[k], order[m]);
            }
        }

        var clusters = new List<ReuseCluster>();
        foreach (var group in sets.Groups(minSize: 2))
        {
            var byDocument = new SortedDictionary<int, List<TextSpan>>();
            foreach (var node in group)
            {
                var member = nodes[node];
                if (!byDocument.TryGetValue(member.Document, out var spans)) byDocument[member.Document] = spans = [];
                spans.Add(member.Span);
            }
            if (byDocument.Count < 2) continue;
            var members = new List<ClusterMember>();
            foreach (var (document, spans) in byDocument)
            {
                int start = int.MaxValue, end = 0;
                foreach (var s in spans)
                {
                    start = Math.Min(start, s.Start);
                    end = Math.Max(end, s.End);
                }
                members.Add(new ClusterMember(document, TextSpan.FromBounds(start, end)));
            }
            clusters.Add(new ReuseCluster(clusters.Count + 1, members));
        }
        return clusters;
    }
}
