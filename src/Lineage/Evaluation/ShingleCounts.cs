namespace Lineage.Evaluation;

/// <summary>
/// One page's shingle matches: true positives (shingles both texts have), false positives (only the
/// extracted text has) and false negatives (only the gold has), each divided by their sum so that
/// every page weighs the same whatever its length (as the scrapinghub article-extraction benchmark does).
/// </summary>
public readonly record struct ShingleCounts(double TruePositives, double FalsePositives, double FalseNegatives)
{
    /// <summary>True when the extracted text has shingles, i.e. the page counts towards precision.</summary>
    public bool HasPrediction => TruePositives + FalsePositives > 0;

    /// <summary>True when the gold has shingles, i.e. the page counts towards recall.</summary>
    public bool HasGold => TruePositives + FalseNegatives > 0;

    public double Precision
    {
        get
        {
            if (FalsePositives == 0 && FalseNegatives == 0) return 1;
            if (TruePositives == 0 && FalsePositives == 0) return 0;
            return TruePositives / (TruePositives + FalsePositives);
        }
    }

    public double Recall
    {
        get
        {
            if (FalsePositives == 0 && FalseNegatives == 0) return 1;
            if (TruePositives == 0 && FalseNegatives == 0) return 0;
            return TruePositives / (TruePositives + FalseNegatives);
        }
    }
}
