using System.Collections.Concurrent;
using Lineage.Alignment;
using Lineage.Candidates;
using Lineage.Fingerprints;
using Lineage.Scanning;
using Lineage.Storage;
using Lineage.Text;

namespace Lineage.Indexing;

/// <summary>
/// Aligns a batch's candidate pairs. Pairs are grouped by their first document, as a scan groups
/// them; a stored first document is read, rebuilt from its article map and tokenized once per
/// group, and the new documents' words and anchor indexes were made once when they were read.
/// A pair is aligned only when it passes the scan's <see cref="CandidateCheck"/>, so a stored
/// document none of whose candidates pass gets no anchor index.
/// </summary>
internal static class BatchAligner
{
    public static AlignedBatch Align(IIndexSession session, List<KeyPair> candidates, IReadOnlyList<PreparedDocument> fresh, long firstKey, ScanOptions options)
    {
        var storedKeys = new HashSet<long>();
        foreach (var c in candidates)
            if (c.A < firstKey) storedKeys.Add(c.A);
        var stored = new Dictionary<long, StoredDocument>();
        foreach (var d in session.Documents(storedKeys)) stored[d.Key] = d;

        var groups = CandidateRuns.ByFirstDocument(candidates, static c => c.A);

        var pairs = new ConcurrentBag<StoredPair>();
        var articles = new ConcurrentDictionary<long, StoredArticleWords>();
        Parallel.ForEach(groups, options.ParallelOptions, () => new Buffers(), (group, _, buffers) =>
        {
            var a = candidates[group.Start].A;
            TokenList tokensA;
            AnchorIndex anchorsA;
            DocumentFingerprints fingerprintsA;
            StoredArticleWords? storedA = null;
            var anchorsReady = true;
            if (a < firstKey)
            {
                if (!stored.TryGetValue(a, out var document)) throw new InvalidOperationException($"stored document {a} was paired but not found.");
                storedA = new StoredArticleWords(StoredArticle.ToArticle(document), document.Words);
                Tokenizer.Tokenize(storedA.Article.Content, buffers.Tokens);
                fingerprintsA = DocumentFingerprints.Compute(buffers.Tokens, options.Fingerprints);
                // Built only when a candidate passes the check below.
                anchorsReady = false;
                (tokensA, anchorsA) = (buffers.Tokens, buffers.Anchors);
            }
            else
            {
                var own = fresh[(int)(a - firstKey)];
                (tokensA, anchorsA, fingerprintsA) = (own.Tokens, own.Anchors, own.Fingerprints);
            }
            for (var k = group.Start; k < group.End; k++)
            {
                var b = fresh[(int)(candidates[k].B - firstKey)];
                // The scan's test: two shared fingerprints close on one diagonal, or no passage to align.
                if (!CandidateCheck.MayShareAPassage(fingerprintsA, b.Fingerprints, options.Alignment.MaxGapWords, CandidateCheck.DiagonalSlack)) continue;
                if (!anchorsReady)
                {
                    buffers.Anchors.Build(buffers.Tokens, options.Alignment.AnchorNGram);
                    anchorsReady = true;
                }
                var alignment = PairAligner.Align(tokensA, anchorsA, b.Tokens, b.Anchors, options.Alignment);
                if (alignment.Passages.Count == 0) continue;
                pairs.Add(new StoredPair(a, candidates[k].B, alignment));
                if (storedA is not null) articles.TryAdd(a, storedA);
            }
            return buffers;
        }, _ => { });
        var list = pairs.ToList();
        list.Sort(static (x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        return new AlignedBatch(list, new Dictionary<long, StoredArticleWords>(articles));
    }

    private sealed class Buffers
    {
        public TokenList Tokens { get; } = new(1024);
        public AnchorIndex Anchors { get; } = new();
    }
}
