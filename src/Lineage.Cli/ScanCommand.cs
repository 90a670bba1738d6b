using System.CommandLine;
using System.Diagnostics;
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
        var documents = new Option<string?>("--documents") { Description = "Write one row per document (its story and duplicate group) to FILE ('-' for stdout)" };
        var dedup = new Option<string?>("--dedup") { Description = "Write the ids of the documents to keep, one per duplicate group (the earliest, else the longest), to FILE ('-' for stdout)" };
        var graphml = new Option<string?>("--graphml") { Description = "Write the reuse and provenance network (documents, sites, external sources) as GraphML to FILE, for networkx, Cytoscape and Gephi ('-' for stdout)" };
        var gexf = new Option<string?>("--gexf") { Description = "Write the same network as GEXF 1.3, Gephi's format, to FILE ('-' for stdout)" };
        var passim = new Option<string?>("--passim") { Description = $"Write reuse clusters ({PassimReport.ClustersFile}) and aligned passages ({PassimReport.AlignmentsFile}) as passim's JSON Lines into folder DIR (made if missing; empty or holding only those files)" };
        var parquet = new Option<string?>("--parquet") { Description = $"Write documents, pairs and passages as Parquet ({ParquetReport.DocumentsFile}, {ParquetReport.PairsFile}, {ParquetReport.PassagesFile}) into folder DIR, for DuckDB, pandas and Spark (made if missing; empty or holding only those files)" };
        var top = new Option<int>("--top") { Description = "Pairs shown in the summary table", DefaultValueFactory = _ => 20 }.AtLeast(1);
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No summary table or progress; problems are still reported" };
        var engine = new EngineOptions(EngineParts.All | EngineParts.Rewrites);
        var store = new StoreOptions(withDefault: false);
        store.Store.Description = "Report on everything in this index instead of scanning files (pairs as stored, nothing realigned)";
        var command = new Command("scan", "Find and align reused text across documents") { paths, json, csv, html, documents, dedup, graphml, gexf, passim, parquet, top, quiet };
        engine.AddTo(command);
        store.AddTo(command);
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            if (engine.TryBuild(parse) is not { } options) return ExitCodes.Usage;
            var inputs = parse.GetValue(paths) ?? [];
            var fromStore = parse.GetValue(store.Store) is not null;
            if (fromStore == (inputs.Length > 0))
            {
                Terminal.Fail(fromStore ? "give files to scan or --store, not both (add files to the index with 'lineage index add')." : "give files or folders to scan, or --store INDEX.");
                return ExitCodes.Usage;
            }
            if (fromStore && IgnoredWithStore(parse, engine) is { } ignored)
            {
                Terminal.Fail($"{ignored} does nothing with --store: its pairs are reported as they were found when added (to compare otherwise, scan the files, or build a store with 'lineage index add {ignored} …').");
                return ExitCodes.Usage;
            }
            var outputs = new OutputFiles();
            var jsonOut = outputs.Add("--json", parse.GetValue(json));
            var csvOut = outputs.Add("--csv", parse.GetValue(csv));
            var htmlOut = outputs.Add("--html", parse.GetValue(html));
            var documentsOut = outputs.Add("--documents", parse.GetValue(documents));
            var dedupOut = outputs.Add("--dedup", parse.GetValue(dedup));
            var graphmlOut = outputs.Add("--graphml", parse.GetValue(graphml));
            var gexfOut = outputs.Add("--gexf", parse.GetValue(gexf));
            var passimOut = outputs.AddFolder("--passim", parse.GetValue(passim), [PassimReport.ClustersFile, PassimReport.AlignmentsFile]);
            var parquetOut = outputs.AddFolder("--parquet", parse.GetValue(parquet), [ParquetReport.DocumentsFile, ParquetReport.PairsFile, ParquetReport.PassagesFile], binary: true);
            if (!outputs.Check(inputs)) return ExitCodes.Usage;
            var silent = parse.GetValue(quiet) || outputs.AnyToStdout;

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
            OutputFile? writing = null;
            Lineage.Clustering.DuplicateGroups duplicates;
            try
            {
                var analysis = jsonOut is null && htmlOut is null && documentsOut is null && graphmlOut is null && gexfOut is null && passimOut is null && parquetOut is null
                    ? null
                    : ScanProgressDisplay.Run(!silent, progress =>
                    {
                        PhaseEnd.Collect();
                        var analysed = Lineage.Pipeline.AnalyseStage.Analyse(result, options, progress, partEnded: PhaseEnd.Collect);
                        PhaseEnd.Collect();
                        return analysed;
                    });
                duplicates = analysis?.Duplicates ?? Lineage.Clustering.DuplicateGroups.Of(result);
                // One report model for every output, so they cannot disagree on a name or a rounding.
                var report = new Lineage.Reporting.Model.ReportBuilder(result, analysis);
                var network = graphmlOut is null && gexfOut is null ? null : ReuseNetwork.Of(report);
                var writes = new (OutputFile? File, Action<Stream> Write)[]
                {
                    (jsonOut, stream => JsonReport.Write(report, stream, jsonOut!.ToTerminal)),
                    (htmlOut, stream => HtmlReport.Write(report, stream)),
                    (csvOut, stream => WriteText(stream, writer => CsvReport.Write(result, writer))),
                    (documentsOut, stream => WriteText(stream, writer => DocumentsCsv.Write(report, writer))),
                    (dedupOut, stream => WriteText(stream, writer => DocumentsCsv.WriteKept(result, duplicates, writer))),
                    (graphmlOut, stream => GraphmlReport.Write(network!, stream)),
                    (gexfOut, stream => GexfReport.Write(network!, stream)),
                    (passimOut?.File(PassimReport.ClustersFile), stream => PassimReport.WriteClusters(result, analysis!, stream)),
                    (passimOut?.File(PassimReport.AlignmentsFile), stream => PassimReport.WriteAlignments(result, stream)),
                    (parquetOut?.File(ParquetReport.DocumentsFile), stream => ParquetReport.WriteDocuments(report, stream)),
                    (parquetOut?.File(ParquetReport.PairsFile), stream => ParquetReport.WritePairs(report, stream)),
                    (parquetOut?.File(ParquetReport.PassagesFile), stream => ParquetReport.WritePassages(report, stream)),
                };
                foreach (var (file, write) in writes)
                {
                    if (file is null) continue;
                    writing = file;
                    file.Write(write);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Terminal.Fail($"cannot write {writing?.Describe()}: {e.Message}");
                return ExitCodes.Usage;
            }
            clock.Stop();
            if (!silent) PrintSummary(result, duplicates, parse.GetValue(top), clock.Elapsed);
            return result.SkippedAny ? ExitCodes.SomeInputSkipped : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The first option given that a scan of a store cannot honour: the pairs were found, with the store's settings, when documents were added.</summary>
    private static string? IgnoredWithStore(ParseResult parse, EngineOptions engine)
    {
        foreach (var option in new Option[] { engine.NGram, engine.Window, engine.MaxDf, engine.MinWords, engine.WholeText, engine.VerbatimOnly, engine.MaxDocMb, engine.JsonlFields, engine.Threads })
            if (EngineOptions.Given(parse, option)) return option.Name;
        return null;
    }

    private static void WriteText(Stream stream, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        write(writer);
    }

    /// <summary>The derivation and its score: <c>copy 100 %</c>, <c>rewrite 84 %</c>.</summary>
    internal static string Derivation(Lineage.Alignment.PairDerivation derivation) =>
        $"{Lineage.Reporting.Model.ReportBuilder.DerivationName(derivation.Kind)} {NumberFormat.Share(derivation.Score)}";

    private static void PrintSummary(ScanResult result, Lineage.Clustering.DuplicateGroups duplicates, int top, TimeSpan elapsed)
    {
        long words = 0;
        foreach (var w in result.WordCounts) words += w;
        var skipped = 0;
        foreach (var p in result.Problems) if (p.Skipped) skipped++;
        Terminal.Out.MarkupLine(
            $"[bold]{NumberFormat.Count(result.Documents.Count, "document")}[/], {NumberFormat.Count(words, "word")} · [bold]{NumberFormat.Count(result.Pairs.Count, "pair shares", "pairs share")}[/] text ({NumberFormat.Count(result.CandidatePairs, "candidate")} aligned) · {NumberFormat.Count(skipped, "input")} skipped · {NumberFormat.Count(duplicates.CopiedGroups, "group")} of copies · {NumberFormat.Seconds(elapsed)}");
        if (result.Pairs.Count == 0) return;
        var table = new ResultTable()
            .Column("A").Column("B")
            .Column("passages", rightAligned: true)
            .Column("shared words", rightAligned: true)
            .Column("of A", rightAligned: true)
            .Column("of B", rightAligned: true);
        var derived = result.Pairs[0].Rewritten is not null;
        if (derived) table.Column("derivation");
        for (var i = 0; i < Math.Min(top, result.Pairs.Count); i++)
        {
            var pair = result.Pairs[i];
            var rewritten = pair.Rewritten;
            string[] cells =
            [
                result.Documents[pair.A].Id,
                result.Documents[pair.B].Id,
                NumberFormat.Count(pair.Alignment.Passages.Count + (rewritten?.Passages.Count ?? 0)),
                NumberFormat.Count(pair.SharedWords),
                NumberFormat.Share(rewritten?.CoverageA ?? pair.Alignment.CoverageA),
                NumberFormat.Share(rewritten?.CoverageB ?? pair.Alignment.CoverageB),
            ];
            table.Row(rewritten is null ? cells : [.. cells, Derivation(rewritten.Derivation)]);
        }
        table.Write();
        if (result.Pairs.Count > top) Terminal.Out.MarkupLine($"[grey]… {NumberFormat.Count(result.Pairs.Count - top, "more pair", "more pairs")} (--top, --json, --csv)[/]");
    }
}
