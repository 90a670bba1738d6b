using Lineage.Alignment;
using Lineage.Reading;
using Lineage.Scanning;

namespace Lineage.Pipeline;

/// <summary>
/// The pipeline assembled, in one place: read → extract (with site templates) → tokenize and
/// fingerprint → candidates → align → furniture → rewrite candidates (shared rare terms) →
/// rewrites (sentence alignment, each pair's derivation) → (on request) analyse. Each stage reads only
/// what the one before it gave; a document is tokenized once, and its words are kept until its
/// last pair is aligned, as far as <see cref="ScanOptions.KeptWords"/> allows. <c>scan</c> and <c>compare</c> run it whole; a store
/// (<c>Indexing.Indexer</c>, <c>Indexing.Tracer</c>) runs the same stages a batch at a time,
/// with stored documents in place of candidates from memory; PAN's text alignment takes the
/// tokenize and align stages for the pairs it is given.
/// </summary>
public static class Scanner
{
    public static ScanResult Scan(IReadOnlyList<string> paths, ScanOptions options, IProgress<ScanProgress>? progress = null)
    {
        options.Validate();
        var problems = new List<ReadProblem>();
        var documents = ReadStage.Read(paths, options, problems, progress);
        return Scan(documents, options, progress, problems);
    }

    public static ScanResult Scan(IReadOnlyList<Document> documents, ScanOptions options, IProgress<ScanProgress>? progress = null, IReadOnlyList<ReadProblem>? problems = null)
    {
        options.Validate();
        var articles = ExtractStage.Articles(documents, options, progress);
        var tokens = TokenizeStage.Tokenize(articles, options, progress);
        var candidates = CandidateStage.Find(tokens.Fingerprints, options, progress);
        var pairs = AlignStage.Align(tokens, candidates.ToAlign, options, progress);
        var final = FurnitureStage.Apply(articles, tokens.Words(), pairs, options);
        var rewriteCandidates = RewriteCandidateStage.Find(tokens, final, options);
        var withRewrites = RewriteStage.Apply(final, tokens, rewriteCandidates, options, progress);
        return new ScanResult(final.Articles, final.Words, withRewrites, problems ?? [], candidates.Found);
    }

    /// <summary>
    /// Two documents compared as a scan of just these two compares them (articles extracted, site
    /// furniture they share dropped, the same coverage), but aligned even when they share too few
    /// fingerprints to be a scan's candidate pair: the result holds one pair, with its derivation,
    /// even when they share nothing (with rewrites off, only when they share a passage).
    /// </summary>
    public static ScanResult Compare(Document a, Document b, ScanOptions options)
    {
        options.Validate();
        var articles = ExtractStage.Articles([a, b], options);
        var tokens = TokenizeStage.Tokenize(articles, options);
        var alignment = AlignStage.Align(tokens[0], tokens[1], options.Alignment);
        var pairs = new List<DocumentPair>(1);
        if (alignment.Passages.Count > 0) pairs.Add(new DocumentPair(0, 1, alignment));
        var final = FurnitureStage.Apply(articles, tokens.Words(), pairs, options);
        // The two documents are each other's rewrite candidate: compare judges them whatever they share.
        var withRewrites = RewriteStage.Apply(final, tokens, [new Candidates.CandidatePair(0, 1, 0)], options, everyCandidate: true);
        return new ScanResult(final.Articles, final.Words, withRewrites, [], 1);
    }
}
