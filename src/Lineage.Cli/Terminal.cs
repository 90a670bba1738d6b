using System.Text;
using Spectre.Console;

namespace Lineage.Cli;

/// <summary>
/// Where the command writes: results to stdout, messages and progress to stderr. When stdout is
/// not a terminal, results take a plain layout (<see cref="ResultTable"/>) and no line is ever
/// wrapped, so a script reads what a person sees; <c>COLUMNS</c>, when set, is the width of a
/// terminal's layout. Tests give a run its own streams with <see cref="Redirect"/>.
/// </summary>
internal sealed class Terminal
{
    // Wide enough that no message or plain line is ever wrapped: a redirected stream has no width.
    private const int Unbounded = 1 << 20;

    private static readonly AsyncLocal<Terminal?> redirected = new();
    private static readonly Lazy<Terminal> system = new(() => new Terminal(
        Console.OpenStandardOutput,
        Console.Out,
        Console.Error,
        outIsTerminal: !Console.IsOutputRedirected,
        errorIsTerminal: !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null,
        Columns(Environment.GetEnvironmentVariable("COLUMNS"))));

    private readonly Func<Stream> openStandardOutput;

    private Terminal(Func<Stream> openStandardOutput, TextWriter output, TextWriter error, bool outIsTerminal, bool errorIsTerminal, int? columns)
    {
        this.openStandardOutput = openStandardOutput;
        PlainOutput = output;
        PlainErrorOutput = error;
        OutIsTerminal = outIsTerminal;
        ErrorIsTerminal = errorIsTerminal;
        OutConsole = Create(output, outIsTerminal, columns);
        ErrorConsole = Create(error, errorIsTerminal, columns);
    }

    private static Terminal Current => redirected.Value ?? system.Value;

    private IAnsiConsole OutConsole { get; }

    private IAnsiConsole ErrorConsole { get; }

    private TextWriter PlainOutput { get; }

    private TextWriter PlainErrorOutput { get; }

    private bool OutIsTerminal { get; }

    private bool ErrorIsTerminal { get; }

    public static IAnsiConsole Out => Current.OutConsole;

    public static IAnsiConsole Error => Current.ErrorConsole;

    /// <summary>Stdout as plain text, for the layout meant for scripts.</summary>
    public static TextWriter Plain => Current.PlainOutput;

    /// <summary>Stderr as plain text.</summary>
    public static TextWriter PlainError => Current.PlainErrorOutput;

    /// <summary>Stdout is a terminal: tables with borders, colours, widths fitted to the screen.</summary>
    public static bool OutIsInteractive => Current.OutIsTerminal;

    public static bool ErrorIsInteractive => Current.ErrorIsTerminal;

    public static Stream OpenStandardOutput() => Current.openStandardOutput();

    /// <summary>One line on stderr, whatever line breaks the message carries (an exception's, a parser's).</summary>
    public static void Fail(string message) => Error.MarkupLine($"[red]error:[/] {Markup.Escape(message.ReplaceLineEndings(" "))}");

    public static void Note(string message) => Error.MarkupLine($"[grey]note:[/] {Markup.Escape(message)}");

    public static void Problem(Lineage.Reading.ReadProblem problem) =>
        Error.MarkupLine(problem.Skipped
            ? $"[yellow]skipped:[/] {Markup.Escape(problem.Path)}: {Markup.Escape(problem.Message)}"
            : $"[grey]warning:[/] {Markup.Escape(problem.Path)}: {Markup.Escape(problem.Message)}");

    /// <summary>
    /// Sends what this async flow writes to the given streams instead of the process's (stdout as
    /// bytes, so files written to '-' land there too); disposing the result ends it.
    /// </summary>
    public static IDisposable Redirect(Stream output, TextWriter error, bool outIsTerminal = false, int? columns = null)
    {
        var previous = redirected.Value;
        var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { AutoFlush = true };
        redirected.Value = new Terminal(() => new UnclosedStream(output), writer, error, outIsTerminal, errorIsTerminal: false, columns);
        return new Restore(() =>
        {
            writer.Dispose();
            redirected.Value = previous;
        });
    }

    internal static int? Columns(string? variable) =>
        int.TryParse(variable, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var columns) && columns > 0 ? columns : null;

    private static IAnsiConsole Create(TextWriter writer, bool isTerminal, int? columns)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal) console.Profile.Width = Unbounded;
        else if (columns is { } width) console.Profile.Width = width;
        return console;
    }

    private sealed class Restore(Action action) : IDisposable
    {
        public void Dispose() => action();
    }

    /// <summary>A redirected stdout that a writer's dispose leaves open, as the process's own stdout is left open.</summary>
    private sealed class UnclosedStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);
    }
}
