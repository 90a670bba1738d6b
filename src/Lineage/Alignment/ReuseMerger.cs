using Lineage.Text;

namespace Lineage.Alignment;

/// <summary>
/// Joins the verbatim passages (<see cref="PairAligner"/>) and rewritten passages
/// (<see cref="SentenceAligner"/>) of one pair into the passages reported, one per reused stretch.
/// Passages that overlap or lie near each other on both sides are one passage, as PAN systems
/// merge adjacent detections to keep granularity near 1 (Sanchez-Perez et al. 2014; Potthast et
/// al. 2010). Rewritten evidence must stand on its own: the sentence pairs a verbatim passage
/// already holds (even in part) do not count, and what is left must span enough sentences and words
/// (<see cref="ReuseMergeOptions"/>), alone or, in a short text, with the pair's other rewritten
/// passages, else the passage is cut to the verbatim passages it joins. Two passages that
/// overlap on one side only (most of the shorter one) say the text came from two places: the one with more evidence stays.
/// </summary>
public static class ReuseMerger
{
    /// <summary>
    /// Finds the rewritten passages of a pair whose verbatim passages are known (these constrain
    /// the sentence seeds, <see cref="SentenceAligner"/>) and joins both kinds.
    /// </summary>
    public static IReadOnlyList<ReusedPassage> Merge(string textA, TokenList a, string textB, TokenList b, IReadOnlyList<Passage> verbatim,
        SentenceAlignmentOptions rewritten, ReuseMergeOptions options) =>
        Merge(verbatim, SentenceAligner.Align(textA, a, textB, b, rewritten, verbatim), options);

    public static IReadOnlyList<ReusedPassage> Merge(IReadOnlyList<Passage> verbatim, SentenceAlignment rewritten, ReuseMergeOptions options)
    {
        var units = new List<Unit>(verbatim.Count + rewritten.Passages.Count);
        foreach (var p in verbatim) units.Add(Unit.Of(p));
        foreach (var r in rewritten.Passages) units.Add(Unit.Of(r));
        JoinNeighbours(units, options.MergeGapWords);

        // Rewritten evidence too thin to stand alone still joins the verbatim passages it lies
        // between (fragments of one reworded case), but does not stretch the passage past them,
        // and is not reported as rewritten: only evidence that stands is.
        var supported = new List<Unit>(units.Count);
        var pairSupported = PairSupported(units, rewritten, verbatim, options);
        foreach (var u in units)
        {
            if (u.Rewritten.Count == 0 || Supported(u, rewritten, verbatim, options) || (pairSupported && Unexplained(u, rewritten, verbatim).Pairs > 0)) supported.Add(u);
            else if (u.Verbatim.Count > 0) supported.Add(u.WithinVerbatim());
        }

        var kept = WithoutContradictions(supported);
        kept.Sort(static (x, y) => x.WordsA.Start != y.WordsA.Start ? x.WordsA.Start.CompareTo(y.WordsA.Start) : x.WordsB.Start.CompareTo(y.WordsB.Start));
        var passages = new List<ReusedPassage>(kept.Count);
        foreach (var u in kept) passages.Add(u.ToPassage(options.MinVerbatimShare));
        return passages;
    }

    /// <summary>
    /// Whether a unit's rewritten passages hold, outside the sentence pairs its verbatim passages
    /// already found, enough matched sentences and words on each side to report.
    /// </summary>
    private static bool Supported(Unit unit, SentenceAlignment alignment, IReadOnlyList<Passage> verbatim, ReuseMergeOptions options)
    {
        var evidence = Unexplained(unit, alignment, verbatim);
        var sentences = evidence.Sentences;
        var enough = sentences >= options.MinRewrittenSentences
            || (sentences >= options.MinCloseSentences && evidence.Cosine >= options.CloseCosine * evidence.Pairs);
        return enough && evidence.Worded(alignment, options.MinRewrittenWords);
    }

    /// <summary>
    /// Whether the pair's rewritten evidence, counted over all its units, is enough for each unit
    /// to stand though none does alone: at least <see cref="ReuseMergeOptions.MinRewrittenSentences"/>
    /// sentences, and <see cref="ReuseMergeOptions.MinPairSentenceShare"/> of the shorter text's
    /// sentences, drawn from a stretch of each text no longer than the shorter text over that share.
    /// A short text that rewrites a longer one takes its sentences from all over it (a summary
    /// keeps a point from here and one from there), so its matches do not run on the longer side
    /// and each unit holds a sentence or two; what tells such a rewrite from two writers on one
    /// topic is then how much of the short text matches, as it is for the pair's derivation. A long
    /// text needs as large a share, so this adds nothing where runs of matched sentences are the
    /// evidence; and a short text whose sentences each find a partner somewhere in a far longer
    /// one (a long text has a sentence on most things) has not been rewritten from it.
    /// </summary>
    private static bool PairSupported(List<Unit> units, SentenceAlignment alignment, IReadOnlyList<Passage> verbatim, ReuseMergeOptions options)
    {
        var evidence = new Evidence();
        var holding = 0;
        foreach (var u in units)
        {
            if (u.Rewritten.Count == 0) continue;
            holding++;
            Unexplained(u, alignment, verbatim, evidence);
        }
        // One unit is judged alone: its evidence is the pair's, and it asks as many sentences.
        if (holding < 2) return false;
        var shorter = Math.Min(alignment.SentencesA.Count, alignment.SentencesB.Count);
        var needed = Math.Max(options.MinRewrittenSentences, (int)Math.Ceiling(options.MinPairSentenceShare * shorter));
        var shorterWords = Math.Min(Words(alignment.SentencesA), Words(alignment.SentencesB));
        var reach = shorterWords / options.MinPairSentenceShare;
        return evidence.Sentences >= needed && evidence.Worded(alignment, options.MinRewrittenWords)
            && Stretch(evidence.A, alignment.SentencesA) <= reach && Stretch(evidence.B, alignment.SentencesB) <= reach;
    }

    /// <summary>Words of a text's sentences (those outside any sentence, such as a lone heading mark, are few).</summary>
    private static int Words(IReadOnlyList<Sentence> sentences) => sentences.Count == 0 ? 0 : sentences[^1].Words.End - sentences[0].Words.Start;

    /// <summary>Words from the first of these sentences to the end of the last.</summary>
    private static int Stretch(HashSet<int> indexes, IReadOnlyList<Sentence> sentences)
    {
        int first = int.MaxValue, last = -1;
        foreach (var k in indexes)
        {
            first = Math.Min(first, k);
            last = Math.Max(last, k);
        }
        return last < 0 ? 0 : sentences[last].Words.End - sentences[first].Words.Start;
    }

    /// <summary>The sentence pairs of a unit's rewritten passages that no verbatim passage holds.</summary>
    private static Evidence Unexplained(Unit unit, SentenceAlignment alignment, IReadOnlyList<Passage> verbatim, Evidence? into = null)
    {
        var evidence = into ?? new Evidence();
        foreach (var r in unit.Rewritten)
            foreach (var p in r.Pairs)
            {
                if (Explained(alignment.SentencesA[p.A], alignment.SentencesB[p.B], verbatim)) continue;
                evidence.A.Add(p.A);
                evidence.B.Add(p.B);
                evidence.Cosine += p.Cosine;
                evidence.Pairs++;
            }
        return evidence;
    }

    /// <summary>Whether one verbatim passage holds part of both sentences of a pair.</summary>
    internal static bool Explained(Sentence a, Sentence b, IReadOnlyList<Passage> verbatim)
    {
        foreach (var v in verbatim)
            if (a.Words.Overlap(v.WordsA) > 0 && b.Words.Overlap(v.WordsB) > 0) return true;
        return false;
    }

    /// <summary>Rewritten evidence: the sentences matched on each side, the pairs and the sum of their cosines.</summary>
    private sealed class Evidence
    {
        public HashSet<int> A { get; } = [];
        public HashSet<int> B { get; } = [];
        public double Cosine { get; set; }
        public int Pairs { get; set; }

        /// <summary>Sentences matched on the side with fewer.</summary>
        public int Sentences => Math.Min(A.Count, B.Count);

        /// <summary>Whether the matched sentences hold at least this many words on each side.</summary>
        public bool Worded(SentenceAlignment alignment, int words) => Words(A, alignment.SentencesA) >= words && Words(B, alignment.SentencesB) >= words;

        private static int Words(HashSet<int> indexes, IReadOnlyList<Sentence> sentences)
        {
            var total = 0;
            foreach (var k in indexes) total += sentences[k].Words.Length;
            return total;
        }
    }

    /// <summary>Joins units that overlap or lie within <paramref name="gap"/> words of each other on both sides, until none do.</summary>
    private static void JoinNeighbours(List<Unit> units, int gap)
    {
        var joined = true;
        while (joined)
        {
            joined = false;
            for (var i = 0; i < units.Count && !joined; i++)
                for (var j = i + 1; j < units.Count && !joined; j++)
                {
                    if (Distance(units[i].WordsA, units[j].WordsA) > gap || Distance(units[i].WordsB, units[j].WordsB) > gap) continue;
                    units[i].Absorb(units[j]);
                    units.RemoveAt(j);
                    joined = true;
                }
        }
    }

    /// <summary>Words between two ranges; 0 when they touch or overlap.</summary>
    private static int Distance(TokenRange x, TokenRange y) => Math.Max(0, Math.Max(x.Start, y.Start) - Math.Min(x.End, y.End));

    /// <summary>
    /// Keeps, of units that overlap on one side (joined units never overlap on both), the one with
    /// more evidence: aligned words for a verbatim passage, words times similarity for a rewritten one.
    /// </summary>
    private static List<Unit> WithoutContradictions(List<Unit> units)
    {
        units.Sort(static (x, y) => y.Evidence.CompareTo(x.Evidence));
        var kept = new List<Unit>(units.Count);
        foreach (var u in units)
        {
            var contradicts = false;
            foreach (var k in kept)
                if (Contradict(k.WordsA, u.WordsA) || Contradict(k.WordsB, u.WordsB))
                {
                    contradicts = true;
                    break;
                }
            if (!contradicts) kept.Add(u);
        }
        return kept;
    }

    /// <summary>
    /// Whether two ranges of one side claim the same text: they share more than half the shorter
    /// one's words. Passages that touch at a boundary word (a verbatim alignment may give a word
    /// to two neighbours) do not.
    /// </summary>
    private static bool Contradict(TokenRange x, TokenRange y) => 2 * x.Overlap(y) > Math.Min(x.Length, y.Length);

    private sealed class Unit(TextSpan a, TextSpan b, TokenRange wordsA, TokenRange wordsB, double evidence)
    {
        public TextSpan A { get; private set; } = a;
        public TextSpan B { get; private set; } = b;
        public TokenRange WordsA { get; private set; } = wordsA;
        public TokenRange WordsB { get; private set; } = wordsB;
        public double Evidence { get; private set; } = evidence;
        public List<Passage> Verbatim { get; } = [];
        public List<RewrittenPassage> Rewritten { get; } = [];

        public static Unit Of(Passage p) => new(p.A, p.B, p.WordsA, p.WordsB, p.AlignedWords) { Verbatim = { p } };

        public static Unit Of(RewrittenPassage r) =>
            new(r.A, r.B, r.WordsA, r.WordsB, r.Similarity * (r.WordsA.Length + r.WordsB.Length) / 2) { Rewritten = { r } };

        /// <summary>Whether rewritten passages too thin to report joined the verbatim passages of this unit.</summary>
        public bool Bridged { get; private set; }

        /// <summary>This unit cut to the bounds of its verbatim passages on each side, without its rewritten passages.</summary>
        public Unit WithinVerbatim()
        {
            var unit = Of(Verbatim[0]);
            for (var k = 1; k < Verbatim.Count; k++) unit.Absorb(Of(Verbatim[k]));
            unit.Bridged = Rewritten.Count > 0;
            return unit;
        }

        public void Absorb(Unit other)
        {
            A = TextSpan.FromBounds(Math.Min(A.Start, other.A.Start), Math.Max(A.End, other.A.End));
            B = TextSpan.FromBounds(Math.Min(B.Start, other.B.Start), Math.Max(B.End, other.B.End));
            WordsA = new TokenRange(Math.Min(WordsA.Start, other.WordsA.Start), Math.Max(WordsA.End, other.WordsA.End));
            WordsB = new TokenRange(Math.Min(WordsB.Start, other.WordsB.Start), Math.Max(WordsB.End, other.WordsB.End));
            Evidence += other.Evidence;
            Verbatim.AddRange(other.Verbatim);
            Rewritten.AddRange(other.Rewritten);
        }

        public ReusedPassage ToPassage(double minVerbatimShare)
        {
            Verbatim.Sort(static (x, y) => x.WordsA.Start.CompareTo(y.WordsA.Start));
            Rewritten.Sort(static (x, y) => x.WordsA.Start.CompareTo(y.WordsA.Start));
            var verbatim = (Rewritten.Count == 0 && !Bridged)
                || (Covered(Verbatim, sideA: true) >= minVerbatimShare * WordsA.Length && Covered(Verbatim, sideA: false) >= minVerbatimShare * WordsB.Length);
            return new ReusedPassage
            {
                A = A,
                B = B,
                WordsA = WordsA,
                WordsB = WordsB,
                Kind = verbatim ? ReuseKind.Verbatim : ReuseKind.Rewritten,
                Verbatim = [.. Verbatim],
                Rewritten = [.. Rewritten],
            };
        }

        /// <summary>Words of one side inside a verbatim passage (they do not overlap on a side).</summary>
        private static int Covered(List<Passage> passages, bool sideA)
        {
            var total = 0;
            foreach (var p in passages) total += sideA ? p.WordsA.Length : p.WordsB.Length;
            return total;
        }
    }
}
