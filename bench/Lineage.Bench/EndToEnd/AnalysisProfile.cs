using System.Diagnostics;
using System.Globalization;
using Lineage.Analysis;
using Lineage.Bench.Corpus;
using Lineage.Clustering;
using Lineage.Pipeline;
using Lineage.Provenance;
using Lineage.Reporting;
using Lineage.Scanning;

namespace Lineage.Bench.EndToEnd;

/// <summary>
/// <c>analysis</c>: one scan of a generated corpus, then each piece of <see cref="CorpusAnalyzer"/>
/// on one thread, timed and with the bytes it allocates, and the whole analysis as a scan runs it;
/// repeated so a change to one piece can be weighed without the scan's noise.
/// </summary>
public static class AnalysisProfile
{
    public static int Run(string[] args)
    {
        var arguments = new Arguments(args, new HashSet<string> { "whole-only" });
        var options = CorpusArguments.Read(arguments, arguments.Int("docs", 10_000));
        var repeat = arguments.Int("repeat", 1);
        var corpus = CorpusFolder.Ensure(arguments.Value("dir") ?? CorpusFolder.DefaultRoot, options, Console.Out);
        var scan = Scanner.Scan([corpus.Documents], new ScanOptions());
        if (arguments.Value("quotes-to") is { } dump)
        {
            using var writer = new StreamWriter(dump);
            for (var i = 0; i < scan.Articles.Count; i++)
                foreach (var q in QuoteExtractor.Extract(i, scan.Articles[i])) writer.WriteLine($"{q.Document}\t{q.Span.Start}\t{q.Span.Length}\t{q.Text.Replace('\t', ' ').Replace('\n', ' ')}");
            return 0;
        }
        if (arguments.Value("quotes-from") is { } from)
        {
            var read = new List<QuoteOccurrence>();
            foreach (var line in File.ReadLines(from))
            {
                var f = line.Split('\t');
                read.Add(new QuoteOccurrence(int.Parse(f[0], CultureInfo.InvariantCulture), new Lineage.Text.TextSpan(int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture)), f[3], null));
            }
            for (var r = 0; r < repeat; r++)
            {
                var result = Timed("QuoteClusterer.Cluster", () => QuoteClusterer.Cluster(read));
                var hash = 17L;
                foreach (var cluster in result)
                    foreach (var o in cluster.Occurrences) hash = hash * 31 + o.Document * 7919 + o.Span.Start;
                Console.WriteLine($"  {read.Count} quotes, {result.Count} clusters, checksum {hash}");
            }
            return 0;
        }
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{scan.Articles.Count} documents, {scan.Pairs.Count:N0} pairs; managed heap after the scan {GC.GetTotalMemory(true) / 1e6:0} MB"));
        for (var r = 0; r < repeat; r++)
        {
            var articles = scan.Articles;
            // --whole-only: the analysis as a scan runs it, alone (for a profiler).
            if (!arguments.Has("whole-only")) Steps(articles, scan);
            var allocated = GC.GetTotalAllocatedBytes(true);
            var paused = GC.GetTotalPauseDuration();
            var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var whole = Stopwatch.StartNew();
            // Collected between its parts as scan collects there (full and compacting).
            var analysis = CorpusAnalyzer.Analyze(scan, parallelism: arguments.Int("parallelism", 0),
                partEnded: static () => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true));
            var wall = whole.Elapsed.TotalSeconds;
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            allocated = GC.GetTotalAllocatedBytes(true) - allocated;
            paused = GC.GetTotalPauseDuration() - paused;
            collections = (GC.CollectionCount(0) - collections.Item1, GC.CollectionCount(1) - collections.Item2, GC.CollectionCount(2) - collections.Item3);
            Console.WriteLine(string.Create(c, $"  CorpusAnalyzer.Analyze as a scan runs it: {wall:0.000} s wall, {cpu.TotalSeconds:0.000} s CPU, {allocated / 1e6:0} MB allocated, collections {collections.Item1}/{collections.Item2}/{collections.Item3} pausing {paused.TotalSeconds:0.000} s; managed heap holding it {GC.GetTotalMemory(true) / 1e6:0} MB"));
            // The report to nowhere, then to a file, on one thread and on the analysis's threads.
            var file = Path.Combine(Path.GetTempPath(), $"lineage-bench-report-{Environment.ProcessId}.json");
            foreach (var (target, threads) in new[] { ("nowhere", 1), ("nowhere", analysis.Threads), ("a file", 1), ("a file", analysis.Threads) })
            {
                var report = Stopwatch.StartNew();
                cpu = Process.GetCurrentProcess().TotalProcessorTime;
                using (var output = target == "a file" ? File.Create(file) : Stream.Null)
                    JsonReport.Write(scan, analysis with { Threads = threads }, output);
                cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                Console.WriteLine(string.Create(c, $"  JsonReport.Write to {target}, {threads} thread(s): {report.Elapsed.TotalSeconds:0.000} s wall, {cpu.TotalSeconds:0.000} s CPU"));
            }
            File.Delete(file);
            GC.KeepAlive(analysis);
        }
        return 0;
    }

    /// <summary>Each piece of the analysis on one thread, timed, with the bytes it allocates and holds.</summary>
    private static void Steps(IReadOnlyList<Lineage.Extraction.ExtractedDocument> articles, ScanResult scan)
    {
        var c = CultureInfo.InvariantCulture;
        var quotes = Timed("QuoteExtractor (every document)", () =>
        {
            var list = new List<QuoteOccurrence>();
            for (var i = 0; i < articles.Count; i++) list.AddRange(QuoteExtractor.Extract(i, articles[i]));
            return list;
        });
        var names = Timed("NameExtractor (every document)", () =>
        {
            var list = new List<(string, NameOccurrence)>();
            for (var i = 0; i < articles.Count; i++) NameExtractor.ExtractTo(i, articles[i], list);
            return list;
        });
        var facts = Timed("FactExtractor (every document)", () =>
        {
            var list = new List<FactMention>();
            for (var i = 0; i < articles.Count; i++) list.AddRange(FactExtractor.Extract(i, articles[i]));
            return list;
        });
        var groups = Timed("NameGrouper.Group", () => NameGrouper.Group(names));
        var duplicates = Timed("DuplicateGroups.Of", () => DuplicateGroups.Of(scan));
        var one = new ParallelOptions { MaxDegreeOfParallelism = 1 };
        var stories = Timed("StoryClusterer.Cluster", () => StoryClusterer.Cluster(articles, duplicates, groups, new StoryOptions(), one));
        var clusters = Timed("ReuseClusterer.Cluster", () => ReuseClusterer.Cluster(scan.Pairs));
        var quoteClusters = Timed("QuoteClusterer.Cluster", () => QuoteClusterer.Cluster(quotes));
        var provenance = Timed("ProvenanceBuilder.Build", () => ProvenanceBuilder.Build(articles, scan.Pairs));
        Console.WriteLine(string.Create(c, $"  {quotes.Count:N0} quotes in {quoteClusters.Count:N0} clusters, {names.Count:N0} names in {groups.Count:N0} groups, {facts.Count:N0} facts, {stories.Count:N0} stories, {clusters.Count:N0} reuse clusters, {provenance.Count:N0} provenance edges"));
    }

    private static T Timed<T>(string stage, Func<T> run)
    {
        var before = GC.GetTotalMemory(true);
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = run();
        var seconds = clock.Elapsed.TotalSeconds;
        // The step runs on this thread: the process's CPU time is its own (and the collector's),
        // a steadier figure than the wall clock on a busy machine.
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
        var held = GC.GetTotalMemory(true) - before;
        GC.KeepAlive(result);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-40} {seconds,8:0.000} s {cpu.TotalSeconds,6:0.000} s CPU {bytes / 1e6,9:0} MB allocated {held / 1e6,6:0} MB held"));
        return result;
    }
}
