using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lineage.Reporting;
using Lineage.Scanning;
using Spectre.Console;

namespace Lineage.Cli;

/// <summary><c>lineage scan PATH...</c>: every pair of documents that shares text, with its passages.</summary>
internal static class ScanCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to scan (folders are walked recursively)", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<string?>("--json") { Description = "Write the full result as JSON to FILE ('-' for stdout)" };
        var csv = new Option<string?>("--csv") { Description = "Write one row per document pair to FILE ('-' for stdout)" };
        var html = new Option<string?>("--html") { Description = "Write a self-contained HTML report (stories, provenance graphs, documents, pairs side by side, quotes, facts, names) to FILE" };
        var top = new Option<int>("--top") { Description = "Pairs shown in the summary table", DefaultValueFactory = _ => 20 };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No summary table or progress; problems are still reported" };
        var engine = new EngineOptions();
        var store = new StoreOptions(withDefault: false);
        store.Store.Description = "Report on everything in this index instead of scanning files (pairs as stored, nothing realigned)";
        var command = new Command("scan", "Find and align reused text across documents") { paths, json, csv, html, top, quiet };
        engine.AddTo(command);
        store.AddTo(command);
        command.SetAction(parse =>
        {
            if (engine.TryBuild(parse) is not { } options) return ExitCodes.Usage;
            var jsonPath = parse.GetValue(json);
            var csvPath = parse.GetValue(csv);
            var htmlPath = parse.GetValue(html);
            var silent = parse.GetValue(quiet) || jsonPath == "-" || csvPath == "-" || htmlPath == "-";
            var clock = Stopwatch.StartNew();
            var inputs = parse.GetValue(paths) ?? [];
            var fromStore = parse.GetValue(store.Store) is not null;
            if (fromStore == (inputs.Length > 0))
            {
                Terminal.Fail(fromStore ? "give files to scan or --store, not both (add files to the index with 'lineage index add')." : "give files or folders to scan, or --store INDEX.");
                return ExitCodes.Usage;
            }
            ScanResult? result;
            if (fromStore)
            {
                using var index = store.Open(parse, Lineage.Storage.StoreAccess.Existing, engine, ref options);
                if (index is null) return ExitCodes.Usage;
                try
                {
                    result = Lineage.Indexing.StoreScan.Load(index);
                }
                catch (Lineage.Storage.StoreException e)
                {
                    Terminal.Fail(e.Message);
                    return ExitCodes.Usage;
                }
            }
            else
            {
                result = EngineOptions.Scan(inputs, options, silent);
            }
            if (result is null) return ExitCodes.Usage;
            clock.Stop();
            try
            {
                var analysis = jsonPath is null && htmlPath is null
                    ? null
                    : ScanProgressDisplay.Run(!silent, progress => Lineage.Analysis.CorpusAnalyzer.Analyze(result, progress: progress));
                if (jsonPath is not null) Terminal.WriteOutput(jsonPath, stream => JsonReport.Write(result, analysis, stream));
                if (htmlPath is not null) Terminal.WriteOutput(htmlPath, stream => HtmlReport.Write(result, analysis!, stream));
                if (csvPath is not null)
                    Terminal.WriteOutput(csvPath, stream =>
                    {
                        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                        CsvReport.Write(result, writer);
                    });
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Terminal.Fail($"cannot write output: {e.Message}");
                return ExitCodes.Usage;
            }
            if (!silent) PrintSummary(result, parse.GetValue(top), clock.Elapsed);
            return result.SkippedAny ? ExitCodes.SomeInputSkipped : ExitCodes.Ok;
        });
        return command;
    }

    private static void PrintSummary(ScanResult result, int top, TimeSpan elapsed)
    {
        var console = Terminal.Out;
        long words = 0;
        foreach (var w in result.WordCounts) words += w;
        var skipped = 0;
        foreach (var p in result.Problems) if (p.Skipped) skipped++;
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[bold]{result.Documents.Count}[/] documents, {words:N0} words · [bold]{result.Pairs.Count}[/] pairs share text ({result.CandidatePairs} candidates aligned) · {skipped} inputs skipped · {elapsed.TotalSeconds:0.00} s"));
        if (result.Pairs.Count == 0) return;
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("A").AddColumn("B")
            .AddColumn(new TableColumn("passages").RightAligned())
            .AddColumn(new TableColumn("shared words").RightAligned())
            .AddColumn(new TableColumn("of A").RightAligned())
            .AddColumn(new TableColumn("of B").RightAligned());
        for (var i = 0; i < Math.Min(top, result.Pairs.Count); i++)
        {
            var pair = result.Pairs[i];
            table.AddRow(
                Markup.Escape(result.Documents[pair.A].Id),
                Markup.Escape(result.Documents[pair.B].Id),
                pair.Alignment.Passages.Count.ToString(CultureInfo.InvariantCulture),
                pair.Alignment.SharedWords.ToString("N0", CultureInfo.InvariantCulture),
                pair.Alignment.CoverageA.ToString("P0", CultureInfo.InvariantCulture),
                pair.Alignment.CoverageB.ToString("P0", CultureInfo.InvariantCulture));
        }
        console.Write(table);
        if (result.Pairs.Count > top) console.MarkupLine($"[grey]… {result.Pairs.Count - top} more pairs (--top, --json, --csv)[/]");
    }
}
