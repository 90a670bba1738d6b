using System.CommandLine;

namespace Lineage.Cli;

/// <summary><c>lineage eval …</c>: scores Lineage's output against a benchmark's gold standard, one subcommand per benchmark format.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Score results against a benchmark's gold standard");
        command.Subcommands.Add(EvalPanCommand.Create());
        command.Subcommands.Add(EvalExtractionCommand.Create());
        command.Subcommands.Add(EvalClustersCommand.Create());
        command.Subcommands.Add(EvalReuseCommand.Create());
        return command;
    }
}
