using System.Diagnostics;
using System.Text.Json;
using Lineage.Bench.Corpus;
using Lineage.Pipeline;
using Lineage.Scanning;

namespace Lineage.Bench.EndToEnd;

/// <summary>
/// The child side of <c>e2e</c>: one scan of one corpus folder in a fresh process, so the peak
/// working set belongs to that scan alone. Prints one <c>RESULT {json}</c> line for the parent.
/// </summary>
public static class EndToEndRun
{
    public const string ResultPrefix = "RESULT ";

    public static int Run(string[] args)
    {
        var arguments = new Arguments(args, new HashSet<string>());
        var folder = arguments.Value("corpus") ?? throw new ArgumentException("--corpus is required.");
        var options = CorpusArguments.Read(arguments, arguments.Int("docs", 0));
        var defaults = new ScanOptions();
        var scanOptions = new ScanOptions
        {
            Parallelism = arguments.Int("parallelism", 0), KeptWords = arguments.Value("kept-words") is null ? defaults.KeptWords : arguments.Int("kept-words", 0),
            Rewrites = defaults.Rewrites with { Enabled = arguments.Int("find-rewrites", 1) != 0 }
        };

        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = new StageClock();
        var started = Stopwatch.GetTimestamp();
        var result = Scanner.Scan([folder], scanOptions, clock);
        var ended = Stopwatch.GetTimestamp();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var peak = process.PeakWorkingSet64;
        var measurement = new ScanMeasurement(
            result.Documents.Count,
            InputBytes(folder),
            Stopwatch.GetElapsedTime(started, ended).TotalSeconds,
            cpu,
            LoadAverage(),
            result.Pairs.Count,
            result.CandidatePairs,
            result.Problems.Count,
            peak,
            GC.GetTotalMemory(forceFullCollection: false),
            GC.GetTotalAllocatedBytes(),
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            GC.GetTotalPauseDuration().TotalSeconds,
            clock.Stop(ended),
            ReuseRecall.Measure(CorpusPlan.Create(options), result, new CorpusGenerator(options).QuotedWords, scanOptions.Alignment.MinPassageWords));
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(measurement));
        if (arguments.Int("explain", 0) is var explain and > 0) Explain(CorpusPlan.Create(options), result, explain);
        if (arguments.Int("missed", 0) is var missed and > 0) Missed(new CorpusGenerator(options), result, missed);
        GC.KeepAlive(result);
        return 0;
    }

    /// <summary>Prints the first passage of a few pairs the plan does not explain, to see what the scan matched.</summary>
    private static void Explain(CorpusPlan plan, ScanResult result, int count)
    {
        var shown = 0;
        foreach (var pair in result.Pairs)
        {
            var a = result.Documents[pair.A];
            var b = result.Documents[pair.B];
            int x = CorpusGenerator.IndexOfId(a.Id), y = CorpusGenerator.IndexOfId(b.Id);
            if (ReuseRecall.Related(plan, x, y) || plan.Documents[x].Site == plan.Documents[y].Site) continue;
            var passage = pair.Alignment.Passages[0];
            Console.Error.WriteLine($"{a.Id} ~ {b.Id} ({ReuseRecall.Classify(plan, x, y)}): {pair.Alignment.Passages.Count} passages, {pair.Alignment.SharedWords} words; first:");
            Console.Error.WriteLine("  A: " + a.Text.Substring(passage.A.Start, passage.A.Length).ReplaceLineEndings(" "));
            Console.Error.WriteLine("  B: " + b.Text.Substring(passage.B.Start, passage.B.Length).ReplaceLineEndings(" "));
            if (++shown == count) return;
        }
    }

    /// <summary>Lists planted reuse the scan did not report, with the first quoted words, to see what it lost.</summary>
    private static void Missed(CorpusGenerator generator, ScanResult result, int count)
    {
        var plan = generator.Plan;
        var byIndex = new Dictionary<int, int>(result.Documents.Count);
        for (var d = 0; d < result.Documents.Count; d++) byIndex[CorpusGenerator.IndexOfId(result.Documents[d].Id)] = d;
        var found = new HashSet<(int, int)>();
        foreach (var pair in result.Pairs) found.Add((Math.Min(pair.A, pair.B), Math.Max(pair.A, pair.B)));
        var shown = 0;
        foreach (var p in plan.Planted)
        {
            int a = byIndex[p.Source], b = byIndex[p.Reuser];
            if (found.Contains((Math.Min(a, b), Math.Max(a, b)))) continue;
            var reuser = result.Articles[b];
            var quoted = p.Kind == ReuseKind.Excerpt ? $" quoting {generator.QuotedWords(p.Reuser)} words" : "";
            Console.Error.WriteLine($"missed {p.Kind}{quoted}: {result.Documents[a].Id} → {result.Documents[b].Id}; article words kept: source {result.WordCounts[a]}, reuser {result.WordCounts[b]}; reuser boilerplate spans {reuser.Boilerplate.Count}");
            if (++shown == count) return;
        }
    }

    /// <summary>The one-minute load average (Linux), to tell a slow scan from a busy machine; −1 elsewhere.</summary>
    private static double LoadAverage()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return double.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return -1;
        }
    }

    private static long InputBytes(string folder)
    {
        long total = 0;
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*.txt", SearchOption.AllDirectories)) total += file.Length;
        return total;
    }
}
