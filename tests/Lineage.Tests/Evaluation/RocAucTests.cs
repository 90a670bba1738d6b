using Lineage.Evaluation;

namespace Lineage.Tests.Evaluation;

public class RocAucTests
{
    [Fact]
    public void Is_one_for_a_perfect_separation_zero_for_a_reversed_one_and_a_half_for_ties()
    {
        Assert.Equal(1, RocAuc.Of([0.1, 0.2, 0.8, 0.9], [false, false, true, true]));
        Assert.Equal(0, RocAuc.Of([0.1, 0.2, 0.8, 0.9], [true, true, false, false]));
        Assert.Equal(0.5, RocAuc.Of([0.5, 0.5, 0.5, 0.5], [true, false, true, false]));
    }

    [Fact]
    public void Is_not_a_number_without_both_classes()
    {
        Assert.True(double.IsNaN(RocAuc.Of([0.1, 0.2], [true, true])));
    }

    [Fact]
    public void Agrees_with_counting_every_positive_negative_pair()
    {
        var random = new Random(12);
        for (var round = 0; round < 200; round++)
        {
            var n = random.Next(2, 30);
            var scores = new double[n];
            var labels = new bool[n];
            for (var k = 0; k < n; k++)
            {
                scores[k] = random.Next(6) / 5.0;
                labels[k] = random.Next(2) == 0;
            }
            double wins = 0, pairs = 0;
            for (var p = 0; p < n; p++)
                for (var q = 0; q < n; q++)
                {
                    if (!labels[p] || labels[q]) continue;
                    pairs++;
                    wins += scores[p] > scores[q] ? 1 : scores[p] == scores[q] ? 0.5 : 0;
                }
            var auc = RocAuc.Of(scores, labels);
            if (pairs == 0) Assert.True(double.IsNaN(auc));
            else Assert.Equal(wins / pairs, auc, 12);
        }
    }
}
