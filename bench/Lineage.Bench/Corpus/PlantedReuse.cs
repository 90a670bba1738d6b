namespace Lineage.Bench.Corpus;

/// <summary>Reuse the generator put in on purpose: <paramref name="Reuser"/> copies or quotes <paramref name="Source"/>.</summary>
public readonly record struct PlantedReuse(int Source, int Reuser, ReuseKind Kind);
