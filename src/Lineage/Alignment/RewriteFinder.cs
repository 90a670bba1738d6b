using Lineage.Text;

namespace Lineage.Alignment;

/// <summary>
/// Rewritten reuse in one pair, beside its verbatim passages, by the rules <c>lineage pan</c>
/// uses: the sentence aligner (<see cref="SentenceAligner"/>) matches the two texts' sentences,
/// its seeds constrained by the verbatim passages; <see cref="ReuseMerger"/> joins both kinds and
/// keeps the rewritten passages whose evidence stands on its own (enough sentence pairs no
/// verbatim passage holds) and that no stronger passage contradicts. Those, with the verbatim
/// passages, give the share of each side that is matched and the pair's derivation
/// (<see cref="DerivationClassifier"/>).
/// </summary>
public static class RewriteFinder
{
    /// <summary>
    /// A side this much inside verbatim passages is a copy of the other, whatever sentence
    /// alignment could add (the other side's rest is text the copy does not have, or a few
    /// sentences reworded): such a pair is judged from its coverage alone. Most verbatim pairs
    /// are such copies, and sentence alignment costs far more than anchored alignment.
    /// </summary>
    public const double MostlyVerbatim = 0.8;

    public static bool NeedsSentences(PairAlignment verbatim) => verbatim.CoverageA < MostlyVerbatim && verbatim.CoverageB < MostlyVerbatim;

    public static RewrittenReuse Find(string textA, TokenList a, string textB, TokenList b, PairAlignment verbatim, SentenceAlignmentOptions sentenceOptions, DerivationOptions derivationOptions) =>
        Find(textA, a, textB, b, verbatim, sentenceOptions, derivationOptions, Defaults);

    private static readonly ReuseMergeOptions Defaults = new();

    public static RewrittenReuse Find(string textA, TokenList a, string textB, TokenList b, PairAlignment verbatim, SentenceAlignmentOptions sentenceOptions,
        DerivationOptions derivationOptions, ReuseMergeOptions mergeOptions)
    {
        // The verbatim passages' word ranges are those of the tokens they were aligned on; these
        // tokens may be of the article with its furniture left out, so they are found again from the char spans.
        var passages = OnTokens(verbatim.Passages, a, b);
        var sentences = SentenceAligner.Align(textA, a, textB, b, sentenceOptions, passages);
        var merged = ReuseMerger.Merge(passages, sentences, mergeOptions);
        var verbatimA = VerbatimWords(passages, a.Count, sideA: true);
        var verbatimB = VerbatimWords(passages, b.Count, sideA: false);
        var matchedA = (bool[])verbatimA.Clone();
        var matchedB = (bool[])verbatimB.Clone();
        var kept = new List<RewordedPassage>();
        var sentenceSeen = new HashSet<int>();
        foreach (var reused in merged)
            foreach (var passage in reused.Rewritten)
            {
                var (wordsA, insideA) = MatchedWords(passage, sentences.SentencesA, verbatimA, sideA: true, sentenceSeen);
                var (wordsB, insideB) = MatchedWords(passage, sentences.SentencesB, verbatimB, sideA: false, sentenceSeen);
                Mark(passage, sentences.SentencesA, matchedA, sideA: true);
                Mark(passage, sentences.SentencesB, matchedB, sideA: false);
                kept.Add(Reported(passage, sentences, a, b, Math.Max(0, Math.Min(wordsA - insideA, wordsB - insideB))));
            }
        kept.Sort(static (x, y) => x.A.Start.CompareTo(y.A.Start));
        var derivation = DerivationClassifier.Classify(Share(matchedA), Share(matchedB), Share(verbatimA), Share(verbatimB), verbatim.SharedWords, derivationOptions);
        if (derivation.Kind == DerivationKind.Independent || kept.Count == 0)
            return new RewrittenReuse([], derivation, verbatim.CoverageA, verbatim.CoverageB, verbatim.SharedWords);
        var words = verbatim.SharedWords;
        foreach (var p in kept) words += p.Words;
        return new RewrittenReuse(kept, derivation, Math.Max(verbatim.CoverageA, derivation.MatchedA), Math.Max(verbatim.CoverageB, derivation.MatchedB), words);
    }

    /// <summary>The passages with their word ranges on <paramref name="a"/> and <paramref name="b"/>: the words that start inside their char spans.</summary>
    private static IReadOnlyList<Passage> OnTokens(IReadOnlyList<Passage> passages, TokenList a, TokenList b)
    {
        if (passages.Count == 0) return passages;
        var result = new Passage[passages.Count];
        for (var k = 0; k < result.Length; k++)
        {
            var p = passages[k];
            result[k] = p with { WordsA = WordsIn(a.Starts, p.A), WordsB = WordsIn(b.Starts, p.B) };
        }
        return result;
    }

    private static TokenRange WordsIn(ReadOnlySpan<int> starts, TextSpan span)
    {
        var first = LowerBound(starts, span.Start);
        return new TokenRange(first, Math.Max(first, LowerBound(starts, span.End)));
    }

    /// <summary>Which words of a side are inside one of the pair's verbatim passages (their word ranges on these tokens).</summary>
    private static bool[] VerbatimWords(IReadOnlyList<Passage> passages, int words, bool sideA)
    {
        var inside = new bool[words];
        foreach (var passage in passages)
        {
            var range = sideA ? passage.WordsA : passage.WordsB;
            Array.Fill(inside, true, range.Start, range.Length);
        }
        return inside;
    }

    private static int LowerBound(ReadOnlySpan<int> sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The words of a side's matched sentences (each sentence once) and how many of them are inside verbatim passages.</summary>
    private static (int Words, int Inside) MatchedWords(RewrittenPassage passage, IReadOnlyList<Sentence> sentences, bool[] verbatim, bool sideA, HashSet<int> seen)
    {
        seen.Clear();
        int words = 0, inside = 0;
        foreach (var pair in passage.Pairs)
        {
            var s = sideA ? pair.A : pair.B;
            if (!seen.Add(s)) continue;
            var range = sentences[s].Words;
            words += range.Length;
            for (var i = range.Start; i < range.End; i++)
                if (verbatim[i]) inside++;
        }
        return (words, inside);
    }

    private static void Mark(RewrittenPassage passage, IReadOnlyList<Sentence> sentences, bool[] matched, bool sideA)
    {
        foreach (var pair in passage.Pairs)
        {
            var range = sentences[sideA ? pair.A : pair.B].Words;
            for (var i = range.Start; i < range.End; i++) matched[i] = true;
        }
    }

    private static RewordedPassage Reported(RewrittenPassage passage, SentenceAlignment sentences, TokenList a, TokenList b, int words)
    {
        var matches = new SentenceMatch[passage.Pairs.Count];
        for (var k = 0; k < matches.Length; k++)
        {
            var pair = passage.Pairs[k];
            matches[k] = new SentenceMatch(sentences.SentencesA[pair.A].Span, sentences.SentencesB[pair.B].Span, pair.Cosine, pair.Joined);
        }
        var changed = new List<Edit>();
        Changed(passage, sentences.SentencesA, a, sentences.SentencesB, b, sideA: true, changed);
        Changed(passage, sentences.SentencesB, b, sentences.SentencesA, a, sideA: false, changed);
        return new RewordedPassage(passage.A, passage.B, words, passage.Similarity, matches, changed);
    }

    /// <summary>
    /// The words of each matched sentence of one side that none of the sentences matched with it
    /// has (a split sentence is compared with both halves), in order on that side.
    /// </summary>
    private static void Changed(RewrittenPassage passage, IReadOnlyList<Sentence> own, TokenList ownTokens, IReadOnlyList<Sentence> other, TokenList otherTokens, bool sideA, List<Edit> into)
    {
        var partners = new SortedDictionary<int, List<int>>();
        foreach (var pair in passage.Pairs)
        {
            var (mine, theirs) = sideA ? (pair.A, pair.B) : (pair.B, pair.A);
            if (!partners.TryGetValue(mine, out var list)) partners[mine] = list = [];
            list.Add(theirs);
        }
        var words = new HashSet<ulong>();
        var ownHashes = ownTokens.Hashes;
        var otherHashes = otherTokens.Hashes;
        foreach (var (sentence, matched) in partners)
        {
            words.Clear();
            foreach (var m in matched)
                for (var i = other[m].Words.Start; i < other[m].Words.End; i++) words.Add(otherHashes[i]);
            var place = new TextSpan(other[matched[0]].Span.Start, 0);
            var range = own[sentence].Words;
            for (var i = range.Start; i < range.End; i++)
            {
                if (words.Contains(ownHashes[i])) continue;
                var span = ownTokens.SpanOf(i);
                into.Add(sideA ? new Edit(EditKind.OnlyInA, span, place) : new Edit(EditKind.OnlyInB, place, span));
            }
        }
    }

    private static double Share(bool[] marks)
    {
        if (marks.Length == 0) return 0;
        var count = 0;
        foreach (var m in marks)
            if (m) count++;
        return (double)count / marks.Length;
    }
}
