using System.Diagnostics;
using System.Globalization;
using Lineage.Bench.Corpus;
using Lineage.Bench.EndToEnd;
using Lineage.Indexing;
using Lineage.Reading;
using Lineage.Storage;

namespace Lineage.Bench.Store;

/// <summary>
/// <c>store</c>: the persistent index on a generated corpus, per backend. The corpus's last
/// <c>--add</c> documents are held out; the rest build the store (bulk add throughput); traces of
/// held-out documents give the trace latency; then the held-out documents are added to the full
/// store and, for comparison, to an empty one: what an add costs against a big store.
/// </summary>
public static class StoreCommand
{
    public static int Run(string[] args)
    {
        var arguments = new Arguments(args, new HashSet<string>());
        var documents = arguments.Int("docs", 100_000);
        var held = arguments.Int("add", 1_000);
        var traces = arguments.Int("traces", 200);
        var batch = arguments.Int("batch", 500);
        var backend = arguments.Value("backend") ?? "sqlite";
        var postgres = arguments.Value("postgres") ?? Environment.GetEnvironmentVariable("LINEAGE_TEST_POSTGRES");
        if (held >= documents) throw new ArgumentException("--add must be smaller than --docs.");
        if (backend is not ("sqlite" or "postgres" or "both")) throw new ArgumentException("--backend is sqlite, postgres or both.");
        if (backend != "sqlite" && string.IsNullOrEmpty(postgres))
            throw new ArgumentException("PostgreSQL needs --postgres CONN (or LINEAGE_TEST_POSTGRES; scripts/postgres.sh starts a throwaway server).");

        var root = arguments.Value("dir") ?? CorpusFolder.DefaultRoot;
        var corpus = CorpusFolder.Ensure(root, CorpusArguments.Read(arguments, documents), Console.Out);
        var files = Directory.GetFiles(corpus.Documents, "*.txt", SearchOption.AllDirectories);
        // By generator index, so the held-out documents are the corpus's last (reprints of earlier stories among them).
        Array.Sort(files, (x, y) => string.CompareOrdinal(Path.GetFileName(x), Path.GetFileName(y)));
        var baseFiles = files[..^held];
        var heldFiles = files[^held..];
        long rawBytes = 0;
        foreach (var file in baseFiles) rawBytes += new FileInfo(file).Length;

        var options = new IndexOptions { BatchSize = batch };
        var work = Path.Combine(Path.GetFullPath(root), "store-bench");
        Directory.CreateDirectory(work);
        var backends = backend == "both" ? new[] { "sqlite", "postgres" } : [backend];
        foreach (var name in backends)
        {
            var measurement = Measure(name, work, postgres, baseFiles, heldFiles, traces, rawBytes, options);
            measurement.Print(Console.Out);
        }
        return 0;
    }

    private static StoreMeasurement Measure(string backend, string work, string? postgres, string[] baseFiles, string[] heldFiles, int traces, long rawBytes, IndexOptions options)
    {
        var big = Fresh(backend, work, postgres, "big");
        var small = Fresh(backend, work, postgres, "small");
        Console.WriteLine($"{backend}: building a store of {baseFiles.Length:N0} documents …");
        var build = Timed(big, baseFiles, options);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {build.Seconds:0.0} s, {build.Result.Pairs:N0} pairs"));

        var latencies = new List<double>(traces);
        using (var store = IndexStore.Open(big, StoreAccess.Existing, options.Settings))
        {
            var readProblems = new List<ReadProblem>();
            var step = Math.Max(1, heldFiles.Length / Math.Max(1, traces));
            var matched = 0;
            for (var i = 0; i < heldFiles.Length && latencies.Count < traces; i += step)
            {
                var documents = new List<Document>();
                foreach (var file in InputWalker.Walk([heldFiles[i]], readProblems)) DocumentReader.Read(file, options.Scan.Read, documents, readProblems);
                var clock = Stopwatch.StartNew();
                var trace = Tracer.Trace(store, documents[0], options);
                latencies.Add(clock.Elapsed.TotalMilliseconds);
                if (trace.Matches.Count > 0) matched++;
            }
            Console.WriteLine($"  {latencies.Count} traces, {matched} found text they share with the store");
        }

        var addBig = Timed(big, heldFiles, options);
        var addSmall = Timed(small, heldFiles, options);
        StoreStats stats;
        using (var store = IndexStore.Open(big, StoreAccess.Existing, options.Settings)) stats = store.Stats();
        latencies.Sort();
        return new StoreMeasurement(backend, baseFiles.Length, heldFiles.Length, rawBytes, build.Seconds, addBig.Seconds, addSmall.Seconds,
            Percentile(latencies, 0.5), Percentile(latencies, 0.99), latencies.Count, stats);
    }

    private static (double Seconds, AddResult Result) Timed(string location, string[] files, IndexOptions options)
    {
        using var store = IndexStore.Open(location, StoreAccess.CreateIfMissing, options.Settings);
        var clock = Stopwatch.StartNew();
        var result = Indexer.Add(store, files, options);
        return (clock.Elapsed.TotalSeconds, result);
    }

    /// <summary>An empty store: a new SQLite file, or a new schema in the PostgreSQL database.</summary>
    private static string Fresh(string backend, string work, string? postgres, string name)
    {
        if (backend == "sqlite")
        {
            var path = Path.Combine(work, name + ".db");
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                if (File.Exists(file)) File.Delete(file);
            return path;
        }
        var schema = "bench_" + name;
        using (var connection = new Npgsql.NpgsqlConnection(postgres))
        {
            connection.Open();
            using var command = new Npgsql.NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}", connection);
            command.ExecuteNonQuery();
        }
        return new Npgsql.NpgsqlConnectionStringBuilder(postgres) { SearchPath = schema }.ToString();
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
