using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Lineage.Evaluation;
using Spectre.Console;

namespace Lineage.Cli;

/// <summary>
/// <c>lineage eval extraction --set NAME --dir DIR</c>: runs the HTML article extractor over a
/// boilerplate-removal benchmark and scores its text against the gold with the scrapinghub
/// article-extraction benchmark's measure (bags of 4-word shingles, per-page precision and recall
/// averaged over pages, F1 of the averages).
/// </summary>
internal static class EvalExtractionCommand
{
    public static Command Create()
    {
        var set = new Option<string>("--set") { Description = $"Benchmark set: {string.Join(", ", ExtractionSets.Names)}", Required = true };
        var dir = new Option<string>("--dir") { Description = "The set's folder (as its MANIFEST.md describes it)", Required = true };
        var json = new Option<string?>("--json") { Description = "Write the scores and every page's result as JSON to FILE ('-' for stdout, which replaces the text report)" };
        var verbose = new Option<bool>("--verbose") { Description = "List every page's precision, recall and word counts" };
        var command = new Command("extraction", "Article-extraction quality (shingle precision, recall, F1) on a boilerplate-removal benchmark")
        {
            set, dir, json, verbose,
        };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(set)!;
            var outputs = new OutputFiles();
            var jsonOut = outputs.Add("--json", parse.GetValue(json));
            if (!outputs.Check([parse.GetValue(dir)!])) return ExitCodes.Usage;
            IReadOnlyList<ExtractionCase> cases;
            try
            {
                cases = ExtractionSets.Load(name, parse.GetValue(dir)!);
            }
            catch (ExtractionSetException e)
            {
                Terminal.Fail(e.Message);
                return ExitCodes.Usage;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
            {
                Terminal.Fail($"cannot read set '{name}': {e.Message}");
                return ExitCodes.Usage;
            }

            var evaluation = ExtractionEvaluator.Evaluate(name, cases);
            try
            {
                jsonOut?.Write(stream => WriteJson(evaluation, stream));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Terminal.Fail($"cannot write {jsonOut!.Describe()}: {e.Message}");
                return ExitCodes.Usage;
            }
            if (!outputs.AnyToStdout) Print(evaluation, parse.GetValue(verbose));
            return evaluation.PagesWithErrors > 0 ? ExitCodes.SomeInputSkipped : ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(ExtractionEvaluation evaluation, bool verbose)
    {
        var output = Terminal.Plain;
        var score = evaluation.Score;
        if (verbose)
        {
            output.WriteLine("page  precision  recall  gold-words  extracted-words");
            foreach (var page in evaluation.Pages)
            {
                var precision = page.Counts.HasPrediction ? page.Counts.Precision.ToString("0.000", CultureInfo.InvariantCulture) : "-";
                var recall = page.Counts.HasGold ? page.Counts.Recall.ToString("0.000", CultureInfo.InvariantCulture) : "-";
                var error = page.Error is null ? "" : "  error: " + page.Error;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{page.Id}  {precision}  {recall}  {page.GoldWords}  {page.ExtractedWords}{error}"));
            }
            output.WriteLine();
        }
        output.WriteLine("set                              P      R      F1   pages  errors");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{evaluation.Set,-30}  {score.Precision:0.000}  {score.Recall:0.000}  {score.F1:0.000}  {score.Pages,5}  {evaluation.PagesWithErrors,6}"));
        output.WriteLine("P, R: 4-word shingle precision and recall per page, averaged over pages (scrapinghub article-extraction benchmark); F1 of the averages");
        var metadata = evaluation.Metadata;
        if (metadata.Count > 0)
        {
            var fields = new List<string>();
            foreach (var field in metadata)
                if (field.Expected > 0) fields.Add(string.Create(CultureInfo.InvariantCulture, $"{field.Field} {field.Accuracy:0.000} ({field.Matched}/{field.Expected})"));
            output.WriteLine("metadata: " + string.Join(", ", fields) + " (pages where the set gives the field)");
        }
        foreach (var page in evaluation.Pages)
            if (page.Error is not null) Terminal.Error.MarkupLine($"[grey]warning:[/] {Markup.Escape(page.Id)}: {Markup.Escape(page.Error)}");
    }

    private static void WriteJson(ExtractionEvaluation evaluation, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteNumber("version", 1);
        writer.WriteString("set", evaluation.Set);
        writer.WriteString("measure", "4-word shingle bags; per-page precision and recall averaged over pages; F1 of the averages");
        writer.WriteNumber("precision", Math.Round(evaluation.Score.Precision, 6));
        writer.WriteNumber("recall", Math.Round(evaluation.Score.Recall, 6));
        writer.WriteNumber("f1", Math.Round(evaluation.Score.F1, 6));
        writer.WriteNumber("pages", evaluation.Score.Pages);
        writer.WriteNumber("pagesWithErrors", evaluation.PagesWithErrors);
        if (evaluation.Metadata.Count > 0)
        {
            writer.WriteStartObject("metadata");
            foreach (var field in evaluation.Metadata)
            {
                writer.WriteStartObject(field.Field);
                writer.WriteNumber("expected", field.Expected);
                writer.WriteNumber("matched", field.Matched);
                writer.WriteNumber("accuracy", Math.Round(field.Accuracy, 6));
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        writer.WriteStartArray("perPage");
        foreach (var page in evaluation.Pages)
        {
            writer.WriteStartObject();
            writer.WriteString("id", page.Id);
            if (page.Counts.HasPrediction) writer.WriteNumber("precision", Math.Round(page.Counts.Precision, 6));
            else writer.WriteNull("precision");
            if (page.Counts.HasGold) writer.WriteNumber("recall", Math.Round(page.Counts.Recall, 6));
            else writer.WriteNull("recall");
            writer.WriteNumber("goldWords", page.GoldWords);
            writer.WriteNumber("extractedWords", page.ExtractedWords);
            if (page.Error is not null) writer.WriteString("error", page.Error);
            if (page.Metadata is { } match)
            {
                writer.WriteStartObject("metadata");
                WriteMatch(writer, "title", match.Title);
                WriteMatch(writer, "byline", match.Byline);
                WriteMatch(writer, "siteName", match.SiteName);
                WriteMatch(writer, "published", match.Published);
                WriteMatch(writer, "language", match.Language);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>true or false where the set gives the field, null where it does not.</summary>
    private static void WriteMatch(Utf8JsonWriter writer, string field, bool? match)
    {
        if (match is { } value) writer.WriteBoolean(field, value);
        else writer.WriteNull(field);
    }
}
