namespace Lineage.Evaluation;

/// <summary>
/// One clustering (a column such as <c>story</c>) of a result scored against the gold's: over the
/// gold's documents, with result documents the gold does not have left out and gold documents
/// the result does not have counted as clusters of their own.
/// </summary>
public sealed record ClusterEvaluation(string Field, ClusterScore Score, int IgnoredResultDocuments, int MissingResultDocuments)
{
    /// <summary>
    /// Scores column <paramref name="field"/> of <paramref name="result"/> against the same column
    /// of <paramref name="gold"/>, joining rows on <see cref="ClusterTable.IdColumn"/>. An empty
    /// label is a cluster of its own, as a missing document is.
    /// </summary>
    public static ClusterEvaluation Evaluate(ClusterTable gold, ClusterTable result, string field)
    {
        foreach (var table in (ClusterTable[])[gold, result])
            if (!table.HasColumn(field))
                throw new ClusterTableException($"{table.Name}: no '{field}' column in the header ({string.Join(",", table.Columns)})");

        var goldLabels = new int[gold.Count];
        var resultLabels = new int[gold.Count];
        var goldNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var resultNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        // Cluster numbers from 0 up name labels; a document alone takes a negative number of its own.
        var alone = -1;
        var missing = 0;
        for (var row = 0; row < gold.Count; row++)
        {
            goldLabels[row] = Number(goldNumbers, gold.Label(row, field), ref alone);
            if (result.RowOfId.TryGetValue(gold.Id(row), out var resultRow))
            {
                resultLabels[row] = Number(resultNumbers, result.Label(resultRow, field), ref alone);
            }
            else
            {
                missing++;
                resultLabels[row] = alone--;
            }
        }
        var ignored = 0;
        for (var row = 0; row < result.Count; row++)
            if (!gold.RowOfId.ContainsKey(result.Id(row))) ignored++;
        return new ClusterEvaluation(field, ClusterAgreement.Score(goldLabels, resultLabels), ignored, missing);
    }

    /// <summary>The columns scored when none is named: those of <paramref name="wanted"/> both tables have.</summary>
    public static List<string> SharedFields(ClusterTable gold, ClusterTable result, IEnumerable<string> wanted)
    {
        var fields = new List<string>();
        foreach (var field in wanted)
            if (gold.HasColumn(field) && result.HasColumn(field)) fields.Add(field);
        return fields;
    }

    private static int Number(Dictionary<string, int> numbers, string label, ref int alone)
    {
        if (label.Length == 0) return alone--;
        if (!numbers.TryGetValue(label, out var number)) numbers[label] = number = numbers.Count;
        return number;
    }
}
