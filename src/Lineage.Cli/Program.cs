using System.CommandLine;
using Lineage.Cli;

var root = new RootCommand("Lineage: where did this text come from? Finds and aligns reused text across news articles.");
root.Subcommands.Add(ScanCommand.Create());
root.Subcommands.Add(CompareCommand.Create());
root.Subcommands.Add(PanCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
return root.Parse(args).Invoke();
