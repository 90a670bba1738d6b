namespace Lineage.Bench.Corpus;

/// <summary>
/// What document <paramref name="Index"/> will be: its site, topic, kind, the story it reuses
/// (−1 for none), how its own story is written, and whether its own story carries relexicalised
/// skeleton sentences. A singleton has a topic no other document has and is never reused.
/// </summary>
public readonly record struct DocumentPlan(int Index, int Site, int Topic, ReuseKind Kind, int Source, ArticleStyle Style = ArticleStyle.News, bool Skeletons = false, bool Singleton = false);
