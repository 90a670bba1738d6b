using Lineage.Clustering;

namespace Lineage.Analysis;

/// <summary>The facts the documents of one story state, subject by subject.</summary>
public sealed record StoryFacts(int Story, IReadOnlyList<Fact> Facts);
