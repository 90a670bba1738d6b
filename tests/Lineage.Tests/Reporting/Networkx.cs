using System.Diagnostics;
using System.Text.Json;

namespace Lineage.Tests.Reporting;

/// <summary>
/// networkx, run as a child process, reading a graph file back: the real reader the graph formats
/// are written for. Its summary comes back as JSON: every node with its attributes, every edge
/// with its ends and attributes.
/// </summary>
public static class Networkx
{
    // Python on PATH first, then the system's, where Debian's python3-networkx installs.
    private static readonly Lazy<string?> Python = new(() =>
    {
        foreach (var candidate in new[] { "python3", "/usr/bin/python3" })
            if (Run(candidate, "import networkx", []) is { ExitCode: 0 }) return candidate;
        return null;
    });

    /// <summary>Why the readers cannot run here, or null when they can.</summary>
    public static string? Unavailable => Python.Value is null
        ? "needs python3 with networkx (Debian: apt-get install python3-networkx; scripts/setup.sh installs it)"
        : null;

    private const string Script = """
        import json, sys
        import networkx as nx
        read = nx.read_graphml if sys.argv[1] == "graphml" else nx.read_gexf
        g = read(sys.argv[2])
        json.dump({
            "directed": g.is_directed(),
            "nodes": {str(n): d for n, d in g.nodes(data=True)},
            "edges": [[str(u), str(v), d] for u, v, d in g.edges(data=True)],
        }, sys.stdout)
        """;

    /// <summary>The graph networkx reads from the file (<paramref name="format"/>: graphml or gexf); fails the test when it cannot.</summary>
    public static JsonDocument Read(string format, string path)
    {
        var run = Run(Python.Value ?? throw new InvalidOperationException(Unavailable), Script, [format, path])!;
        Assert.True(run.ExitCode == 0, $"networkx could not read {path}: {run.Error}");
        return JsonDocument.Parse(run.Output);
    }

    private sealed record Result(int ExitCode, string Output, string Error);

    private static Result? Run(string python, string script, string[] args)
    {
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var a in args) start.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new Result(process.ExitCode, output, error.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

/// <summary>A test that reads a graph back with networkx: skipped, saying why, where python3 or networkx is missing.</summary>
public sealed class NetworkxFactAttribute : FactAttribute
{
    public NetworkxFactAttribute()
    {
        if (Networkx.Unavailable is { } reason) Skip = reason;
    }
}
