using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Lineage.Evaluation;

namespace Lineage.Cli;

/// <summary>
/// <c>lineage eval clusters --gold GOLD.csv --result RESULT.csv [--field story|duplicateGroup]</c>:
/// adjusted Rand index and B-cubed precision, recall and F1 of a clustering of documents against
/// a gold clustering, both CSVs with a header, joined on their <c>id</c> column.
/// </summary>
internal static class EvalClustersCommand
{
    /// <summary>The clusterings <c>scan</c> reports per document, scored by default when both files have them.</summary>
    private static readonly string[] DefaultFields = ["story", "duplicateGroup"];

    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold clustering: CSV with a header, an 'id' column and a column per clustering", Required = true };
        var result = new Option<string>("--result") { Description = "Clustering to score: CSV with a header and an 'id' column (as scan --documents writes it)", Required = true };
        var field = new Option<string?>("--field") { Description = "Column to score (default: story and duplicateGroup, those both files have)" };
        var json = new Option<string?>("--json") { Description = "Write the scores as JSON to FILE ('-' for stdout, which replaces the table)" };
        var command = new Command("clusters", "Adjusted Rand index and B-cubed precision/recall of a document clustering (stories, duplicate groups) against a gold clustering")
        {
            gold, result, field, json,
        };
        command.SetAction(parse =>
        {
            var outputs = new OutputFiles();
            var jsonOut = outputs.Add("--json", parse.GetValue(json));
            if (!outputs.Check([parse.GetValue(gold)!, parse.GetValue(result)!])) return ExitCodes.Usage;
            List<ClusterEvaluation> evaluations;
            ClusterTable goldTable, resultTable;
            try
            {
                goldTable = ClusterTable.Read(parse.GetValue(gold)!);
                resultTable = ClusterTable.Read(parse.GetValue(result)!);
                var fields = parse.GetValue(field) is { } named ? [named] : ClusterEvaluation.SharedFields(goldTable, resultTable, DefaultFields);
                if (fields.Count == 0)
                    throw new ClusterTableException($"{goldTable.Name} and {resultTable.Name} have no clustering column in common ({string.Join(", ", DefaultFields)}); name one with --field");
                evaluations = [];
                foreach (var f in fields) evaluations.Add(ClusterEvaluation.Evaluate(goldTable, resultTable, f));
            }
            catch (ClusterTableException e)
            {
                Terminal.Fail(e.Message);
                return ExitCodes.Usage;
            }

            if (jsonOut is not null)
            {
                try
                {
                    jsonOut.Write(stream => WriteJson(goldTable, resultTable, evaluations, stream));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Terminal.Fail($"cannot write {jsonOut.Describe()}: {e.Message}");
                    return ExitCodes.Usage;
                }
            }
            if (!outputs.AnyToStdout) Print(goldTable, resultTable, evaluations);
            return ExitCodes.Ok;
        });
        return command;
    }

    // Plain text, as the other eval reports: scripts grep these lines (or use --json).
    private static void Print(ClusterTable gold, ClusterTable result, List<ClusterEvaluation> evaluations)
    {
        var o = Console.Out;
        var c = CultureInfo.InvariantCulture;
        var first = evaluations[0];
        o.WriteLine(string.Create(c, $"gold {gold.Name}: {gold.Count:N0} documents · result {result.Name}: {result.Count:N0} documents, {first.IgnoredResultDocuments:N0} not in the gold (ignored), {first.MissingResultDocuments:N0} gold documents missing (counted alone)"));
        o.WriteLine();
        var width = "field".Length;
        foreach (var e in evaluations) width = Math.Max(width, e.Field.Length);
        o.WriteLine($"{"field".PadRight(width)}     ARI   B3 P   B3 R  B3 F1   clusters gold / result   largest gold / result");
        foreach (var e in evaluations)
        {
            var s = e.Score;
            o.WriteLine(string.Create(c, $"{e.Field.PadRight(width)}  {s.AdjustedRandIndex,6:0.000}  {s.BCubedPrecision:0.000}  {s.BCubedRecall:0.000}  {s.BCubedF1:0.000}  {s.GoldClusters,10:N0} / {s.ResultClusters,-10:N0}  {s.LargestGoldCluster,10:N0} / {s.LargestResultCluster:N0}"));
        }
        o.WriteLine("ARI: adjusted Rand index (Hubert & Arabie 1985), 1 identical, about 0 by chance; B3: B-cubed precision, recall, F1 over the gold's documents (Bagga & Baldwin 1998)");
    }

    private static void WriteJson(ClusterTable gold, ClusterTable result, List<ClusterEvaluation> evaluations, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteNumber("version", 1);
        writer.WriteString("gold", gold.Name);
        writer.WriteString("result", result.Name);
        writer.WriteNumber("goldDocuments", gold.Count);
        writer.WriteNumber("resultDocuments", result.Count);
        writer.WriteNumber("ignoredResultDocuments", evaluations[0].IgnoredResultDocuments);
        writer.WriteNumber("missingResultDocuments", evaluations[0].MissingResultDocuments);
        writer.WriteStartArray("fields");
        foreach (var e in evaluations)
        {
            var s = e.Score;
            writer.WriteStartObject();
            writer.WriteString("field", e.Field);
            writer.WriteNumber("adjustedRandIndex", Math.Round(s.AdjustedRandIndex, 6));
            writer.WriteNumber("bCubedPrecision", Math.Round(s.BCubedPrecision, 6));
            writer.WriteNumber("bCubedRecall", Math.Round(s.BCubedRecall, 6));
            writer.WriteNumber("bCubedF1", Math.Round(s.BCubedF1, 6));
            writer.WriteNumber("goldClusters", s.GoldClusters);
            writer.WriteNumber("resultClusters", s.ResultClusters);
            writer.WriteNumber("largestGoldCluster", s.LargestGoldCluster);
            writer.WriteNumber("largestResultCluster", s.LargestResultCluster);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
