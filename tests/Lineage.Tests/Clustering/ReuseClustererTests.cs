using Lineage.Alignment;
using Lineage.Clustering;
using Lineage.Text;

namespace Lineage.Tests.Clustering;

public class ReuseClustererTests
{
    [Fact]
    public void The_two_sides_of_a_passage_are_one_cluster()
    {
        var clusters = ReuseClusterer.Cluster([Pair(0, 1, (10, 50, 200, 240))]);

        var cluster = Assert.Single(clusters);
        Assert.Equal(1, cluster.Id);
        Assert.Equal([new ClusterMember(0, TextSpan.FromBounds(10, 50)), new ClusterMember(1, TextSpan.FromBounds(200, 240))], cluster.Members);
    }

    [Fact]
    public void Passages_overlapping_by_half_the_shorter_in_a_shared_document_join_and_the_union_of_spans_is_the_member()
    {
        // A~B and B~C where the passages overlap in B by 20 of the shorter's 40 chars: one text in three documents.
        var clusters = ReuseClusterer.Cluster([Pair(0, 1, (0, 60, 100, 160)), Pair(1, 2, (140, 180, 5, 45))]);

        var cluster = Assert.Single(clusters);
        Assert.Equal([0, 1, 2], cluster.Members.Select(m => m.Document));
        Assert.Equal(TextSpan.FromBounds(100, 180), cluster.Members[1].Span);
    }

    [Fact]
    public void Passages_overlapping_by_less_than_half_the_shorter_stay_apart()
    {
        // The overlap in B is 19 of the shorter's 40 chars.
        var clusters = ReuseClusterer.Cluster([Pair(0, 1, (0, 60, 100, 160)), Pair(1, 2, (141, 181, 5, 45))]);

        Assert.Equal(2, clusters.Count);
        Assert.Equal([1, 2], clusters.Select(c => c.Id));
        Assert.All(clusters, c => Assert.Equal(2, c.Members.Count));
    }

    [Fact]
    public void Passages_in_different_places_of_a_shared_document_stay_apart()
    {
        var clusters = ReuseClusterer.Cluster([Pair(0, 1, (0, 60, 100, 160)), Pair(1, 2, (300, 360, 5, 65))]);

        Assert.Equal(2, clusters.Count);
    }

    [Fact]
    public void Text_repeated_within_one_document_is_no_cluster()
    {
        var clusters = ReuseClusterer.Cluster([Pair(3, 3, (0, 40, 100, 140)), Pair(0, 1, (0, 40, 0, 40))]);

        var cluster = Assert.Single(clusters);
        Assert.Equal([0, 1], cluster.Members.Select(m => m.Document));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Clusters_are_the_components_a_comparison_of_every_two_passage_sides_finds(int seed)
    {
        var random = new Random(seed);
        var pairs = new List<DocumentPair>();
        for (var p = 0; p < 60; p++)
        {
            var a = random.Next(12);
            var b = (a + 1 + random.Next(11)) % 12;
            var passages = new List<(int, int, int, int)>();
            for (var k = random.Next(1, 3); k > 0; k--)
            {
                int startA = random.Next(400), startB = random.Next(400);
                passages.Add((startA, startA + 1 + random.Next(80), startB, startB + 1 + random.Next(80)));
            }
            pairs.Add(Pair(Math.Min(a, b), Math.Max(a, b), [.. passages]));
        }

        var clusters = ReuseClusterer.Cluster(pairs);

        var sides = new List<ClusterMember>();
        foreach (var pair in pairs)
            foreach (var passage in pair.Alignment.Passages)
            {
                sides.Add(new ClusterMember(pair.A, passage.A));
                sides.Add(new ClusterMember(pair.B, passage.B));
            }
        var reference = new UnionFind(sides.Count);
        for (var i = 0; i < sides.Count; i += 2) reference.Union(i, i + 1);
        for (var i = 0; i < sides.Count; i++)
            for (var j = 0; j < i; j++)
            {
                if (sides[i].Document != sides[j].Document) continue;
                var overlap = Math.Min(sides[i].Span.End, sides[j].Span.End) - Math.Max(sides[i].Span.Start, sides[j].Span.Start);
                if (overlap > 0 && 2 * overlap >= Math.Min(sides[i].Span.Length, sides[j].Span.Length)) reference.Union(i, j);
            }
        var expected = reference.Groups(minSize: 2)
            .Select(g => string.Join(' ', g.Select(n => sides[n])
                .GroupBy(m => m.Document)
                .OrderBy(d => d.Key)
                .Select(d => $"{d.Key}:{d.Min(m => m.Span.Start)}-{d.Max(m => m.Span.End)}")))
            .Order(StringComparer.Ordinal)
            .ToList();
        var actual = clusters.Select(c => string.Join(' ', c.Members.Select(m => $"{m.Document}:{m.Span.Start}-{m.Span.End}")))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(expected, actual);
        Assert.Contains(clusters, c => c.Members.Count > 2);
    }

    /// <summary>A pair whose passages are given as char bounds (startA, endA, startB, endB); word ranges follow the chars.</summary>
    private static DocumentPair Pair(int a, int b, params (int StartA, int EndA, int StartB, int EndB)[] spans)
    {
        var passages = spans.Select(s => new Passage
        {
            A = TextSpan.FromBounds(s.StartA, s.EndA),
            B = TextSpan.FromBounds(s.StartB, s.EndB),
            WordsA = new TokenRange(s.StartA / 5, s.EndA / 5),
            WordsB = new TokenRange(s.StartB / 5, s.EndB / 5),
            AlignedWords = (s.EndA - s.StartA) / 5,
            Identity = 1,
            Edits = [],
        }).ToList();
        return new DocumentPair(a, b, new PairAlignment(passages, 0.5, 0.5));
    }
}
