using Lineage.Alignment;
using Lineage.Text;

namespace Lineage.Tests.Alignment;

/// <summary>
/// Passages laid out on two synthetic documents of 40 sentences of 10 words each, 6 chars a word,
/// so every rule of the merger can be tried alone.
/// </summary>
public class ReuseMergerTests
{
    private const int WordsPerSentence = 10;
    private const int CharsPerWord = 6;
    private static readonly IReadOnlyList<Sentence> Sentences = MakeSentences(40);
    private static readonly ReuseMergeOptions Defaults = new();

    private static List<Sentence> MakeSentences(int count)
    {
        var sentences = new List<Sentence>(count);
        for (var k = 0; k < count; k++)
        {
            var words = new TokenRange(k * WordsPerSentence, (k + 1) * WordsPerSentence);
            sentences.Add(new Sentence(words, Span(words)));
        }
        return sentences;
    }

    private static TextSpan Span(TokenRange words) => TextSpan.FromBounds(words.Start * CharsPerWord, words.End * CharsPerWord - 1);

    /// <summary>A verbatim passage over whole sentences [a, a + count) of A and [b, b + count) of B.</summary>
    private static Passage Verbatim(int a, int b, int count)
    {
        var wordsA = new TokenRange(a * WordsPerSentence, (a + count) * WordsPerSentence);
        var wordsB = new TokenRange(b * WordsPerSentence, (b + count) * WordsPerSentence);
        return new Passage { A = Span(wordsA), B = Span(wordsB), WordsA = wordsA, WordsB = wordsB, AlignedWords = wordsA.Length, Identity = 1, Edits = [] };
    }

    /// <summary>A rewritten passage pairing sentence a + k of A with b + k of B for k below <paramref name="count"/>.</summary>
    private static RewrittenPassage Rewritten(int a, int b, int count, double cosine)
    {
        var pairs = new List<SentencePair>(count);
        for (var k = 0; k < count; k++) pairs.Add(new SentencePair(a + k, b + k, cosine, cosine, Joined: false));
        var wordsA = new TokenRange(a * WordsPerSentence, (a + count) * WordsPerSentence);
        var wordsB = new TokenRange(b * WordsPerSentence, (b + count) * WordsPerSentence);
        return new RewrittenPassage
        {
            A = Span(wordsA), B = Span(wordsB), WordsA = wordsA, WordsB = wordsB,
            SentencesA = new TokenRange(a, a + count), SentencesB = new TokenRange(b, b + count),
            Pairs = pairs, Similarity = cosine,
        };
    }

    private static IReadOnlyList<ReusedPassage> Merge(IReadOnlyList<Passage> verbatim, IReadOnlyList<RewrittenPassage> rewritten, ReuseMergeOptions? options = null) =>
        ReuseMerger.Merge(verbatim, new SentenceAlignment(Sentences, Sentences, rewritten, 0, 0), options ?? Defaults);

    public class Verbatim_passages
    {
        [Fact]
        public void Pass_through_unchanged_when_nothing_is_rewritten()
        {
            var merged = Merge([Verbatim(0, 5, 2), Verbatim(20, 1, 3)], []);
            Assert.Equal(2, merged.Count);
            Assert.All(merged, p => Assert.Equal(ReuseKind.Verbatim, p.Kind));
            Assert.Equal(Verbatim(0, 5, 2).B, merged[0].B);
            Assert.Equal(Verbatim(20, 1, 3).A, merged[1].A);
        }

        [Fact]
        public void Join_a_rewritten_passage_that_overlaps_them_on_both_sides_into_one()
        {
            var merged = Merge([Verbatim(0, 0, 3)], [Rewritten(0, 0, 6, 0.5)]);
            var passage = Assert.Single(merged);
            Assert.Equal(new TokenRange(0, 60), passage.WordsA);
            Assert.Equal(ReuseKind.Rewritten, passage.Kind);
            Assert.Single(passage.Verbatim);
            Assert.Single(passage.Rewritten);
        }

        [Fact]
        public void Are_not_stretched_by_sentence_pairs_they_already_hold()
        {
            // Three of the four pairs lie inside the verbatim passage: one sentence is left as
            // rewritten evidence, too little to carry the passage past the copy.
            var merged = Merge([Verbatim(0, 0, 3)], [Rewritten(0, 0, 4, 0.5)]);
            var passage = Assert.Single(merged);
            Assert.Equal(new TokenRange(0, 30), passage.WordsA);
            Assert.Equal(new TokenRange(0, 30), passage.WordsB);
            Assert.Equal(ReuseKind.Verbatim, passage.Kind);
            Assert.Empty(passage.Rewritten);
        }

        [Fact]
        public void Far_apart_are_joined_by_a_rewritten_passage_between_them_but_not_stretched_past_them()
        {
            // Copied fragments of one reworded stretch; the sentences between them hold too little
            // evidence of their own (one unheld pair), so the passage runs from the first fragment to the last.
            var merged = Merge([Verbatim(0, 0, 1), Verbatim(12, 12, 1)], [Rewritten(0, 0, 13, 0.5) with { Pairs = [new(0, 0, 0.9, 0.9, false), new(6, 6, 0.5, 0.5, false), new(12, 12, 0.9, 0.9, false), new(13, 13, 0.5, 0.5, false)] }]);
            var passage = Assert.Single(merged);
            Assert.Equal(new TokenRange(0, 130), passage.WordsA);
            // Reworded, but its rewritten evidence is too thin to report as a passage of its own.
            Assert.Equal(ReuseKind.Rewritten, passage.Kind);
            Assert.Empty(passage.Rewritten);
        }
    }

    public class Rewritten_passages_alone
    {
        [Fact]
        public void Are_reported_from_three_matched_sentences_on_each_side()
        {
            var passage = Assert.Single(Merge([], [Rewritten(4, 9, 3, 0.4)]));
            Assert.Equal(ReuseKind.Rewritten, passage.Kind);
            Assert.Equal(Rewritten(4, 9, 3, 0.4).B, passage.B);
        }

        [Fact]
        public void Of_two_loosely_matched_sentences_are_not_reported()
        {
            var twentyWords = Defaults with { MinRewrittenWords = 20 };
            Assert.Empty(Merge([], [Rewritten(4, 9, 2, 0.4)], twentyWords));
            Assert.Single(Merge([], [Rewritten(4, 9, 2, 0.4)], twentyWords with { MinRewrittenSentences = 2 }));
        }

        [Fact]
        public void Of_two_closely_matched_sentences_are_reported()
        {
            var twentyWords = Defaults with { MinRewrittenWords = 20 };
            Assert.Single(Merge([], [Rewritten(4, 9, 2, 0.8)], twentyWords));
            Assert.Empty(Merge([], [Rewritten(4, 9, 2, 0.8)], twentyWords with { CloseCosine = 0.9 }));
        }

        [Fact]
        public void Need_enough_words_on_each_side()
        {
            Assert.Single(Merge([], [Rewritten(4, 9, 3, 0.4)]));
            Assert.Empty(Merge([], [Rewritten(4, 9, 3, 0.4)], Defaults with { MinRewrittenWords = 31 }));
        }

        [Fact]
        public void Near_each_other_on_both_sides_are_one_passage()
        {
            // Five sentences (50 words) apart on both sides.
            var parts = new[] { Rewritten(0, 0, 3, 0.5), Rewritten(8, 8, 3, 0.5) };
            var passage = Assert.Single(Merge([], parts));
            Assert.Equal(new TokenRange(0, 110), passage.WordsA);
            Assert.Equal(2, Merge([], parts, Defaults with { MergeGapWords = 40 }).Count);
        }
    }

    /// <summary>
    /// A short text (<paramref name="shortSentences"/> sentences, side B) matched with a long one
    /// (<paramref name="longSentences"/>, side A) one sentence at a time: sentence <c>a[k]</c> of
    /// the long text with sentence <c>3k</c> of the short one, each pair a passage far from the next on A.
    /// </summary>
    private static IReadOnlyList<ReusedPassage> Scattered(int longSentences, int shortSentences, params int[] a)
    {
        var passages = new List<RewrittenPassage>(a.Length);
        for (var k = 0; k < a.Length; k++) passages.Add(Rewritten(a[k], 3 * k, 1, 0.5));
        return ReuseMerger.Merge([], new SentenceAlignment(MakeSentences(longSentences), MakeSentences(shortSentences), passages, 0, 0), Defaults);
    }

    public class Rewritten_passages_of_a_short_text
    {
        [Fact]
        public void Are_reported_when_together_they_match_a_quarter_of_its_sentences_though_none_would_alone()
        {
            // A 9-sentence text rewriting three sentences from all over a 24-sentence one: each
            // passage holds one sentence pair, three of the short text's nine together.
            var merged = Scattered(24, 9, 0, 10, 22);
            Assert.Equal(3, merged.Count);
            Assert.All(merged, p => Assert.Equal(ReuseKind.Rewritten, p.Kind));
        }

        [Fact]
        public void Are_not_reported_when_they_match_less_than_a_quarter_of_its_sentences()
        {
            // Three of sixteen sentences: what two writers on one topic share.
            Assert.Empty(Scattered(24, 16, 0, 10, 22));
        }

        [Fact]
        public void Are_not_reported_when_they_lie_far_apart_in_a_much_longer_text()
        {
            // Three of nine sentences, but found over 51 sentences of the other text: more than four
            // times the short text's 90 words.
            Assert.Empty(Scattered(60, 9, 0, 25, 50));
            Assert.Equal(3, Scattered(60, 9, 0, 15, 30).Count);
        }
    }

    public class Passages_overlapping_on_one_side_only
    {
        [Fact]
        public void Keep_the_verbatim_passage_over_a_weaker_rewritten_one()
        {
            var passage = Assert.Single(Merge([Verbatim(0, 0, 3)], [Rewritten(1, 20, 3, 0.4)]));
            Assert.Equal(ReuseKind.Verbatim, passage.Kind);
            Assert.Equal(new TokenRange(0, 30), passage.WordsB);
        }

        [Fact]
        public void Both_stay_when_they_share_only_a_boundary_word()
        {
            var next = Verbatim(3, 20, 3) with { WordsA = new TokenRange(29, 60), A = Span(new TokenRange(29, 60)) };
            var merged = Merge([Verbatim(0, 0, 3), next], [Rewritten(4, 21, 2, 0.95)]);
            Assert.Equal(2, merged.Count);
            Assert.Equal(new TokenRange(0, 30), merged[0].WordsA);
            Assert.Equal(new TokenRange(29, 60), merged[1].WordsA);
        }

        [Fact]
        public void Keep_a_long_close_rewritten_passage_over_a_short_verbatim_one()
        {
            var passage = Assert.Single(Merge([Verbatim(3, 0, 1)], [Rewritten(2, 20, 8, 0.9)]));
            Assert.Equal(ReuseKind.Rewritten, passage.Kind);
            Assert.Equal(new TokenRange(200, 280), passage.WordsB);
        }
    }

    [Fact]
    public void Every_passage_holds_its_verbatim_passages_and_its_spans_match_its_words()
    {
        var verbatim = new[] { Verbatim(0, 0, 3), Verbatim(20, 30, 2) };
        var rewritten = new[] { Rewritten(0, 0, 6, 0.5), Rewritten(10, 12, 4, 0.6), Rewritten(30, 20, 3, 0.9) };
        foreach (var p in Merge(verbatim, rewritten))
        {
            Assert.NotEmpty(p.Verbatim.Count > 0 ? p.Verbatim : (IEnumerable<object>)p.Rewritten);
            foreach (var v in p.Verbatim)
            {
                Assert.True(p.A.Contains(v.A));
                Assert.True(p.B.Contains(v.B));
            }
            Assert.Equal(Span(p.WordsA), p.A);
            Assert.Equal(Span(p.WordsB), p.B);
        }
    }

    [Fact]
    public void Options_out_of_range_are_refused_with_their_name()
    {
        Assert.Contains("merge gap", Assert.Throws<ArgumentException>(() => (Defaults with { MergeGapWords = -1 }).Validate()).Message);
        Assert.Contains("close cosine", Assert.Throws<ArgumentException>(() => (Defaults with { CloseCosine = 1.5 }).Validate()).Message);
        Assert.Contains("min rewritten sentences", Assert.Throws<ArgumentException>(() => (Defaults with { MinRewrittenSentences = 0 }).Validate()).Message);
        Assert.Contains("min pair sentence share", Assert.Throws<ArgumentException>(() => (Defaults with { MinPairSentenceShare = 0 }).Validate()).Message);
        Defaults.Validate();
    }
}
