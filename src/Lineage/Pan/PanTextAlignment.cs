using System.Collections.Concurrent;
using Lineage.Reading;
using Lineage.Scanning;

namespace Lineage.Pan;

/// <summary>
/// PAN's text-alignment task (PAN 2012–2015): align every pair of a pairs file and write one
/// detection file per pair. Pairs run in parallel; each document is read and tokenized once however
/// many pairs name it (PAN 2013 pairs one suspicious document with up to dozens of sources). A
/// document that cannot be read is said once and its pairs are skipped; the run goes on.
/// </summary>
public static class PanTextAlignment
{
    public static PanRunResult Run(IReadOnlyList<PanPair> pairs, PanRunOptions options, IProgress<ScanProgress>? progress = null)
    {
        options.Validate();
        Directory.CreateDirectory(options.OutputFolder);
        var problems = new ConcurrentQueue<ReadProblem>();
        var texts = new ConcurrentDictionary<string, Lazy<PanText?>>(StringComparer.Ordinal);
        var skipped = new ConcurrentQueue<PanPair>();
        int written = 0, detections = 0, done = 0;

        PanText? TextOf(string path) => texts.GetOrAdd(Path.GetFullPath(path), full => new Lazy<PanText?>(() =>
        {
            var found = new List<ReadProblem>(1);
            var text = PanText.Read(full, found);
            foreach (var problem in found) problems.Enqueue(problem);
            return text;
        })).Value;

        Parallel.ForEach(pairs, options.ParallelOptions, pair =>
        {
            var suspicious = TextOf(Path.Combine(options.SuspiciousFolder, pair.Suspicious));
            var source = TextOf(Path.Combine(options.SourceFolder, pair.Source));
            if (suspicious is null || source is null)
            {
                skipped.Enqueue(pair);
            }
            else
            {
                var found = PanDetector.Detect(suspicious, source, options.Alignment, options.Rewritten, options.Merge);
                var output = Path.Combine(options.OutputFolder, pair.DetectionFileName);
                try
                {
                    WriteAtomically(output, stream => PanXml.Write(stream, suspicious.Name, found));
                    Interlocked.Increment(ref written);
                    Interlocked.Add(ref detections, found.Count);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    problems.Enqueue(new ReadProblem(output, $"cannot be written: {e.Message}", Skipped: true));
                    skipped.Enqueue(pair);
                }
            }
            var n = Interlocked.Increment(ref done);
            if ((n & 15) == 0 || n == pairs.Count) progress?.Report(new ScanProgress(ScanStage.Aligning, n, pairs.Count));
        });

        var skippedPairs = new List<PanPair>(skipped);
        skippedPairs.Sort((x, y) => x.Line.CompareTo(y.Line));
        var problemList = new List<ReadProblem>(problems);
        problemList.Sort((x, y) => string.CompareOrdinal(x.Path, y.Path));
        return new PanRunResult(pairs.Count, written, detections, skippedPairs, problemList);
    }

    /// <summary>Writes through a temporary sibling, so an interrupted run never leaves half a detection file for the evaluator to read.</summary>
    private static void WriteAtomically(string path, Action<Stream> write)
    {
        var temporary = path + ".tmp-" + Environment.ProcessId + "-" + Environment.CurrentManagedThreadId;
        try
        {
            using (var stream = File.Create(temporary)) write(stream);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
