using Lineage.Evaluation;

namespace Lineage.Tests.Evaluation;

public class ClusterAgreementTests
{
    public class KnownValues
    {
        [Fact]
        public void Gives_one_everywhere_for_the_same_clustering_under_other_numbers()
        {
            var score = ClusterAgreement.Score([0, 0, 1, 1, 1, 2], [7, 7, 3, 3, 3, 9]);
            Assert.Equal(1, score.AdjustedRandIndex, 12);
            Assert.Equal(1, score.BCubedPrecision, 12);
            Assert.Equal(1, score.BCubedRecall, 12);
            Assert.Equal(1, score.BCubedF1, 12);
            Assert.Equal((3, 3, 3, 3), (score.GoldClusters, score.ResultClusters, score.LargestGoldCluster, score.LargestResultCluster));
        }

        [Fact]
        public void Matches_the_textbook_adjusted_rand_index()
        {
            // scikit-learn's documented examples of adjusted_rand_score: 0.24 and 0.57.
            Assert.Equal(0.8 / 3.3, ClusterAgreement.Score([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]).AdjustedRandIndex, 12);
            Assert.Equal((1 - 1.0 / 3) / (1.5 - 1.0 / 3), ClusterAgreement.Score([0, 0, 1, 1], [0, 0, 1, 2]).AdjustedRandIndex, 12);
        }

        [Fact]
        public void Averages_b_cubed_over_items()
        {
            // Result cluster {2,3} mixes the two gold classes: items 2 and 3 have precision 1/2;
            // gold class {0,1,2} is split 2 + 1: recall 2/3, 2/3, 1/3.
            var score = ClusterAgreement.Score([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]);
            Assert.Equal(5.0 / 6, score.BCubedPrecision, 12);
            Assert.Equal(5.0 / 9, score.BCubedRecall, 12);
            Assert.Equal(2 * (5.0 / 6) * (5.0 / 9) / (5.0 / 6 + 5.0 / 9), score.BCubedF1, 12);
        }

        [Fact]
        public void Scores_one_big_cluster_against_all_singletons_as_chance()
        {
            var score = ClusterAgreement.Score([0, 0, 0, 0], [0, 1, 2, 3]);
            Assert.Equal(0, score.AdjustedRandIndex, 12);
            Assert.Equal(1, score.BCubedPrecision, 12);
            Assert.Equal(0.25, score.BCubedRecall, 12);
            Assert.Equal((1, 4, 4, 1), (score.GoldClusters, score.ResultClusters, score.LargestGoldCluster, score.LargestResultCluster));
        }

        [Fact]
        public void Gives_one_when_both_sides_put_every_item_alone()
        {
            Assert.Equal(1, ClusterAgreement.Score([0, 1, 2], [5, 4, 3]).AdjustedRandIndex);
            Assert.Equal(1, ClusterAgreement.Score([0], [0]).AdjustedRandIndex);
        }

        [Fact]
        public void Refuses_clusterings_of_different_items()
        {
            Assert.Throws<ArgumentException>(() => ClusterAgreement.Score([0, 1], [0]));
        }
    }

    public class AgainstBruteForce
    {
        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        [InlineData(4)]
        [InlineData(5)]
        public void Agrees_with_counting_every_pair_and_every_item_on_random_clusterings(int seed)
        {
            var random = new Random(seed);
            for (var round = 0; round < 40; round++)
            {
                var n = random.Next(1, 80);
                var gold = new int[n];
                var result = new int[n];
                int goldK = random.Next(1, 12), resultK = random.Next(1, 12);
                for (var i = 0; i < n; i++)
                {
                    gold[i] = random.Next(goldK);
                    // Half the time the result follows the gold with noise, so high scores are tested too.
                    result[i] = round % 2 == 0 && random.NextDouble() < 0.8 ? gold[i] : random.Next(resultK);
                }
                var score = ClusterAgreement.Score(gold, result);
                Assert.Equal(PairCountedAri(gold, result), score.AdjustedRandIndex, 9);
                var (precision, recall) = ItemByItemBCubed(gold, result);
                Assert.Equal(precision, score.BCubedPrecision, 9);
                Assert.Equal(recall, score.BCubedRecall, 9);
            }
        }

        /// <summary>ARI from the four pair counts (Hubert &amp; Arabie 1985, in the form of Steinley 2004).</summary>
        private static double PairCountedAri(int[] gold, int[] result)
        {
            double a = 0, b = 0, c = 0, d = 0;
            for (var i = 0; i < gold.Length; i++)
                for (var j = i + 1; j < gold.Length; j++)
                {
                    bool g = gold[i] == gold[j], r = result[i] == result[j];
                    if (g && r) a++;
                    else if (g) b++;
                    else if (r) c++;
                    else d++;
                }
            var denominator = (a + b) * (b + d) + (a + c) * (c + d);
            return denominator == 0 ? 1 : 2 * (a * d - b * c) / denominator;
        }

        private static (double Precision, double Recall) ItemByItemBCubed(int[] gold, int[] result)
        {
            double precision = 0, recall = 0;
            for (var i = 0; i < gold.Length; i++)
            {
                int both = 0, sameResult = 0, sameGold = 0;
                for (var j = 0; j < gold.Length; j++)
                {
                    if (result[j] == result[i]) sameResult++;
                    if (gold[j] == gold[i]) sameGold++;
                    if (result[j] == result[i] && gold[j] == gold[i]) both++;
                }
                precision += (double)both / sameResult;
                recall += (double)both / sameGold;
            }
            return (precision / gold.Length, recall / gold.Length);
        }
    }
}
