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
        // Overlapping by at least half the shorter span (the later one starts inside the earlier).
        var sets = PassageSides.Join(nodes, static (earlier, later) =>
            2 * (Math.Min(earlier.End, later.End) - later.Start) >= Math.Min(earlier.Length, later.Length));

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
