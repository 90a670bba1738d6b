using Lineage.Cli;

return LineageCommand.Run(args);
