using Lineage.Text;

namespace Lineage.Alignment;

/// <summary>
/// Finds the passages two documents share when one rewords the other, after Sanchez-Perez,
/// Sidorov &amp; Gelbukh 2014 (winner of PAN 2014 text alignment): sentences as tf-isf vectors
/// over near-equal terms → seeds, sentence pairs with cosine and Dice over their thresholds (a
/// sentence may also match two adjacent ones taken together: a split or a merge) → seeds grouped
/// into passages, alternately by position on each side, so sentences may be reordered within a
/// passage and up to a few dropped between matches → a passage whose sides are not similar as
/// a whole is cut again at smaller gaps → overlaps resolved in favour of the more similar passage.
/// </summary>
public static class SentenceAligner
{
    public static SentenceAlignment Align(string textA, TokenList a, string textB, TokenList b, SentenceAlignmentOptions options) =>
        Align(textA, a, textB, b, options, []);

    /// <summary>
    /// As <see cref="Align(string, TokenList, string, TokenList, SentenceAlignmentOptions)"/>, where
    /// <paramref name="verbatim"/> passages of the same pair are known: a sentence pair with one side
    /// inside a verbatim passage and the other outside its counterpart is not a seed, because the
    /// word-for-word alignment already says where that sentence came from. Without this, a copied
    /// sentence's neighbours on the topic pull a rewritten passage past the copy.
    /// </summary>
    public static SentenceAlignment Align(string textA, TokenList a, string textB, TokenList b, SentenceAlignmentOptions options, IReadOnlyList<Passage> verbatim)
    {
        var sentencesA = SentenceSplitter.Split(textA, a);
        var sentencesB = SentenceSplitter.Split(textB, b);
        if (sentencesA.Count == 0 || sentencesB.Count == 0) return new SentenceAlignment(sentencesA, sentencesB, [], 0, 0);
        var terms = PairTerms.Build(textA, a, sentencesA, textB, b, sentencesB, options);
        var (vectorsA, vectorsB) = SentenceVector.Build(terms, sentencesA, sentencesB, options.StopWordWeight);

        var seeds = SentenceSeeds.Find(vectorsA, vectorsB, terms.HoldsStopWord, options);
        if (verbatim.Count > 0) WithoutContradictions(seeds, sentencesA, sentencesB, verbatim);
        var passages = new List<RewrittenPassage>();
        Extend(seeds, options.MaxGapSentences, sentencesA, sentencesB, vectorsA, vectorsB, options, passages);
        passages = WithoutOverlaps(passages);
        passages.Sort(static (x, y) => x.A.Start.CompareTo(y.A.Start));
        return new SentenceAlignment(sentencesA, sentencesB, passages,
            MatchedShare(passages, sentencesA, a.Count, sideA: true), MatchedShare(passages, sentencesB, b.Count, sideA: false));
    }

    /// <summary>
    /// Drops the seeds that pair a sentence a verbatim passage holds with a sentence outside that
    /// passage's other side (not even partly inside: sentence ends need not agree across a copy).
    /// </summary>
    private static void WithoutContradictions(List<SentencePair> seeds, IReadOnlyList<Sentence> sentencesA, IReadOnlyList<Sentence> sentencesB, IReadOnlyList<Passage> verbatim)
    {
        var ownerA = SentenceOwners.Of(sentencesA, verbatim, sideA: true);
        var ownerB = SentenceOwners.Of(sentencesB, verbatim, sideA: false);
        var kept = 0;
        for (var k = 0; k < seeds.Count; k++)
        {
            var p = seeds[k];
            var a = ownerA[p.A];
            var b = ownerB[p.B];
            if (a != SentenceOwners.None && sentencesB[p.B].Words.Overlap(verbatim[a].WordsB) == 0) continue;
            if (b != SentenceOwners.None && sentencesA[p.A].Words.Overlap(verbatim[b].WordsA) == 0) continue;
            seeds[kept++] = p;
        }
        seeds.RemoveRange(kept, seeds.Count - kept);
    }

    /// <summary>
    /// Groups seeds into passages: cut where consecutive seeds (by A position) are more than
    /// <paramref name="gap"/> unmatched sentences apart, then each group likewise by B position,
    /// until no group splits. A group whose sides are not similar enough as a whole is grouped
    /// again with a smaller gap (the recursive extension of Sanchez-Perez et al. 2014).
    /// </summary>
    private static void Extend(List<SentencePair> seeds, int gap, IReadOnlyList<Sentence> sentencesA, IReadOnlyList<Sentence> sentencesB,
        SentenceVector[] vectorsA, SentenceVector[] vectorsB, SentenceAlignmentOptions options, List<RewrittenPassage> passages)
    {
        foreach (var group in Groups(seeds, gap))
        {
            var passage = Passage(group, sentencesA, sentencesB, vectorsA, vectorsB);
            if (passage.Similarity >= options.MinPassageCosine)
            {
                if (passage.WordsA.Length >= options.MinPassageWords && passage.WordsB.Length >= options.MinPassageWords) passages.Add(passage);
            }
            else if (gap > 0)
            {
                Extend(group, gap - 1, sentencesA, sentencesB, vectorsA, vectorsB, options, passages);
            }
        }
    }

    private static List<List<SentencePair>> Groups(List<SentencePair> seeds, int gap)
    {
        if (seeds.Count == 0) return [];
        var groups = new List<List<SentencePair>> { seeds };
        var byA = true;
        var stableRounds = 0;
        // Alternate sides until two rounds in a row cut nothing.
        while (stableRounds < 2)
        {
            var next = new List<List<SentencePair>>();
            foreach (var group in groups) Cut(group, byA, gap, next);
            stableRounds = next.Count == groups.Count ? stableRounds + 1 : 0;
            groups = next;
            byA = !byA;
        }
        return groups;
    }

    private static void Cut(List<SentencePair> group, bool byA, int gap, List<List<SentencePair>> into)
    {
        var sorted = new List<SentencePair>(group);
        if (byA) sorted.Sort(static (x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        else sorted.Sort(static (x, y) => x.B != y.B ? x.B.CompareTo(y.B) : x.A.CompareTo(y.A));
        var current = new List<SentencePair> { sorted[0] };
        for (var k = 1; k < sorted.Count; k++)
        {
            var distance = byA ? sorted[k].A - sorted[k - 1].A : sorted[k].B - sorted[k - 1].B;
            if (distance > gap + 1)
            {
                into.Add(current);
                current = [];
            }
            current.Add(sorted[k]);
        }
        into.Add(current);
    }

    private static RewrittenPassage Passage(List<SentencePair> group, IReadOnlyList<Sentence> sentencesA, IReadOnlyList<Sentence> sentencesB,
        SentenceVector[] vectorsA, SentenceVector[] vectorsB)
    {
        int firstA = int.MaxValue, lastA = -1, firstB = int.MaxValue, lastB = -1;
        foreach (var p in group)
        {
            firstA = Math.Min(firstA, p.A);
            lastA = Math.Max(lastA, p.A);
            firstB = Math.Min(firstB, p.B);
            lastB = Math.Max(lastB, p.B);
        }
        var sideA = vectorsA[firstA];
        for (var i = firstA + 1; i <= lastA; i++) sideA = SentenceVector.Sum(sideA, vectorsA[i]);
        var sideB = vectorsB[firstB];
        for (var j = firstB + 1; j <= lastB; j++) sideB = SentenceVector.Sum(sideB, vectorsB[j]);
        var pairs = new List<SentencePair>(group);
        pairs.Sort(static (x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        return new RewrittenPassage
        {
            A = TextSpan.FromBounds(sentencesA[firstA].Span.Start, sentencesA[lastA].Span.End),
            B = TextSpan.FromBounds(sentencesB[firstB].Span.Start, sentencesB[lastB].Span.End),
            WordsA = new TokenRange(sentencesA[firstA].Words.Start, sentencesA[lastA].Words.End),
            WordsB = new TokenRange(sentencesB[firstB].Words.Start, sentencesB[lastB].Words.End),
            SentencesA = new TokenRange(firstA, lastA + 1),
            SentencesB = new TokenRange(firstB, lastB + 1),
            Pairs = pairs,
            Similarity = SentenceVector.Cosine(sideA, sideB),
        };
    }

    /// <summary>Where two passages overlap on either side, the one with the more similar sides (then the longer) stays.</summary>
    private static List<RewrittenPassage> WithoutOverlaps(List<RewrittenPassage> passages)
    {
        passages.Sort(static (x, y) => y.Similarity != x.Similarity
            ? y.Similarity.CompareTo(x.Similarity)
            : (y.WordsA.Length + y.WordsB.Length).CompareTo(x.WordsA.Length + x.WordsB.Length));
        var kept = new List<RewrittenPassage>(passages.Count);
        foreach (var p in passages)
        {
            var overlaps = false;
            foreach (var k in kept)
                if (p.SentencesA.Overlap(k.SentencesA) > 0 || p.SentencesB.Overlap(k.SentencesB) > 0)
                {
                    overlaps = true;
                    break;
                }
            if (!overlaps) kept.Add(p);
        }
        return kept;
    }

    /// <summary>The share of a side's words in sentences that a kept passage matched.</summary>
    private static double MatchedShare(List<RewrittenPassage> passages, IReadOnlyList<Sentence> sentences, int words, bool sideA)
    {
        if (words == 0) return 0;
        var matched = new bool[sentences.Count];
        foreach (var p in passages)
            foreach (var pair in p.Pairs) matched[sideA ? pair.A : pair.B] = true;
        var total = 0;
        for (var k = 0; k < sentences.Count; k++)
            if (matched[k]) total += sentences[k].Words.Length;
        return (double)total / words;
    }
}
