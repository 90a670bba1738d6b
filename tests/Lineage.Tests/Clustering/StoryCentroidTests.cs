using Lineage.Clustering;

namespace Lineage.Tests.Clustering;

public class StoryCentroidTests
{
    private static TermVector Vector(Random random, int terms)
    {
        var chosen = Enumerable.Range(0, terms).Select(_ => (ulong)random.Next(60)).Distinct().ToArray();
        var weights = chosen.Select(_ => random.NextDouble()).ToArray();
        var norm = Math.Sqrt(weights.Sum(w => w * w));
        return new TermVector(chosen, weights.Select(w => w / norm).ToArray());
    }

    private static DateOnly Day(Random random) => new DateOnly(2016, 9, 1).AddDays(random.Next(40));

    [Fact]
    public void A_unit_is_judged_without_it_as_removing_it_would_judge_it()
    {
        var random = new Random(5);
        for (var trial = 0; trial < 300; trial++)
        {
            var units = Enumerable.Range(0, 2 + random.Next(5)).Select(k => (Documents: (IReadOnlyList<int>)[k], Vector: Vector(random, 3 + random.Next(20)), Date: Day(random))).ToList();
            var story = new StoryCentroid();
            foreach (var (documents, vector, date) in units) story.Add(documents, vector, date, date);
            var (ownDocuments, ownVector, ownDate) = units[random.Next(units.Count)];

            var similarity = story.SimilarityWithout(ownVector);
            var near = story.IsNearWithout(ownDate, ownDate, 1, 7);
            story.Remove(ownDocuments, ownVector, ownDate, ownDate);

            Assert.Equal(story.Similarity(ownVector), similarity);
            Assert.Equal(story.IsNear(ownDate, ownDate, 7), near);
        }
    }
}
