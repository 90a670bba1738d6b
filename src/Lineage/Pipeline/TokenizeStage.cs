using Lineage.Candidates;
using Lineage.Extraction;
using Lineage.Fingerprints;
using Lineage.Scanning;
using Lineage.Text;

namespace Lineage.Pipeline;

/// <summary>
/// Articles to words, fingerprints and content terms (for rewritten reuse): each article's content is tokenized here, and its words
/// are kept (<see cref="CorpusTokens"/>) for the alignment of the pairs it is in, instead of being
/// tokenized again for every pair. Past <see cref="ScanOptions.KeptWords"/> an article is
/// tokenized again when a pair needs it: memory stays bounded at any size.
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

    /// <summary>The words of a whole text (compact), where no fingerprints are needed: PAN's text alignment is given its pairs.</summary>
    public static TokenList Words(TextView text)
    {
        var tokens = new TokenList(Math.Max(16, text.Chars.Length / 6));
        Tokenizer.Tokenize(text, tokens);
        return tokens.Compact();
    }

    /// <summary>
    /// Every article's fingerprints, and its words while <see cref="ScanOptions.KeptWords"/>
    /// allows: which articles those are depends on the threads' order, never the words or the result.
    /// </summary>
    public static CorpusTokens Tokenize(IReadOnlyList<ExtractedDocument> articles, ScanOptions options, IProgress<ScanProgress>? progress = null)
    {
        var tokens = new TokenList?[articles.Count];
        var fingerprints = new DocumentFingerprints[articles.Count];
        var terms = new uint[articles.Count][];
        var withTerms = options.Rewrites.Enabled;
        long done = 0, keptWords = 0;
        Parallel.For(0, articles.Count, options.ParallelOptions, () => new TokenList(1024), (i, _, scratch) =>
        {
            Tokenizer.Tokenize(articles[i].Content, scratch);
            fingerprints[i] = DocumentFingerprints.Compute(scratch, options.Fingerprints);
            terms[i] = withTerms ? ContentTerms.Of(scratch) : [];
            if (Interlocked.Add(ref keptWords, scratch.Count) <= options.KeptWords) tokens[i] = scratch.Compact();
            var n = Interlocked.Increment(ref done);
            if ((n & 255) == 0 || n == articles.Count) progress?.Report(new ScanProgress(ScanStage.Fingerprinting, n, articles.Count));
            return scratch;
        }, _ => { });
        return new CorpusTokens(articles, tokens, fingerprints, options.KeptWords) { Terms = terms };
    }
}
