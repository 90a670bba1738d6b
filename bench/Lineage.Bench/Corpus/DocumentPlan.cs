namespace Lineage.Bench.Corpus;

/// <summary>What document <paramref name="Index"/> will be: its site, topic, kind and the story it reuses (−1 for none).</summary>
public readonly record struct DocumentPlan(int Index, int Site, int Topic, ReuseKind Kind, int Source);
