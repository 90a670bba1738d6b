using Lineage.Alignment;
using Lineage.Extraction;
using Lineage.Furniture;
using Lineage.Pipeline;
using Lineage.Scanning;
using Lineage.Storage;
using Lineage.Text;

namespace Lineage.Indexing;

/// <summary>
/// Site templates learned at add time by a scan's <see cref="FurnitureStage"/>: over the new
/// documents and the stored ones they pair with. A new document is stored as that stage leaves
/// it (furniture out of its text and word count). Every new pair is then kept only
/// for its passages outside either side's boilerplate, learned now or before. A stored document
/// whose boilerplate grew gets it saved, and its stored pairs lose the passages now inside it.
/// </summary>
internal static class StoreTemplates
{
    public static List<StoredPair> Apply(IIndexWriteSession? session, IReadOnlyList<PreparedDocument> fresh, long firstKey, AlignedBatch batch, ScanOptions options)
    {
        if (!options.ArticlesOnly) return batch.Pairs;
        var articles = new List<ExtractedDocument>(fresh.Count + batch.Stored.Count);
        var words = new List<int>(articles.Capacity);
        var keys = new List<long>(articles.Capacity);
        var index = new Dictionary<long, int>(articles.Capacity);
        for (var i = 0; i < fresh.Count; i++) Add(fresh[i].Article, fresh[i].Words, firstKey + i);
        foreach (var (key, stored) in batch.Stored.OrderBy(s => s.Key)) Add(stored.Article, stored.Words, key);

        var pairs = new List<DocumentPair>(batch.Pairs.Count);
        foreach (var p in batch.Pairs) pairs.Add(new DocumentPair(index[p.A], index[p.B], p.Alignment));
        var final = FurnitureStage.Apply(articles, [.. words], pairs, options);

        var result = new List<StoredPair>(final.Pairs.Count);
        foreach (var pair in final.Pairs) result.Add(new StoredPair(keys[pair.A], keys[pair.B], pair.Alignment));
        result.Sort(static (x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        for (var i = 0; i < fresh.Count; i++)
        {
            fresh[i].Article = final.Articles[i];
            fresh[i].Words = final.Words[i];
        }

        // A stored document keeps its stored text view and word count; what it learned now is
        // saved as boilerplate, which its pairs, stored and new, are kept out of.
        var changed = new Dictionary<long, DocumentOutline>();
        for (var i = fresh.Count; i < articles.Count; i++)
            if (!SameSpans(articles[i].Boilerplate, final.Articles[i].Boilerplate))
                changed[keys[i]] = new DocumentOutline(keys[i], words[i], final.Articles[i].Boilerplate);
        if (session is not null && changed.Count > 0) Persist(session, changed);
        return result;

        void Add(ExtractedDocument article, int count, long key)
        {
            index[key] = articles.Count;
            articles.Add(article);
            words.Add(count);
            keys.Add(key);
        }
    }

    private static void Persist(IIndexWriteSession session, Dictionary<long, DocumentOutline> changed)
    {
        foreach (var outline in changed.Values) session.SetBoilerplate(outline.Key, outline.Boilerplate);
        var existing = session.PairsOf(changed.Keys);
        var others = new HashSet<long>();
        foreach (var pair in existing)
        {
            if (!changed.ContainsKey(pair.A)) others.Add(pair.A);
            if (!changed.ContainsKey(pair.B)) others.Add(pair.B);
        }
        var outlines = session.Outlines(others);
        DocumentOutline Outline(long key) => changed.TryGetValue(key, out var o) ? o : outlines[key];
        foreach (var pair in existing)
        {
            var a = Outline(pair.A);
            var b = Outline(pair.B);
            var alignment = TemplateLearner.WithoutBoilerplate(pair.Alignment, a.Boilerplate, b.Boilerplate, a.Words, b.Words);
            if (ReferenceEquals(alignment, pair.Alignment)) continue;
            if (alignment.Passages.Count == 0) session.RemovePair(pair.A, pair.B);
            else session.ReplacePair(pair with { Alignment = alignment });
        }
    }

    /// <summary>Two normalized span lists hold the same spans.</summary>
    private static bool SameSpans(IReadOnlyList<TextSpan> x, IReadOnlyList<TextSpan> y)
    {
        if (x.Count != y.Count) return false;
        for (var i = 0; i < x.Count; i++)
            if (x[i] != y[i]) return false;
        return true;
    }
}
