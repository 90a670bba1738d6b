using System.CommandLine;
using System.Globalization;
using Lineage.Pan;
using Lineage.Reading;
using Spectre.Console;

namespace Lineage.Cli;

/// <summary>
/// <c>lineage eval pan --gold DIR --detections DIR</c>: PAN's measures (macro precision and recall,
/// granularity, plagdet) of PAN XML detections against PAN XML gold, overall and per obfuscation,
/// with the cases missed and the detections in plagiarism-free documents.
/// </summary>
internal static class EvalPanCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Folder of gold PAN XML files (read recursively; feature name=\"plagiarism\")", Required = true };
        var detections = new Option<string>("--detections") { Description = "Folder of detection PAN XML files, as 'lineage pan' writes them", Required = true };
        var json = new Option<string?>("--json") { Description = "Write the evaluation as JSON to FILE ('-' for stdout, which replaces the text report)" };
        var missed = new Option<int>("--show-missed") { Description = "Missed cases (and detections in plagiarism-free documents) listed in the text report", DefaultValueFactory = _ => 50 }.AtLeast(0);
        var command = new Command("pan", "PAN plagiarism detection measures (Potthast et al., COLING 2010) of detections against a gold standard")
        {
            gold, detections, json, missed,
        };
        command.SetAction(parse =>
        {
            var goldFolder = parse.GetValue(gold)!;
            var detectionFolder = parse.GetValue(detections)!;
            foreach (var (folder, name) in new[] { (goldFolder, "--gold"), (detectionFolder, "--detections") })
            {
                if (Directory.Exists(folder)) continue;
                Terminal.Fail($"{folder}: no such folder ({name}).");
                return ExitCodes.Usage;
            }
            var outputs = new OutputFiles();
            var jsonOut = outputs.Add("--json", parse.GetValue(json));
            if (!outputs.Check([goldFolder, detectionFolder])) return ExitCodes.Usage;
            var problems = new List<ReadProblem>();
            var goldFiles = PanXmlFolder.Read(goldFolder, problems);
            var detectionFiles = PanXmlFolder.Read(detectionFolder, problems);
            foreach (var problem in problems) Terminal.Problem(problem);
            if (goldFiles.Count == 0)
            {
                Terminal.Fail($"{goldFolder}: no readable PAN XML file in it.");
                return ExitCodes.Usage;
            }
            if (detectionFiles.Count == 0) Terminal.Error.MarkupLine($"[grey]note:[/] {Markup.Escape(detectionFolder)} holds no detection file; every case counts as missed");

            var evaluation = PanEvaluator.Evaluate(goldFiles, detectionFiles);
            try
            {
                jsonOut?.Write(stream => PanEvaluationJson.Write(evaluation, stream));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Terminal.Fail($"cannot write {jsonOut!.Describe()}: {e.Message}");
                return ExitCodes.Usage;
            }
            if (!outputs.AnyToStdout) Print(evaluation, parse.GetValue(missed));
            foreach (var problem in problems)
                if (problem.Skipped) return ExitCodes.SomeInputSkipped;
            return ExitCodes.Ok;
        });
        return command;
    }

    // A plain-text report: Spectre would wrap tables and lines at 80 columns when stdout is a file,
    // and scripts grep these lines (or use --json).
    private static void Print(PanEvaluation evaluation, int showMissed)
    {
        var output = Terminal.Plain;
        output.WriteLine(
            $"{NumberFormat.Count(evaluation.GoldFiles, "gold file")}, {NumberFormat.Count(evaluation.DetectionFiles, "detection file")} · PAN measures (Potthast et al., COLING 2010)");
        output.WriteLine();
        var width = "obfuscation".Length;
        foreach (var category in evaluation.ByCategory) width = Math.Max(width, category.Category.Length);
        output.WriteLine($"{"obfuscation".PadRight(width)}  plagdet   prec    rec   gran  cases  found   dets   true");
        output.WriteLine(Row("all".PadRight(width), evaluation.Overall));
        foreach (var category in evaluation.ByCategory) output.WriteLine(Row(category.Category.PadRight(width), category.Score));
        output.WriteLine();
        output.WriteLine("prec, rec: macro-averaged character precision and recall · gran: detections per found case");
        output.WriteLine("found: cases a detection overlaps · dets: detections · true: detections overlapping a case");
        if (evaluation.ByCategory.Count > 0)
            output.WriteLine("Per obfuscation, precision is over the detections overlapping those cases; false detections lower only 'all'.");
        output.WriteLine();

        var missed = new List<PanCaseResult>();
        foreach (var result in evaluation.Cases)
            if (!result.Detected) missed.Add(result);
        if (missed.Count == 0)
        {
            output.WriteLine("Every gold case is detected.");
        }
        else
        {
            output.WriteLine($"{NumberFormat.Count(missed.Count, "case")} missed, in {NumberFormat.Count(evaluation.FilesWithMissedCases.Count, "gold file")}:");
            for (var i = 0; i < Math.Min(showMissed, missed.Count); i++) output.WriteLine($"  {missed[i].File}: {Describe(missed[i].Case)}");
            if (missed.Count > showMissed) output.WriteLine($"  … {missed.Count - showMissed} more (--show-missed, --json)");
        }

        output.WriteLine(
            $"{NumberFormat.Count(evaluation.FalseDetections.Count, "detection overlaps", "detections overlap")} no case · {NumberFormat.Count(evaluation.CleanDocuments.Count, "plagiarism-free suspicious document")}, {NumberFormat.Count(evaluation.DetectionsInCleanDocuments.Count, "detection")} in them");
        var inClean = evaluation.DetectionsInCleanDocuments;
        for (var i = 0; i < Math.Min(showMissed, inClean.Count); i++) output.WriteLine($"  {inClean[i]}");
        if (inClean.Count > showMissed) output.WriteLine($"  … {inClean.Count - showMissed} more (--json)");
        if (evaluation.DocumentsWithoutGold.Count > 0)
            output.WriteLine(
                $"note: {NumberFormat.Count(evaluation.DocumentsWithoutGold.Count, "suspicious document has", "suspicious documents have")} detections but no gold file (first: {evaluation.DocumentsWithoutGold[0]}); is --gold the right folder?");
    }

    private static string Row(string label, PanScore score) => string.Create(CultureInfo.InvariantCulture,
        $"{label}  {score.Plagdet,7:0.000}  {score.Precision,5:0.000}  {score.Recall,5:0.000}  {score.Granularity,5:0.000}  {score.Cases,5}  {score.DetectedCases,5}  {score.Detections,5}  {score.TrueDetections,5}");

    private static string Describe(PanAnnotation c)
    {
        var kind = c.Obfuscation is null && c.Type is null ? "" : $" ({c.Category})";
        return c.ToString() + kind;
    }
}
