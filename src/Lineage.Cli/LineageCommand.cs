using System.CommandLine;

namespace Lineage.Cli;

/// <summary>The <c>lineage</c> command and its subcommands.</summary>
internal static class LineageCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Lineage: where did this text come from? Finds and aligns reused text across news articles.");
        root.Subcommands.Add(ScanCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(IndexCommand.Create());
        root.Subcommands.Add(TraceCommand.Create());
        root.Subcommands.Add(PanCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        return root;
    }
}
