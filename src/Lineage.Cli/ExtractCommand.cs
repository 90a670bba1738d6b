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
                jsonOut?.Write(stream => JsonReport.WriteArticles(result, stream, jsonOut.ToTerminal));
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
        // On a terminal a long title is cut to keep the table on the screen; ids never are, and a
        // script (stdout not a terminal) gets every cell whole.
        var cut = Terminal.OutIsInteractive;
        var table = new ResultTable()
            .Column("document").Column("title").Column("site").Column("published").Column("lang")
            .Column("words", rightAligned: true).Column("boilerplate", rightAligned: true);
        for (var i = 0; i < result.Articles.Count; i++)
        {
            var article = result.Articles[i];
            var m = article.Metadata;
            long boilerplate = 0;
            foreach (var span in article.Boilerplate) boilerplate += span.Length;
            var chars = Math.Max(1, article.Document.Text.Length);
            table.Row(
                article.Document.Id,
                cut ? Shorten(m.Title, 36) : m.Title ?? "",
                m.Site ?? "",
                m.Published ?? "",
                m.Language ?? "",
                NumberFormat.Count(result.WordCounts[i]),
                NumberFormat.Share((double)boilerplate / chars));
        }
        table.Write();
    }

    private static string Shorten(string? text, int max) =>
        text is null ? "" : text.Length <= max ? text : text[..(max - 1)] + "…";
}
