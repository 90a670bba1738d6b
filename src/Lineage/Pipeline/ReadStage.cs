using Lineage.Reading;
using Lineage.Scanning;

namespace Lineage.Pipeline;

/// <summary>
/// The first stage: files to documents, each file read on its own and in parallel. A file that
/// cannot be read becomes a problem naming it, and the run goes on with the rest; documents come
/// out in input order, whatever order the threads finish in.
/// </summary>
public static class ReadStage
{
    public static List<Document> Read(IReadOnlyList<string> paths, ScanOptions options, List<ReadProblem> problems, IProgress<ScanProgress>? progress = null)
    {
        var files = InputWalker.Walk(paths, problems);
        return Read(files, 0, files.Count, options, problems, progress);
    }

    /// <summary>The documents of files [<paramref name="start"/>, <paramref name="end"/>): a store reads its input a batch at a time.</summary>
    public static List<Document> Read(IReadOnlyList<InputFile> files, int start, int end, ScanOptions options, List<ReadProblem> problems, IProgress<ScanProgress>? progress = null)
    {
        var perFile = new (List<Document> Documents, List<ReadProblem> Problems)[end - start];
        long done = 0;
        var total = end - start;
        Parallel.For(start, end, options.ParallelOptions, i =>
        {
            var documents = new List<Document>(1);
            var fileProblems = new List<ReadProblem>(0);
            DocumentReader.Read(files[i], options.Read, documents, fileProblems);
            perFile[i - start] = (documents, fileProblems);
            var n = Interlocked.Increment(ref done);
            if ((n & 63) == 0 || n == total) progress?.Report(new ScanProgress(ScanStage.Reading, n, total));
        });
        var all = new List<Document>(total);
        foreach (var (documents, fileProblems) in perFile)
        {
            all.AddRange(documents);
            problems.AddRange(fileProblems);
        }
        return all;
    }
}
