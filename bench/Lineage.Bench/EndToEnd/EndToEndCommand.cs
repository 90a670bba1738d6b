using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Lineage.Bench.Corpus;

namespace Lineage.Bench.EndToEnd;

/// <summary>
/// <c>e2e</c>: for each size, generate (or reuse) a corpus folder, then scan it from disk in a
/// fresh child process per repetition, timing the scan alone. Prints every run, the medians per
/// size, the time ratio between the smallest and largest size, and the project's targets.
/// </summary>
public static class EndToEndCommand
{
    public const string ChildVerb = "e2e-run";

    private static readonly HashSet<string> Flags = ["ratio", "clean"];

    /// <summary>The targets: MB/s end to end, and at 50,000 articles seconds and peak bytes; time growth 10k→100k.</summary>
    private const double TargetMegabytesPerSecond = 40;
    private const int TargetSize = 50_000;
    private const double TargetSeconds = 6;
    private const long TargetPeakBytes = 1_500_000_000;
    private const double TargetRatio = 11;

    public static int Run(string[] args)
    {
        var arguments = new Arguments(args, Flags);
        var sizes = arguments.Ints("docs");
        if (arguments.Has("ratio"))
        {
            if (!sizes.Contains(10_000)) sizes.Add(10_000);
            if (!sizes.Contains(100_000)) sizes.Add(100_000);
        }
        if (sizes.Count == 0) sizes.Add(10_000);
        sizes.Sort();
        var root = arguments.Value("dir") ?? CorpusFolder.DefaultRoot;
        var repeat = Math.Max(1, arguments.Int("repeat", 1));
        var parallelism = arguments.Int("parallelism", 0);

        var results = new List<(int Size, CorpusFolder Corpus, List<ScanMeasurement> Runs)>();
        foreach (var size in sizes)
        {
            var options = CorpusArguments.Read(arguments, size);
            var corpus = CorpusFolder.Ensure(root, options, Console.Out);
            var runs = new List<ScanMeasurement>();
            for (var r = 0; r < repeat; r++)
            {
                var m = RunChild(corpus, options, parallelism);
                runs.Add(m);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  run {r + 1}/{repeat} n={size}: {m.Seconds:0.000} s, {m.MegabytesPerSecond:0.0} MB/s, CPU {m.CpuSeconds:0.0} s, load {m.LoadAverage:0.0}, peak {m.PeakWorkingSetBytes / 1e6:0} MB, stages read {m.Stages.Reading:0.00} / extract {m.Stages.Extracting:0.00} / fingerprint {m.Stages.Fingerprinting:0.00} / pair {m.Stages.Pairing:0.00} / align {m.Stages.Aligning:0.00} s"));
            }
            results.Add((size, corpus, runs));
            if (arguments.Has("clean")) Directory.Delete(corpus.Root, recursive: true);
        }

        Console.WriteLine();
        Report(results, Console.Out);
        return 0;
    }

    private static ScanMeasurement RunChild(CorpusFolder corpus, CorpusOptions options, int parallelism)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("cannot find the bench's own executable");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(EndToEndCommand).Assembly.Location);
        foreach (var a in (string[])[ChildVerb, "--corpus", corpus.Documents, "--docs", options.Documents.ToString(CultureInfo.InvariantCulture), "--parallelism", parallelism.ToString(CultureInfo.InvariantCulture)])
            start.ArgumentList.Add(a);
        foreach (var a in CorpusArguments.Write(options)) start.ArgumentList.Add(a);
        using var child = Process.Start(start) ?? throw new InvalidOperationException("cannot start the child scan");
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        foreach (var line in output.Split('\n'))
            if (line.StartsWith(EndToEndRun.ResultPrefix, StringComparison.Ordinal))
                return JsonSerializer.Deserialize<ScanMeasurement>(line[EndToEndRun.ResultPrefix.Length..])
                    ?? throw new InvalidOperationException("empty result from the child scan");
        throw new InvalidOperationException($"the child scan exited with {child.ExitCode} and no result:{Environment.NewLine}{output}");
    }

    private static void Report(List<(int Size, CorpusFolder Corpus, List<ScanMeasurement> Runs)> results, TextWriter o)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine("medians over runs (scan only, corpus generated beforehand; CPU s = user + system time of the scan, all threads):");
        o.WriteLine(string.Format(c, "{0,8} {1,9} {2,8} {3,8} {4,9} {5,8} {6,8} {7,8} {8,10} {9,8} {10,8} {11,9} {12,9} {13,9}  {14}",
            "docs", "input MB", "seconds", "docs/s", "MB/s", "CPU s", "pairs", "cands", "peak MB", "alloc GB", "GC s", "copy rec", "exc rec", "pair prec", "stages s: read / extract / fingerprint / pair / align"));
        foreach (var (size, _, runs) in results)
        {
            var m = MedianRun(runs);
            var stages = new StageTimes(Median(runs, r => r.Stages.Reading), Median(runs, r => r.Stages.Extracting), Median(runs, r => r.Stages.Fingerprinting), Median(runs, r => r.Stages.Pairing), Median(runs, r => r.Stages.Aligning));
            o.WriteLine(string.Format(c, "{0,8} {1,9:0.0} {2,8:0.000} {3,8:0} {4,9:0.0} {5,8:0.0} {6,8} {7,8} {8,10:0} {9,8:0.00} {10,8:0.00} {11,9:0.000} {12,9:0.000} {13,9:0.000}  {14:0.00} / {15:0.00} / {16:0.00} / {17:0.00} / {18:0.00}",
                m.Documents, m.Megabytes, Median(runs, r => r.Seconds), Median(runs, r => r.DocumentsPerSecond), Median(runs, r => r.MegabytesPerSecond),
                Median(runs, r => r.CpuSeconds), m.Pairs, m.Candidates, Median(runs, r => r.PeakWorkingSetBytes) / 1e6, m.AllocatedBytes / 1e9, Median(runs, r => r.GcPauseSeconds),
                m.Recall.CopyRecall, m.Recall.ExcerptRecall, m.Recall.PairPrecision, stages.Reading, stages.Extracting, stages.Fingerprinting, stages.Pairing, stages.Aligning));
        }
        o.WriteLine();
        foreach (var (size, corpus, runs) in results)
        {
            var r = runs[0].Recall;
            o.WriteLine(string.Create(c, $"n={size}: {corpus.Stamp.Sites} sites, planted {r.PlantedCopies} copies ({r.FoundCopies} found) and {r.PlantedExcerpts} excerpts ({r.FoundExcerpts} found), recall {r.Recall:0.000}; {r.Pairs} pairs, {r.ImpliedReusePairs} the plan explains as reuse (pair precision {r.PairPrecision:0.000}); not reuse: {r.SameSitePairs} same-site boilerplate, {r.NoticePairs} shared legal notice, {r.SkeletonPairs} shared sentence skeleton, {r.OtherPairs} unexplained; GCs {runs[0].Gen0Collections}/{runs[0].Gen1Collections}/{runs[0].Gen2Collections}; generation took {corpus.Stamp.GenerationSeconds:0.0} s"));
        }

        o.WriteLine();
        o.WriteLine("targets:");
        foreach (var (size, _, runs) in results)
        {
            var speed = Median(runs, r => r.MegabytesPerSecond);
            o.WriteLine(string.Create(c, $"  n={size}: {speed:0.0} MB/s end to end (target ≥ {TargetMegabytesPerSecond}) {Verdict(speed >= TargetMegabytesPerSecond)}"));
            if (size != TargetSize) continue;
            var seconds = Median(runs, r => r.Seconds);
            var peak = Median(runs, r => r.PeakWorkingSetBytes);
            o.WriteLine(string.Create(c, $"  n={size}: {seconds:0.00} s (target ≤ {TargetSeconds}) {Verdict(seconds <= TargetSeconds)}, peak {peak / 1e9:0.00} GB (target ≤ {TargetPeakBytes / 1e9}) {Verdict(peak <= TargetPeakBytes)}"));
        }
        if (results.Count >= 2)
        {
            var (small, _, smallRuns) = results[0];
            var (large, _, largeRuns) = results[^1];
            var ratio = Median(largeRuns, r => r.Seconds) / Median(smallRuns, r => r.Seconds);
            var limit = TargetRatio * (large / (double)small) / 10;
            o.WriteLine(string.Create(c, $"  time ratio n={large} / n={small}: {ratio:0.00}× for {large / (double)small:0.#}× the documents (target ≤ {limit:0.#}×) {Verdict(ratio <= limit)}"));
        }
    }

    private static string Verdict(bool met) => met ? "met" : "MISSED";

    private static ScanMeasurement MedianRun(List<ScanMeasurement> runs)
    {
        var sorted = new List<ScanMeasurement>(runs);
        sorted.Sort((x, y) => x.Seconds.CompareTo(y.Seconds));
        return sorted[(sorted.Count - 1) / 2];
    }

    internal static double Median(List<ScanMeasurement> runs, Func<ScanMeasurement, double> value)
    {
        var values = new double[runs.Count];
        for (var i = 0; i < values.Length; i++) values[i] = value(runs[i]);
        Array.Sort(values);
        var mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
