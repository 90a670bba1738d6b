using System.CommandLine;

namespace Lineage.Cli;

/// <summary>The <c>lineage</c> command and its subcommands, and how a command line is run.</summary>
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

    /// <summary>
    /// Runs a command line and returns its exit code (<see cref="ExitCodes"/>). A usage mistake is
    /// one line naming the option, exit 2, before anything is read; an exception nobody expected is
    /// one line too, exit 4, so a script can tell a bug from skipped input (exit 1).
    /// </summary>
    public static int Run(IReadOnlyList<string> args) => Run(args, Create);

    internal static int Run(IReadOnlyList<string> args, Func<RootCommand> create)
    {
        try
        {
            var root = create();
            var parse = root.Parse(args);
            // A bare 'lineage' (or 'lineage index') asks what there is to do: its help, and no error.
            if (parse.CommandResult.Command.Action is null && parse.CommandResult.Command.Subcommands.Count > 0 && OnlyNamesCommands(parse))
                parse = root.Parse([.. args, "--help"]);
            if (UsageProblem.Find(parse) is { } problem)
            {
                Terminal.Fail(problem);
                return ExitCodes.Usage;
            }
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = Terminal.Plain, Error = Terminal.PlainError });
        }
        catch (Exception e)
        {
            var cause = e is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : e;
            Terminal.Fail($"internal error: {cause.GetType().Name}: {cause.Message} (a bug in lineage; please report it with the command line)");
            return ExitCodes.InternalError;
        }
    }

    private static bool OnlyNamesCommands(ParseResult parse)
    {
        foreach (var token in parse.Tokens)
            if (token.Type != System.CommandLine.Parsing.TokenType.Command) return false;
        return true;
    }
}
