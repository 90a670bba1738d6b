using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Lineage.Indexing;
using Lineage.Scanning;
using Lineage.Storage;
using Spectre.Console;

namespace Lineage.Cli;

/// <summary>
/// <c>lineage index add PATH...</c>: reads documents into the store, comparing each with the store
/// and with the others added; documents whose text is stored already are skipped and counted.
/// </summary>
internal static class IndexAddCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to add (folders are walked recursively)", Arity = ArgumentArity.OneOrMore };
        var batch = new Option<int>("--batch") { Description = "Documents per transaction (a killed run loses at most one batch)", DefaultValueFactory = _ => 500 }.AtLeast(1);
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No summary or progress; problems are still reported" };
        var engine = new EngineOptions();
        var store = new StoreOptions();
        var command = new Command("add", "Add documents to the index (./lineage.db unless --store)") { paths, batch, quiet };
        store.AddTo(command);
        engine.AddTo(command);
        command.SetAction(parse =>
        {
            if (engine.TryBuild(parse) is not { } options) return ExitCodes.Usage;
            var clock = Stopwatch.StartNew();
            using var index = store.Open(parse, StoreAccess.CreateIfMissing, engine, ref options);
            if (index is null) return ExitCodes.Usage;
            var silent = parse.GetValue(quiet);
            AddResult result;
            try
            {
                var indexOptions = new IndexOptions { Scan = options, BatchSize = parse.GetValue(batch) };
                result = ScanProgressDisplay.Run(!silent, progress => Indexer.Add(index, parse.GetValue(paths)!, indexOptions, progress));
            }
            catch (Exception e) when (e is ArgumentException or StoreException)
            {
                Terminal.Fail(e.Message);
                return ExitCodes.Usage;
            }
            clock.Stop();
            foreach (var problem in result.Problems) Terminal.Problem(problem);
            if (result.Added == 0 && result.AlreadyStored == 0)
            {
                Terminal.Fail($"no readable documents in the input (readable: {Lineage.Reading.InputWalker.KnownExtensions}).");
                return ExitCodes.Usage;
            }
            if (!silent)
            {
                var stats = index.Stats();
                Terminal.Out.MarkupLine(
                    $"added [bold]{NumberFormat.Count(result.Added, "document")}[/] ({NumberFormat.Count(result.AlreadyStored)} already in the store, skipped) · [bold]{NumberFormat.Count(result.Pairs, "new pair shares", "new pairs share")}[/] text · {Markup.Escape(index.Location)} holds {NumberFormat.Count(stats.Documents, "document")}, {NumberFormat.Count(stats.Pairs, "pair")} · {NumberFormat.Seconds(clock.Elapsed)}");
            }
            return result.SkippedAny ? ExitCodes.SomeInputSkipped : ExitCodes.Ok;
        });
        return command;
    }
}
