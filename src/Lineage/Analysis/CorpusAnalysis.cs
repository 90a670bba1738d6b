using Lineage.Clustering;
using Lineage.Provenance;

namespace Lineage.Analysis;

/// <summary>What a scanned corpus tells beyond its pairs: duplicate groups, stories, reuse clusters, quotes, names, facts and provenance.</summary>
public sealed record CorpusAnalysis(
    DuplicateGroups Duplicates,
    IReadOnlyList<Story> Stories,
    IReadOnlyList<ReuseCluster> Clusters,
    IReadOnlyList<QuoteCluster> Quotes,
    IReadOnlyList<NameGroup> Names,
    IReadOnlyList<StoryFacts> Facts,
    IReadOnlyList<ProvenanceEdge> Provenance)
{
    /// <summary>The threads the analysis ran on: reports written from it may use as many (one unless given).</summary>
    public int Threads { get; init; } = 1;
}
