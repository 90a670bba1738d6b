using System.CommandLine;
using Lineage.Scanning;
using Lineage.Storage;
using Spectre.Console;

namespace Lineage.Cli;

/// <summary><c>lineage index check</c>: the backend's integrity check, every stored value decoded, every document holding exactly its postings; damage is listed, exit 3.</summary>
internal static class IndexCheckCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var command = new Command("check", "Check the index: storage integrity, every stored text and map decodes, every document has its postings, metadata and pairs");
        store.AddTo(command);
        command.SetAction(parse =>
        {
            var options = new ScanOptions();
            IIndexStore index;
            try
            {
                var location = parse.GetValue(store.Store) ?? IndexStore.DefaultLocation;
                index = IndexStore.Open(location, StoreAccess.Existing, StoreSettings.From(options.Fingerprints, options.ArticlesOnly), TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(store.LockTimeout))));
            }
            catch (StoreException e) when (e.Damaged)
            {
                // Too damaged to open is the check's answer, not a usage error.
                Terminal.Error.MarkupLine($"[red]damaged:[/] {Markup.Escape(e.Message)}");
                return ExitCodes.Damaged;
            }
            catch (StoreException e)
            {
                Terminal.Fail(e.Message);
                return ExitCodes.Usage;
            }
            using var opened = index;
            var problems = index.Verify();
            foreach (var problem in problems) Terminal.Error.MarkupLine($"[red]damaged:[/] {Markup.Escape(problem)}");
            if (problems.Count > 0) return ExitCodes.Damaged;
            Terminal.Out.MarkupLine($"{Markup.Escape(index.Location)}: sound");
            return ExitCodes.Ok;
        });
        return command;
    }
}
