using Lineage.Alignment;
using Lineage.Extraction;
using Lineage.Pipeline;
using Lineage.Provenance;
using Lineage.Reading;
using Lineage.Storage;

namespace Lineage.Indexing;

/// <summary>
/// Traces a document against a store without adding it: its fingerprints are looked up, the
/// stored documents that share enough of them are read back and aligned with it, furniture is
/// learned among them by the scan's <see cref="FurnitureStage"/>, and provenance is inferred
/// between the document and each match, with the evidence.
/// </summary>
public static class Tracer
{
    public static TraceResult Trace(IIndexStore store, Document document, IndexOptions options)
    {
        options.Validate();
        options.CheckAgainst(store);
        var prepared = PreparedDocument.Prepare(document, options.Scan);
        using var session = store.Read();
        var traced = StoreSiteTemplates.Apply(session, [prepared], options.Scan)[0];
        var self = session.FindContent(traced.Hash);
        const long TracedKey = long.MaxValue;
        var candidates = StoreCandidates.Find(session, [traced.Fingerprints.Hashes], [TracedKey], options.Scan.Fingerprints, exclude: self);
        var keys = new List<long>(candidates.Count);
        foreach (var c in candidates) keys.Add(c.A);
        var stored = session.Documents(keys);
        string? storedAs = null;
        if (self is { } selfKey) storedAs = session.Documents([selfKey]).FirstOrDefault()?.Name;

        var matches = new (StoredDocument Stored, ExtractedDocument Article, Alignment.PairAlignment Alignment)?[stored.Count];
        Parallel.For(0, stored.Count, options.Scan.ParallelOptions, i =>
        {
            var article = StoredArticle.ToArticle(stored[i]);
            var tokens = Text.Tokenizer.Tokenize(article.Content);
            var alignment = Alignment.PairAligner.Align(traced.Tokens, traced.Anchors, tokens, Alignment.AnchorIndex.Of(tokens, options.Scan.Alignment.AnchorNGram), options.Scan.Alignment);
            if (alignment.Passages.Count > 0) matches[i] = (stored[i], article, alignment);
        });

        var articles = new List<ExtractedDocument> { traced.Article };
        var words = new List<int> { traced.Words };
        var added = new List<DateTimeOffset> { default };
        var pairs = new List<DocumentPair>();
        foreach (var m in matches)
        {
            if (m is not { } match) continue;
            pairs.Add(new DocumentPair(0, articles.Count, match.Alignment));
            articles.Add(match.Article);
            words.Add(match.Stored.Words);
            added.Add(match.Stored.Added);
        }
        var final = FurnitureStage.Apply(articles, [.. words], pairs, options.Scan);
        pairs = final.Pairs;

        var provenance = ProvenanceBuilder.Build(final.Articles, pairs);
        var result = new List<TraceMatch>(pairs.Count);
        for (var k = 0; k < pairs.Count; k++)
        {
            var pair = pairs[k];
            result.Add(new TraceMatch(final.Articles[pair.B], final.Words[pair.B], added[pair.B], pair.Alignment, provenance[k]));
        }
        result.Sort(static (x, y) =>
        {
            var byWords = y.Alignment.SharedWords.CompareTo(x.Alignment.SharedWords);
            return byWords != 0 ? byWords : string.CompareOrdinal(x.Stored.Document.Id, y.Stored.Document.Id);
        });
        return new TraceResult(final.Articles[0], final.Words[0], storedAs, result, provenance, candidates.Count);
    }
}
