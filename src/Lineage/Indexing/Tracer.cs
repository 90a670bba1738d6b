using System.Globalization;
using Lineage.Alignment;
using Lineage.Candidates;
using Lineage.Extraction;
using Lineage.Pipeline;
using Lineage.Provenance;
using Lineage.Reading;
using Lineage.Storage;

namespace Lineage.Indexing;

/// <summary>
/// Traces a document against a store without adding it, by the scan's stages: its fingerprints
/// are looked up, and (rewrites looked for) its rarest content terms (<see cref="StoreRareTerms"/>);
/// the stored documents that share enough of either are read back and aligned with it, furniture
/// is learned among them by <see cref="FurnitureStage"/>, the <see cref="RewriteStage"/> matches
/// their sentences and judges each pair's derivation (a candidate that shares nothing verbatim
/// and is not derived is no match), and provenance is inferred between the document and each
/// match, with the evidence.
/// </summary>
public static class Tracer
{
    public static TraceResult Trace(IIndexStore store, Document document, IndexOptions options)
    {
        options.Validate();
        options.CheckAgainst(store);
        var scan = options.Scan;
        var rewrites = scan.Rewrites;
        var prepared = PreparedDocument.Prepare(document, scan);
        using var session = store.Read();
        var traced = StoreSiteTemplates.Apply(session, [prepared], scan)[0];
        var self = session.FindContent(traced.Hash);
        const long TracedKey = long.MaxValue;
        var candidates = StoreCandidates.Find(session, [traced.Fingerprints.Hashes], [TracedKey], scan.Fingerprints, exclude: self);
        var keys = new SortedSet<long>();
        foreach (var c in candidates) keys.Add(c.A);
        var byTerms = rewrites.Enabled
            ? StoreRareTerms.Find(session, traced.Terms, self, new RareTermOptions(rewrites.RareTerms, rewrites.MaxTermDocuments, rewrites.MinSharedTerms, rewrites.WindowDays), scan.ParallelOptions)
            : [];
        foreach (var key in byTerms) keys.Add(key);
        var stored = session.Documents(keys);
        string? storedAs = null;
        if (self is { } selfKey) storedAs = session.Documents([selfKey]).FirstOrDefault()?.Name;

        var published = Day(traced.Article.Metadata.Published);
        var matches = new (StoredDocument Stored, ExtractedDocument Article, PairAlignment Alignment)?[stored.Count];
        Parallel.For(0, stored.Count, scan.ParallelOptions, i =>
        {
            var article = StoredArticle.ToArticle(stored[i]);
            var tokens = Text.Tokenizer.Tokenize(article.Content);
            var alignment = PairAligner.Align(traced.Tokens, traced.Anchors, tokens, AnchorIndex.Of(tokens, scan.Alignment.AnchorNGram), scan.Alignment);
            // A rewrite candidate as a scan pairs it: within the publication window when both are dated.
            var rewriteCandidate = byTerms.Contains(stored[i].Key) && RareTermFinder.WithinWindow(published, Day(article.Metadata.Published), rewrites.WindowDays);
            if (alignment.Passages.Count > 0 || rewriteCandidate) matches[i] = (stored[i], article, alignment);
        });

        var articles = new List<ExtractedDocument> { traced.Article };
        var words = new List<int> { traced.Words };
        var added = new List<DateTimeOffset> { default };
        var pairs = new List<DocumentPair>();
        foreach (var m in matches)
        {
            if (m is not { } match) continue;
            if (match.Alignment.Passages.Count > 0) pairs.Add(new DocumentPair(0, articles.Count, match.Alignment));
            articles.Add(match.Article);
            words.Add(match.Stored.Words);
            added.Add(match.Stored.Added);
        }
        var final = FurnitureStage.Apply(articles, [.. words], pairs, scan);
        pairs = final.Pairs;
        if (rewrites.Enabled)
        {
            // Every match is the traced document's rewrite candidate, as compare takes its two documents:
            // a partly verbatim match gets its sentences matched, a rewrite candidate its derivation.
            var rewriteCandidates = new CandidatePair[final.Articles.Length - 1];
            for (var j = 1; j < final.Articles.Length; j++) rewriteCandidates[j - 1] = new CandidatePair(0, j, 0);
            pairs = RewriteStage.Apply(final, TokenizeStage.Tokenize(final.Articles, scan), rewriteCandidates, scan);
        }

        var provenance = ProvenanceBuilder.Build(final.Articles, pairs);
        // A pair's edge by its stored side: independent pairs have none, and external origins follow the pairs'.
        var edgeOf = new Dictionary<int, ProvenanceEdge>();
        foreach (var edge in provenance)
            if (edge is { FromDocument: { } from, ToDocument: { } to }) edgeOf[from == 0 ? to : from] = edge;
        var result = new List<TraceMatch>(pairs.Count);
        foreach (var pair in pairs)
        {
            var edge = edgeOf.GetValueOrDefault(pair.B) ?? ProvenanceBuilder.Independent(final.Articles, pair);
            result.Add(new TraceMatch(final.Articles[pair.B], final.Words[pair.B], added[pair.B], pair.Alignment, edge) { Rewritten = pair.Rewritten });
        }
        result.Sort(static (x, y) =>
        {
            var byWords = y.SharedWords.CompareTo(x.SharedWords);
            return byWords != 0 ? byWords : string.CompareOrdinal(x.Stored.Document.Id, y.Stored.Document.Id);
        });
        return new TraceResult(final.Articles[0], final.Words[0], storedAs, result, provenance, keys.Count);
    }

    private static DateOnly? Day(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
