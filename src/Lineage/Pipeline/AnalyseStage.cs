using Lineage.Analysis;
using Lineage.Clustering;
using Lineage.Scanning;

namespace Lineage.Pipeline;

/// <summary>
/// The final articles and pairs to what a corpus tells beyond its pairs (duplicate groups,
/// stories, reuse clusters, quotes, names, facts, provenance), on the run's threads. It reads
/// the articles as the furniture stage left them, so nothing it finds stands in furniture.
/// </summary>
public static class AnalyseStage
{
    /// <param name="partEnded">Called between the analysis's parts, where a caller that keeps memory low collects (<see cref="CorpusAnalyzer.Analyze"/>).</param>
    public static CorpusAnalysis Analyse(ScanResult scan, ScanOptions options, IProgress<ScanProgress>? progress = null, StoryOptions? stories = null,
        Action? partEnded = null) =>
        CorpusAnalyzer.Analyze(scan, stories, progress, options.Parallelism, partEnded);
}
