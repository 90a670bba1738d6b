using Lineage.Clustering;
using Lineage.Text;

namespace Lineage.Tests.Clustering;

public class PassageSidesTests
{
    // Two passages: 0–1 (documents 1 and 2), 2–3 (documents 2 and 3); document 2's sides overlap by 5 chars.
    private static readonly ClusterMember[] Sides =
    [
        new(1, new TextSpan(0, 20)), new(2, new TextSpan(100, 20)),
        new(2, new TextSpan(115, 40)), new(3, new TextSpan(0, 40)),
    ];

    [Fact]
    public void The_two_sides_of_a_passage_always_join()
    {
        var sets = PassageSides.Join(Sides, static (_, _) => false);
        Assert.Equal(sets.Find(0), sets.Find(1));
        Assert.Equal(sets.Find(2), sets.Find(3));
        Assert.NotEqual(sets.Find(0), sets.Find(2));
    }

    [Fact]
    public void Overlapping_sides_of_one_document_join_as_the_caller_says()
    {
        TextSpan? seenEarlier = null, seenLater = null;
        var sets = PassageSides.Join(Sides, (earlier, later) =>
        {
            (seenEarlier, seenLater) = (earlier, later);
            return true;
        });
        Assert.Equal(sets.Find(0), sets.Find(3));
        Assert.Equal((new TextSpan(100, 20), new TextSpan(115, 40)), (seenEarlier, seenLater));
    }
}
