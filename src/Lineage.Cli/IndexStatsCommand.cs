using System.CommandLine;
using System.Globalization;
using Lineage.Scanning;
using Lineage.Storage;
using Spectre.Console;

namespace Lineage.Cli;

/// <summary><c>lineage index stats</c>: what a store holds and how big it is.</summary>
internal static class IndexStatsCommand
{
    public static Command Create()
    {
        var json = new Option<string?>("--json") { Description = "Write the figures as JSON to FILE ('-' for stdout)" };
        var store = new StoreOptions();
        var command = new Command("stats", "Documents, pairs, postings, term postings, size and schema version of the index") { json };
        store.AddTo(command);
        command.SetAction(parse =>
        {
            var outputs = new OutputFiles();
            var jsonOut = outputs.Add("--json", parse.GetValue(json));
            if (!outputs.Check([parse.GetValue(store.Store)!])) return ExitCodes.Usage;
            var options = new ScanOptions();
            using var index = store.Open(parse, StoreAccess.Existing, new EngineOptions(), ref options);
            if (index is null) return ExitCodes.Usage;
            StoreStats stats;
            try
            {
                stats = index.Stats();
            }
            catch (StoreException e)
            {
                Terminal.Fail(e.Message);
                return ExitCodes.Usage;
            }
            try
            {
                jsonOut?.Write(stream => Lineage.Reporting.StoreJson.WriteStats(stats, stream, jsonOut.ToTerminal));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Terminal.Fail($"cannot write {jsonOut!.Describe()}: {e.Message}");
                return ExitCodes.Usage;
            }
            if (!outputs.AnyToStdout) Print(stats);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(StoreStats stats)
    {
        var grid = new Grid().AddColumn().AddColumn(new GridColumn().RightAligned()).AddColumn();
        static string N(long n) => NumberFormat.Count(n);
        grid.AddRow("store", "", Markup.Escape($"{stats.Location} ({stats.Backend}, schema version {stats.SchemaVersion})"));
        grid.AddRow("documents", N(stats.Documents), "");
        grid.AddRow("pairs", N(stats.Pairs), NumberFormat.Count(stats.Passages, "passage"));
        grid.AddRow("postings", N(stats.Postings), stats.Documents > 0 ? string.Create(CultureInfo.InvariantCulture, $"{(double)stats.Postings / stats.Documents:0.0} a document") : "");
        grid.AddRow("term postings", N(stats.TermPostings), stats.Documents > 0 ? string.Create(CultureInfo.InvariantCulture, $"{(double)stats.TermPostings / stats.Documents:0.0} content terms a document") : "");
        grid.AddRow("text", N(stats.TextChars), "chars");
        grid.AddRow("size", Size(stats.Bytes), stats.TextChars > 0 ? string.Create(CultureInfo.InvariantCulture, $"{(double)stats.Bytes / stats.TextChars:0.00} bytes a char of text") : "");
        var s = stats.Settings;
        grid.AddRow("fingerprints", "", string.Create(CultureInfo.InvariantCulture, $"{s.NGram}-grams, window {s.Window}, {(s.WholeText ? "whole text" : "articles only")}"));
        Terminal.Out.Write(grid);
    }

    internal static string Size(long bytes) => bytes switch
    {
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.00} GB"),
    };
}
