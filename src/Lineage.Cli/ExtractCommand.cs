using System.CommandLine;
using System.Globalization;
using Lineage.Reporting;
using Lineage.Scanning;
using Spectre.Console;

namespace Lineage.Cli;

/// <summary>
/// <c>lineage extract PATH...</c>: each document's article text, metadata and boilerplate spans.
/// Several documents are read together, so furniture repeated across a site's pages is learned too.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (folders are walked recursively)", Arity = ArgumentArity.OneOrMore };
        var json = new Option<string?>("--json") { Description = "Write documents with article text, metadata and boilerplate spans as JSON to FILE ('-' for stdout)" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No table or progress; problems are still reported" };
        var engine = new EngineOptions(EngineParts.Read | EngineParts.Threads);
        var command = new Command("extract", "Article text, metadata and boilerplate of each document") { paths, json, quiet };
        engine.AddTo(command);
        command.SetAction(parse =>
        {
            if (engine.TryBuild(parse) is not { } options) return ExitCodes.Usage;
            var inputs = parse.GetValue(paths)!;
            var outputs = new OutputFiles();
            var jsonOut = outputs.Add("--json", parse.GetValue(json));
            if (!outputs.Check(inputs)) return ExitCodes.Usage;
            var silent = parse.GetValue(quiet) || outputs.AnyToStdout;
            if (EngineOptions.Scan(inputs, options, silent) is not { } result) return ExitCodes.Usage;
            try
            {
                jsonOut?.Write(stream => JsonReport.WriteArticles(result, stream));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Terminal.Fail($"cannot write {jsonOut!.Describe()}: {e.Message}");
                return ExitCodes.Usage;
            }
            if (!silent) PrintTable(result);
            return result.SkippedAny ? ExitCodes.SomeInputSkipped : ExitCodes.Ok;
        });
        return command;
    }

    private static void PrintTable(ScanResult result)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("document").AddColumn("title").AddColumn("site").AddColumn("published").AddColumn("lang")
            .AddColumn(new TableColumn("words").RightAligned()).AddColumn(new TableColumn("boilerplate").RightAligned());
        for (var i = 0; i < result.Articles.Count; i++)
        {
            var article = result.Articles[i];
            var m = article.Metadata;
            long boilerplate = 0;
            foreach (var span in article.Boilerplate) boilerplate += span.Length;
            var chars = Math.Max(1, article.Document.Text.Length);
            table.AddRow(
                Markup.Escape(Shorten(article.Document.Id, 24)),
                Markup.Escape(Shorten(m.Title, 36)),
                Markup.Escape(m.Site ?? ""),
                Markup.Escape(m.Published ?? ""),
                Markup.Escape(m.Language ?? ""),
                result.WordCounts[i].ToString("N0", CultureInfo.InvariantCulture),
                ((double)boilerplate / chars).ToString("P0", CultureInfo.InvariantCulture));
        }
        Terminal.Out.Write(table);
    }

    private static string Shorten(string? text, int max) =>
        text is null ? "" : text.Length <= max ? text : text[..(max - 1)] + "…";
}
