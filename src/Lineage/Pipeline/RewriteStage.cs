using System.Collections.Concurrent;
using Lineage.Alignment;
using Lineage.Candidates;
using Lineage.Scanning;
using Lineage.Text;

namespace Lineage.Pipeline;

/// <summary>
/// The final pairs to pairs with rewritten reuse and a derivation each. It runs after the
/// furniture stage and reads the articles as that stage left them, so no rewritten passage stands
/// in furniture. The sentence aligner (<see cref="RewriteFinder"/>) runs on every rewrite
/// candidate (documents sharing rare terms) and every verbatim pair, but those aligned verbatim
/// over most of one side, which are judged from their verbatim coverage: a pair gets the evidence
/// <c>compare</c> gives it, whether or not it shares enough rare terms to be a candidate.
/// A rewrite candidate becomes a pair only when it is derived (<see cref="DerivationKind.Independent"/>
/// is what independent reports of one event share); every verbatim pair stays.
/// </summary>
public static class RewriteStage
{
    public static List<DocumentPair> Apply(FinalArticles final, CorpusTokens tokens, IReadOnlyList<CandidatePair> candidates, ScanOptions options, IProgress<ScanProgress>? progress = null, bool everyCandidate = false)
    {
        var rewrites = options.Rewrites;
        if (!rewrites.Enabled) return final.Pairs;
        var pairs = final.Pairs;
        var result = new DocumentPair[pairs.Count];
        var verbatim = new Dictionary<long, int>(pairs.Count);
        var work = new List<CandidatePair>();
        var workPair = new List<int>();
        for (var i = 0; i < pairs.Count; i++)
        {
            verbatim[Key(pairs[i].A, pairs[i].B)] = i;
            if (RewriteFinder.NeedsSentences(pairs[i].Alignment)) Add(pairs[i].A, pairs[i].B, i);
            else result[i] = pairs[i] with { Rewritten = RewrittenReuse.OfVerbatim(pairs[i].Alignment, rewrites.Derivation) };
        }
        foreach (var c in candidates)
            if (!verbatim.ContainsKey(Key(c.A, c.B))) Add(c.A, c.B, -1);
        Order(work, workPair);

        var words = tokens.Over(final.Articles);
        words.KeepFor(work);
        var derived = new ConcurrentBag<DocumentPair>();
        long done = 0;
        Parallel.ForEach(CandidateRuns.ByFirstDocument(work, static c => c.A), options.ParallelOptions, () => (A: new TokenList(1024), B: new TokenList(1024)), (run, _, buffers) =>
        {
            var a = work[run.Start].A;
            var tokensA = words.WordsOf(a, buffers.A);
            var textA = final.Articles[a].Document.Text;
            for (var k = run.Start; k < run.End; k++)
            {
                var b = work[k].B;
                var at = workPair[k];
                var alignment = at >= 0 ? pairs[at].Alignment : PairAlignment.None;
                var reuse = RewriteFinder.Find(textA, tokensA, final.Articles[b].Document.Text, words.WordsOf(b, buffers.B), alignment, rewrites.Sentences, rewrites.Derivation, rewrites.Merge);
                if (at >= 0) result[at] = pairs[at] with { Rewritten = reuse };
                else if (reuse.Passages.Count > 0 || everyCandidate) derived.Add(new DocumentPair(a, b, PairAlignment.None) { Rewritten = reuse });
                words.Done(a);
                words.Done(b);
            }
            progress?.Report(new ScanProgress(ScanStage.Rewriting, Interlocked.Add(ref done, run.End - run.Start), work.Count));
            return buffers;
        }, _ => { });

        var all = new List<DocumentPair>(result.Length + derived.Count);
        all.AddRange(result);
        all.AddRange(derived);
        SortByReuse(all);
        return all;

        void Add(int a, int b, int pair)
        {
            work.Add(new CandidatePair(a, b, 0));
            workPair.Add(pair);
        }
    }

    private static long Key(int a, int b) => ((long)a << 32) | (uint)b;

    /// <summary>The work by first document, then second, its pair indexes moved along.</summary>
    private static void Order(List<CandidatePair> work, List<int> workPair)
    {
        var order = new int[work.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        var keys = new long[work.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = Key(work[i].A, work[i].B);
        Array.Sort(keys, order);
        var sortedWork = new CandidatePair[order.Length];
        var sortedPair = new int[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            sortedWork[i] = work[order[i]];
            sortedPair[i] = workPair[order[i]];
        }
        work.Clear();
        work.AddRange(sortedWork);
        workPair.Clear();
        workPair.AddRange(sortedPair);
    }

    /// <summary>Most shared words (both kinds) first; ties by documents, so output is the same run after run.</summary>
    public static void SortByReuse(List<DocumentPair> pairs) => pairs.Sort(static (x, y) =>
    {
        var byWords = y.SharedWords.CompareTo(x.SharedWords);
        if (byWords != 0) return byWords;
        return x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B);
    });
}
