using System.Diagnostics;

namespace Lineage.Tests.Storage;

/// <summary>The lineage command as a child process (the build beside the tests), for tests that kill it or run two at once.</summary>
public static class LineageProcess
{
    public static Process Start(params string[] args)
    {
        var dll = typeof(Lineage.Cli.LineageCommand).Assembly.Location;
        var info = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["CI"] = "true";
        return Process.Start(info) ?? throw new InvalidOperationException("could not start lineage");
    }

    /// <summary>Runs to the end; returns the exit code and what it wrote to stderr.</summary>
    public static (int ExitCode, string Error) Run(TimeSpan timeout, params string[] args)
    {
        using var process = Start(args);
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"lineage {string.Join(' ', args)} ran longer than {timeout}");
        }
        process.WaitForExit();
        _ = output.Result;
        return (process.ExitCode, error.Result);
    }

    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        return "dotnet";
    }
}
