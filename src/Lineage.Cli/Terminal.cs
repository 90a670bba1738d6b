using Spectre.Console;

namespace Lineage.Cli;

/// <summary>Where the command writes: results to stdout, messages and progress to stderr.</summary>
internal static class Terminal
{
    public static IAnsiConsole Out { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });

    public static IAnsiConsole Error { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    public static bool ErrorIsInteractive => !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;

    public static void Fail(string message) => Error.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");

    public static void Problem(Lineage.Reading.ReadProblem problem) =>
        Error.MarkupLine(problem.Skipped
            ? $"[yellow]skipped:[/] {Markup.Escape(problem.Path)}: {Markup.Escape(problem.Message)}"
            : $"[grey]warning:[/] {Markup.Escape(problem.Path)}: {Markup.Escape(problem.Message)}");

    /// <summary>Writes to a file through a temporary sibling, so a failed run never leaves half a file; "-" is stdout.</summary>
    public static void WriteOutput(string path, Action<Stream> write)
    {
        if (path == "-")
        {
            using var stdout = Console.OpenStandardOutput();
            write(stdout);
            stdout.Flush();
            return;
        }
        var full = Path.GetFullPath(path);
        var temporary = full + ".tmp-" + Environment.ProcessId;
        try
        {
            using (var stream = File.Create(temporary)) write(stream);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
