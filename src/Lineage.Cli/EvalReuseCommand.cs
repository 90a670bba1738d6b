using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Lineage.Alignment;
using Lineage.Evaluation;
using Lineage.Reading;
using Lineage.Scanning;

namespace Lineage.Cli;

/// <summary>
/// <c>lineage eval reuse --set clough-stevenson --dir DIR [--json FILE]</c>: scores each labelled
/// text against its source as <c>compare</c> judges the pair (its share in verbatim passages, its
/// share matched with rewritten passages), and reports how well the scores separate derived from
/// independent texts (ROC AUC), their means per category, and the four-way confusion matrix of
/// fixed thresholds, verbatim evidence alone and with matched sentences.
/// </summary>
internal static class EvalReuseCommand
{
    public static Command Create()
    {
        var set = new Option<string>("--set") { Description = $"Benchmark layout: {CloughStevensonSet.Name}", Required = true };
        var dir = new Option<string>("--dir") { Description = "Benchmark folder (with file_list.csv)", Required = true };
        var json = new Option<string?>("--json") { Description = "Write the evaluation as JSON to FILE ('-' for stdout, which replaces the text report)" };
        var command = new Command("reuse", "How well compare's verbatim and matched shares separate texts derived from a source from independent ones")
        {
            set, dir, json,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            if (parse.GetValue(set) != CloughStevensonSet.Name)
            {
                Terminal.Fail($"--set: unknown benchmark '{parse.GetValue(set)}' (known: {CloughStevensonSet.Name})");
                return ExitCodes.Usage;
            }
            var outputs = new OutputFiles();
            var jsonOut = outputs.Add("--json", parse.GetValue(json));
            if (!outputs.Check([folder])) return ExitCodes.Usage;
            IReadOnlyList<ReuseCase> cases;
            try
            {
                cases = CloughStevensonSet.Load(folder);
            }
            catch (ReuseSetException e)
            {
                Terminal.Fail(e.Message);
                return ExitCodes.Usage;
            }
            var problems = new List<ReadProblem>();
            var evaluation = ReuseEvaluator.Evaluate(cases, new ScanOptions(), problems);
            foreach (var problem in problems) Terminal.Problem(problem);
            try
            {
                jsonOut?.Write(stream => WriteJson(evaluation, stream));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Terminal.Fail($"cannot write {jsonOut!.Describe()}: {e.Message}");
                return ExitCodes.Usage;
            }
            if (!outputs.AnyToStdout) Print(evaluation);
            foreach (var problem in problems)
                if (problem.Skipped) return ExitCodes.SomeInputSkipped;
            return ExitCodes.Ok;
        });
        return command;
    }

    // Plain text, as the other eval reports: scripts grep these lines (or use --json).
    private static void Print(ReuseEvaluation e)
    {
        var o = Terminal.Plain;
        var c = CultureInfo.InvariantCulture;
        o.WriteLine($"{NumberFormat.Count(e.Cases.Count, "text")} scored against their sources · derived (cut, light, heavy) vs independent (non)");
        o.WriteLine();
        o.WriteLine(string.Create(c, $"ROC AUC  verbatim {e.VerbatimAuc:0.000}  matched {e.MatchedAuc:0.000}"));
        o.WriteLine();
        o.WriteLine("category  texts  verbatim  matched   (mean share of the text's words)");
        foreach (var m in e.Means)
            o.WriteLine(string.Create(c, $"{m.Category,-8}  {m.Count,5}  {m.Verbatim,8:0.000}  {m.Matched,7:0.000}"));
        PrintConfusion(o, "verbatim alone", e.VerbatimConfusion);
        PrintConfusion(o, "matched", e.MatchedConfusion);
        o.WriteLine(string.Create(c,
            $"thresholds (fixed, not fitted): cut if verbatim ≥ {DerivationThresholds.Cut}, light if verbatim ≥ {DerivationThresholds.Light}, heavy if matched ≥ {DerivationThresholds.Heavy}, else non"));
    }

    private static void PrintConfusion(TextWriter o, string title, int[,] confusion)
    {
        var categories = CloughStevensonSet.Categories;
        o.WriteLine();
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"confusion, {title} (rows gold, columns predicted; accuracy {ReuseEvaluation.Accuracy(confusion):0.000})"));
        o.Write("gold \\ predicted");
        foreach (var p in categories) o.Write($"{p,7}");
        o.WriteLine();
        for (var g = 0; g < categories.Count; g++)
        {
            o.Write($"{categories[g],-16}");
            for (var p = 0; p < categories.Count; p++) o.Write($"{confusion[g, p],7}");
            o.WriteLine();
        }
    }

    private static void WriteJson(ReuseEvaluation e, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteNumber("version", 2);
        writer.WriteString("set", CloughStevensonSet.Name);
        writer.WriteNumber("texts", e.Cases.Count);
        writer.WriteStartObject("auc");
        Number(writer, "verbatim", e.VerbatimAuc);
        Number(writer, "matched", e.MatchedAuc);
        writer.WriteEndObject();
        writer.WriteStartArray("categories");
        foreach (var m in e.Means)
        {
            writer.WriteStartObject();
            writer.WriteString("category", m.Category);
            writer.WriteNumber("texts", m.Count);
            Number(writer, "meanVerbatim", m.Verbatim);
            Number(writer, "meanMatched", m.Matched);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartObject("thresholds");
        writer.WriteNumber("cut", DerivationThresholds.Cut);
        writer.WriteNumber("light", DerivationThresholds.Light);
        writer.WriteNumber("heavy", DerivationThresholds.Heavy);
        writer.WriteEndObject();
        Confusion(writer, "verbatimConfusion", e.VerbatimConfusion);
        Confusion(writer, "matchedConfusion", e.MatchedConfusion);
        writer.WriteStartArray("cases");
        foreach (var s in e.Cases)
        {
            writer.WriteStartObject();
            writer.WriteString("text", s.Case.AnswerPath);
            writer.WriteString("source", s.Case.SourcePath);
            writer.WriteString("category", s.Case.Category);
            Number(writer, "verbatim", s.Verbatim);
            Number(writer, "matched", s.Matched);
            writer.WriteString("derivation", s.Derivation.ToString().ToLowerInvariant());
            writer.WriteString("predicted", DerivationThresholds.Classify(s.Verbatim, s.Matched));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsNaN(value)) writer.WriteNull(name);
        else writer.WriteNumber(name, Math.Round(value, 6));
    }

    private static void Confusion(Utf8JsonWriter writer, string name, int[,] confusion)
    {
        var categories = CloughStevensonSet.Categories;
        writer.WriteStartObject(name);
        for (var g = 0; g < categories.Count; g++)
        {
            writer.WriteStartObject(categories[g]);
            for (var p = 0; p < categories.Count; p++) writer.WriteNumber(categories[p], confusion[g, p]);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }
}
