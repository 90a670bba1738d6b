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

    [Fact]
    public void A_story_compares_as_the_cosine_with_the_sum_of_its_units_whether_one_unit_or_several()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 300; trial++)
        {
            var units = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Vector(random, 1 + random.Next(25))).ToList();
            var story = new StoryCentroid();
            var sum = new Dictionary<ulong, double>();
            for (var k = 0; k < units.Count; k++)
            {
                story.Add([k], units[k], null, null);
                for (var i = 0; i < units[k].Count; i++) sum[units[k].Terms[i]] = sum.GetValueOrDefault(units[k].Terms[i]) + units[k].Weights[i];
            }
            var query = Vector(random, 1 + random.Next(25));
            var expected = query.Terms.Select((t, i) => sum.TryGetValue(t, out var w) ? w * query.Weights[i] : 0).Sum() / Math.Sqrt(sum.Values.Sum(w => w * w));

            Assert.Equal(expected, story.Similarity(query), 12);
            var terms = new List<(ulong Term, double Weight)>();
            story.CopyTerms(terms);
            Assert.Equal(sum.Select(e => (e.Key, e.Value)), terms);
        }
    }
}
