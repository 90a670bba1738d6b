using Lineage.Pipeline;
using Lineage.Reading;
using Lineage.Scanning;
using Lineage.Storage;

namespace Lineage.Indexing;

/// <summary>
/// Adds documents to a store, batch by batch: while one batch meets the store (under the writer
/// lock, in one transaction), the next is read, extracted and fingerprinted by the scan's stages
/// (<see cref="ReadStage"/>, <see cref="ExtractStage"/>, <see cref="TokenizeStage"/>); the store
/// then stands in for the candidate and alignment stages' memory of other documents. A batch costs what
/// its documents and the pairs they form cost, whatever the size of the store.
/// </summary>
public static class Indexer
{
    public static AddResult Add(IIndexStore store, IReadOnlyList<string> paths, IndexOptions options, IProgress<ScanProgress>? progress = null)
    {
        options.Validate();
        options.CheckAgainst(store);
        var problems = new List<ReadProblem>();
        var files = InputWalker.Walk(paths, problems);
        var tally = new Tally();
        var chunks = (files.Count + options.BatchSize - 1) / options.BatchSize;
        Task<(PreparedDocument[], List<ReadProblem>)>? next = chunks > 0 ? ReadChunk(files, 0, options) : null;
        for (var c = 0; c < chunks; c++)
        {
            var (prepared, chunkProblems) = next!.GetAwaiter().GetResult();
            next = c + 1 < chunks ? ReadChunk(files, c + 1, options) : null;
            problems.AddRange(chunkProblems);
            Write(store, prepared, options, tally);
            progress?.Report(new ScanProgress(ScanStage.Reading, Math.Min(files.Count, (c + 1L) * options.BatchSize), files.Count));
        }
        return new AddResult(tally.Added, tally.AlreadyStored, tally.Pairs, problems);
    }

    /// <summary>Adds documents already read (trace --add, tests).</summary>
    public static AddResult Add(IIndexStore store, IReadOnlyList<Document> documents, IndexOptions options)
    {
        options.Validate();
        options.CheckAgainst(store);
        var tally = new Tally();
        Write(store, PreparedDocument.Prepare(documents, options.Scan), options, tally);
        return new AddResult(tally.Added, tally.AlreadyStored, tally.Pairs, []);
    }

    private static Task<(PreparedDocument[], List<ReadProblem>)> ReadChunk(IReadOnlyList<InputFile> files, int chunk, IndexOptions options) => Task.Run(() =>
    {
        var start = chunk * options.BatchSize;
        var end = Math.Min(files.Count, start + options.BatchSize);
        var problems = new List<ReadProblem>();
        var all = ReadStage.Read(files, start, end, options.Scan, problems);
        return (PreparedDocument.Prepare(all, options.Scan), problems);
    });

    /// <summary>A JSONL file can hold more documents than a batch: they are written a batch at a time.</summary>
    private static void Write(IIndexStore store, PreparedDocument[] prepared, IndexOptions options, Tally tally)
    {
        for (var start = 0; start < prepared.Length; start += options.BatchSize)
        {
            var batch = new ArraySegment<PreparedDocument>(prepared, start, Math.Min(options.BatchSize, prepared.Length - start));
            var outcome = BatchWriter.Write(store, batch, options);
            tally.Added += outcome.Added;
            tally.AlreadyStored += outcome.AlreadyStored;
            tally.Pairs += outcome.Pairs;
        }
    }

    private sealed class Tally
    {
        public int Added;
        public int AlreadyStored;
        public int Pairs;
    }
}
