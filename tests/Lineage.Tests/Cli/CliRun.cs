using System.Text;
using Lineage.Cli;

namespace Lineage.Tests.Cli;

/// <summary>What one command line printed and returned, with stdout and stderr not terminals, as in a script.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => Of(args, columns: null, outIsTerminal: false);

    public static CliRun Of(string[] args, int? columns, bool outIsTerminal)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        int code;
        using (Terminal.Redirect(output, error, outIsTerminal, columns)) code = LineageCommand.Run(args);
        return new CliRun(code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }
}
