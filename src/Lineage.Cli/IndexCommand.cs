using System.CommandLine;

namespace Lineage.Cli;

/// <summary><c>lineage index …</c>: the persistent index (add, stats, check).</summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var command = new Command("index", "A persistent index of documents that later documents are traced against (SQLite file or PostgreSQL)");
        command.Subcommands.Add(IndexAddCommand.Create());
        command.Subcommands.Add(IndexStatsCommand.Create());
        command.Subcommands.Add(IndexCheckCommand.Create());
        return command;
    }
}
