using System.CommandLine;
using Lineage.Scanning;
using Lineage.Storage;
using Spectre.Console;

namespace Lineage.Cli;

/// <summary><c>lineage index check</c>: the backend's integrity check, and every document holds exactly its postings.</summary>
internal static class IndexCheckCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var command = new Command("check", "Check the index: storage integrity, and every document has its postings, metadata and pairs");
        store.AddTo(command);
        command.SetAction(parse =>
        {
            var options = new ScanOptions();
            using var index = store.Open(parse, StoreAccess.Existing, new EngineOptions(), ref options);
            if (index is null) return ExitCodes.Usage;
            var problems = index.Verify();
            foreach (var problem in problems) Terminal.Error.MarkupLine($"[red]damaged:[/] {Markup.Escape(problem)}");
            if (problems.Count > 0) return ExitCodes.Damaged;
            Terminal.Out.MarkupLine($"{Markup.Escape(index.Location)}: sound");
            return ExitCodes.Ok;
        });
        return command;
    }
}
