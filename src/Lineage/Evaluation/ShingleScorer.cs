using Lineage.Text;

namespace Lineage.Evaluation;

/// <summary>
/// Compares extracted article text with gold text the way the scrapinghub article-extraction
/// benchmark does (evaluate.py, string_shingle_matching): both texts become multisets of 4-word
/// shingles, a shingle counts as many times as both have it, and a text shorter than four words
/// is one shingle. Words come from <see cref="Tokenizer"/>, so case and accents are folded.
/// </summary>
public static class ShingleScorer
{
    public const int ShingleSize = 4;

    public static ShingleCounts Match(string gold, string extracted, int shingleSize = ShingleSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shingleSize, 1);
        var goldShingles = Shingles(gold, shingleSize);
        var extractedShingles = Shingles(extracted, shingleSize);
        double truePositives = 0, falsePositives = 0, falseNegatives = 0;
        foreach (var (shingle, extractedCount) in extractedShingles)
        {
            var goldCount = goldShingles.GetValueOrDefault(shingle);
            truePositives += Math.Min(goldCount, extractedCount);
            falsePositives += Math.Max(0, extractedCount - goldCount);
        }
        foreach (var (shingle, goldCount) in goldShingles)
            falseNegatives += Math.Max(0, goldCount - extractedShingles.GetValueOrDefault(shingle));
        var sum = truePositives + falsePositives + falseNegatives;
        if (sum == 0) return default;
        return new ShingleCounts(truePositives / sum, falsePositives / sum, falseNegatives / sum);
    }

    /// <summary>
    /// Precision averaged over the pages with extracted text, recall over the pages with gold text,
    /// F1 from those two averages (evaluate.py, metrics_from_tp_fp_fns).
    /// </summary>
    public static ExtractionScore Aggregate(IReadOnlyList<ShingleCounts> pages)
    {
        double precisionSum = 0, recallSum = 0;
        int precisionPages = 0, recallPages = 0;
        foreach (var page in pages)
        {
            if (page.HasPrediction)
            {
                precisionSum += page.Precision;
                precisionPages++;
            }
            if (page.HasGold)
            {
                recallSum += page.Recall;
                recallPages++;
            }
        }
        var precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        var recall = recallPages == 0 ? 0 : recallSum / recallPages;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ExtractionScore(precision, recall, f1, pages.Count);
    }

    /// <summary>Counts of each shingle, keyed by a 64-bit hash of its folded words.</summary>
    internal static Dictionary<ulong, int> Shingles(string text, int shingleSize)
    {
        var tokens = Tokenizer.Tokenize(text);
        var hashes = tokens.Hashes;
        var counts = new Dictionary<ulong, int>();
        if (hashes.Length == 0) return counts;
        var last = Math.Max(1, hashes.Length - shingleSize + 1);
        for (var i = 0; i < last; i++)
        {
            var end = Math.Min(hashes.Length, i + shingleSize);
            var key = 0xCBF29CE484222325UL;
            for (var j = i; j < end; j++) key = unchecked((key ^ hashes[j]) * 0x100000001B3UL + (ulong)(j - i + 1));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }
}
