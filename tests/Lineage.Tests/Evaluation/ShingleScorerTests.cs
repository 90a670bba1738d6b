using Lineage.Evaluation;

namespace Lineage.Tests.Evaluation;

public class ShingleScorerTests
{
    public class Match
    {
        [Fact]
        public void Counts_four_word_shingles_and_normalises_by_their_sum()
        {
            // Gold shingles: "a b c d", "b c d e"; extracted: "a b c d". TP 1, FP 0, FN 1.
            var counts = ShingleScorer.Match("a b c d e", "a b c d");
            Assert.Equal(new ShingleCounts(0.5, 0, 0.5), counts);
            Assert.Equal(1, counts.Precision);
            Assert.Equal(0.5, counts.Recall);
        }

        [Fact]
        public void Counts_repeated_shingles_as_a_multiset()
        {
            // Gold: "x x x x" twice; extracted: once, plus "x x x y" once. TP 1, FP 1, FN 1.
            var counts = ShingleScorer.Match("x x x x x", "x x x x y");
            Assert.Equal(1.0 / 3, counts.TruePositives, 12);
            Assert.Equal(1.0 / 3, counts.FalsePositives, 12);
            Assert.Equal(1.0 / 3, counts.FalseNegatives, 12);
        }

        [Fact]
        public void Makes_a_text_shorter_than_four_words_one_shingle()
        {
            Assert.Equal(new ShingleCounts(1, 0, 0), ShingleScorer.Match("Breaking news", "breaking, NEWS!"));
            Assert.Equal(new ShingleCounts(0, 0.5, 0.5), ShingleScorer.Match("breaking news", "breaking"));
        }

        [Fact]
        public void Folds_case_and_ignores_punctuation_and_markup_chars()
        {
            Assert.Equal(new ShingleCounts(1, 0, 0), ShingleScorer.Match("The Mayor said: \"No.\"", "the mayor said no"));
        }

        [Fact]
        public void Gives_nothing_for_two_empty_texts_and_zero_precision_for_text_against_no_gold()
        {
            var empty = ShingleScorer.Match("", "  ");
            Assert.False(empty.HasGold);
            Assert.False(empty.HasPrediction);
            var noGold = ShingleScorer.Match("", "one two three four five");
            Assert.Equal(0, noGold.Precision);
            Assert.False(noGold.HasGold);
        }
    }

    public class Aggregate
    {
        [Fact]
        public void Averages_precision_over_pages_with_text_and_recall_over_pages_with_gold()
        {
            var pages = new[]
            {
                ShingleScorer.Match("a b c d e", "a b c d"), // P 1, R 0.5
                ShingleScorer.Match("a b c d e", ""),        // no prediction: R 0, left out of P
                ShingleScorer.Match("", "a b c d"),          // no gold: P 0, left out of R
            };
            var score = ShingleScorer.Aggregate(pages);
            Assert.Equal(0.5, score.Precision, 12);
            Assert.Equal(0.25, score.Recall, 12);
            Assert.Equal(2 * 0.5 * 0.25 / 0.75, score.F1, 12);
            Assert.Equal(3, score.Pages);
        }

        [Fact]
        public void Is_zero_without_pages()
        {
            Assert.Equal(new ExtractionScore(0, 0, 0, 0), ShingleScorer.Aggregate([]));
        }

        [Fact]
        public void Agrees_with_a_brute_force_count_on_random_texts()
        {
            var random = new Random(7);
            var words = new[] { "a", "b", "c" };
            for (var run = 0; run < 200; run++)
            {
                var gold = RandomText(random, words);
                var extracted = RandomText(random, words);
                var counts = ShingleScorer.Match(gold, extracted);
                var (tp, fp, fn) = BruteForce(gold.Split(' ', StringSplitOptions.RemoveEmptyEntries), extracted.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                var sum = tp + fp + fn;
                if (sum == 0)
                {
                    Assert.Equal(default, counts);
                    continue;
                }
                Assert.Equal(tp / sum, counts.TruePositives, 12);
                Assert.Equal(fp / sum, counts.FalsePositives, 12);
                Assert.Equal(fn / sum, counts.FalseNegatives, 12);
            }
        }

        private static string RandomText(Random random, string[] words)
        {
            var length = random.Next(0, 9);
            var text = new string[length];
            for (var i = 0; i < length; i++) text[i] = words[random.Next(words.Length)];
            return string.Join(' ', text);
        }

        /// <summary>evaluate.py's string_shingle_matching, written out with strings.</summary>
        private static (double Tp, double Fp, double Fn) BruteForce(string[] gold, string[] extracted)
        {
            static List<string> Shingles(string[] tokens)
            {
                var shingles = new List<string>();
                for (var i = 0; i < Math.Max(1, tokens.Length - 3); i++)
                {
                    var shingle = string.Join(' ', tokens.Skip(i).Take(4));
                    if (shingle.Length > 0) shingles.Add(shingle);
                }
                return shingles;
            }
            var goldShingles = Shingles(gold);
            var extractedShingles = Shingles(extracted);
            double tp = 0, fp = 0, fn = 0;
            foreach (var key in goldShingles.Union(extractedShingles))
            {
                var g = goldShingles.Count(s => s == key);
                var e = extractedShingles.Count(s => s == key);
                tp += Math.Min(g, e);
                fp += Math.Max(0, e - g);
                fn += Math.Max(0, g - e);
            }
            return (tp, fp, fn);
        }
    }
}
