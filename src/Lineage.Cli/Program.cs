using Lineage.Cli;

return LineageCommand.Create().Parse(args).Invoke();
