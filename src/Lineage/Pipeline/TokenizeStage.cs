using Lineage.Extraction;
using Lineage.Fingerprints;
using Lineage.Scanning;
using Lineage.Text;

namespace Lineage.Pipeline;

/// <summary>
/// Articles to words and fingerprints: each article's content is tokenized once, here, and its
/// words are kept (<see cref="CorpusTokens"/>) for the alignment of the pairs it is in, instead
/// of being tokenized again for every pair.
/// </summary>
public static class TokenizeStage
{
    /// <summary>One article's words (compact) and fingerprints, for a store that meets its documents one batch at a time.</summary>
    public static TokenList Words(ExtractedDocument article, ScanOptions options, out DocumentFingerprints fingerprints)
    {
        var tokens = new TokenList(1024);
        Tokenizer.Tokenize(article.Content, tokens);
        fingerprints = DocumentFingerprints.Compute(tokens, options.Fingerprints);
        return tokens.Compact();
    }

    public static CorpusTokens Tokenize(IReadOnlyList<ExtractedDocument> articles, ScanOptions options, IProgress<ScanProgress>? progress = null)
    {
        var tokens = new TokenList?[articles.Count];
        var fingerprints = new DocumentFingerprints[articles.Count];
        long done = 0;
        Parallel.For(0, articles.Count, options.ParallelOptions, () => new TokenList(1024), (i, _, scratch) =>
        {
            Tokenizer.Tokenize(articles[i].Content, scratch);
            fingerprints[i] = DocumentFingerprints.Compute(scratch, options.Fingerprints);
            tokens[i] = scratch.Compact();
            var n = Interlocked.Increment(ref done);
            if ((n & 255) == 0 || n == articles.Count) progress?.Report(new ScanProgress(ScanStage.Fingerprinting, n, articles.Count));
            return scratch;
        }, _ => { });
        return new CorpusTokens(tokens, fingerprints);
    }
}
