using Lineage.Alignment;
using Lineage.Text;

namespace Lineage.Tests.Alignment;

public class RewriteFinderTests
{
    internal const string Agency =
        "Floods in northern Bangladesh killed 9 people on Monday, officials said. " +
        "Heavy monsoon rain caused the Teesta river to burst its banks near the town of Rangpur, and thousands of families were moved to shelters. " +
        "The army sent boats and helicopters to carry food and drinking water to stranded villages. " +
        "Forecasters expect more rain in the region until the end of the week.\n\n" +
        "Last year floods in the same districts destroyed crops across hundreds of villages.";

    // Synonyms, "9" spelled out, a split sentence, two sentences swapped, the last one dropped.
    internal const string Rewrite =
        "Officials said on Monday that nine people were killed by floods in northern Bangladesh. " +
        "The Teesta river burst its banks close to Rangpur town after heavy monsoon rain. " +
        "Thousands of families were moved into shelters. " +
        "More rain is expected in the region until the end of the week, forecasters said. " +
        "Boats and helicopters were sent by the army to carry drinking water and food to villages left stranded.";

    // The same event told by another reporter: the same names, places, figures and day, no sentence of the agency's.
    internal const string Independent =
        "Rescue workers in Rangpur were still searching on Tuesday for villagers missing since the Teesta river rose. " +
        "Nine deaths have been confirmed so far, according to the district hospital. " +
        "Farmers in northern Bangladesh say the rice harvest is lost for the second year running. " +
        "The prime minister is due to visit the shelters later this week, her office announced.";

    // Two of the rewrite's sentences, then a story of its own.
    internal const string TwoSentences =
        "Officials said on Monday that nine people were killed by floods in northern Bangladesh. " +
        "The Teesta river burst its banks close to Rangpur town after heavy monsoon rain. " +
        "In the capital, the central bank left its main interest rate unchanged for a third month. " +
        "Exporters had asked for cheaper credit after garment orders from Europe fell sharply. " +
        "The governor said inflation was still too high to allow a cut before the spring.";

    private static RewrittenReuse Find(string a, string b, PairAlignment? verbatim = null, ReuseMergeOptions? merge = null) =>
        RewriteFinder.Find(a, Tokenizer.Tokenize(a), b, Tokenizer.Tokenize(b), verbatim ?? PairAlignment.None, new SentenceAlignmentOptions(), new DerivationOptions(), merge ?? new ReuseMergeOptions());

    [Fact]
    public void Calls_a_reworded_story_a_rewrite_with_its_sentences_matched()
    {
        var reuse = Find(Agency, Rewrite);

        Assert.Equal(DerivationKind.Rewrite, reuse.Derivation.Kind);
        Assert.Equal(PairSide.B, reuse.Derivation.Derived);
        Assert.True(reuse.Derivation.MatchedB > 0.95, $"matched share of the rewrite {reuse.Derivation.MatchedB}");
        Assert.Equal(0, reuse.Derivation.VerbatimB);
        var passage = Assert.Single(reuse.Passages);
        Assert.True(passage.Sentences.Count >= 5);
        Assert.Equal(reuse.SharedWords, passage.Words);
        Assert.Equal(reuse.CoverageB, reuse.Derivation.MatchedB);
    }

    [Fact]
    public void Gives_every_span_inside_its_text_at_word_boundaries()
    {
        var passage = Assert.Single(Find(Agency, Rewrite).Passages);

        foreach (var match in passage.Sentences)
        {
            Assert.InRange(match.A.End, 1, Agency.Length);
            Assert.InRange(match.B.End, 1, Rewrite.Length);
            Assert.True(passage.A.Contains(match.A));
            Assert.True(passage.B.Contains(match.B));
        }
        Assert.StartsWith("Floods in northern", Agency[passage.A.Start..]);
    }

    [Fact]
    public void Marks_the_words_a_sentence_has_and_its_match_lacks()
    {
        var passage = Assert.Single(Find(Agency, Rewrite).Passages);
        string Word(TextSpan span, string text) => text.Substring(span.Start, span.Length);

        var onlyInA = passage.Changed.Where(e => e.Kind == EditKind.OnlyInA).Select(e => Word(e.A, Agency)).ToList();
        var onlyInB = passage.Changed.Where(e => e.Kind == EditKind.OnlyInB).Select(e => Word(e.B, Rewrite)).ToList();

        Assert.Contains("9", onlyInA);
        Assert.Contains("nine", onlyInB);
        Assert.Contains("near", onlyInA);
        Assert.Contains("close", onlyInB);
        Assert.DoesNotContain("Teesta", onlyInA);
        Assert.DoesNotContain("Bangladesh", onlyInB);
    }

    [Fact]
    public void Calls_another_report_of_the_same_event_independent_and_reports_no_passage()
    {
        var reuse = Find(Agency, Independent);

        Assert.Equal(DerivationKind.Independent, reuse.Derivation.Kind);
        Assert.Empty(reuse.Passages);
        Assert.Equal(0, reuse.SharedWords);
    }

    [Fact]
    public void Does_not_report_again_as_rewritten_what_a_verbatim_passage_covers()
    {
        var tokens = Tokenizer.Tokenize(Rewrite);
        var whole = new Passage
        {
            A = new TextSpan(0, Agency.Length), B = new TextSpan(0, Rewrite.Length),
            WordsA = new TokenRange(0, Tokenizer.Tokenize(Agency).Count), WordsB = new TokenRange(0, tokens.Count),
            AlignedWords = tokens.Count, Identity = 0.5, Edits = [],
        };
        var verbatim = PairAlignment.Of([whole], Tokenizer.Tokenize(Agency).Count, tokens.Count);

        var reuse = Find(Agency, Rewrite, verbatim);

        Assert.Empty(reuse.Passages);
        Assert.Equal(DerivationKind.Copy, reuse.Derivation.Kind);
        Assert.Equal(verbatim.SharedWords, reuse.SharedWords);
    }

    [Fact]
    public void Reports_two_matched_sentences_only_when_they_match_closely_as_lineage_pan_does()
    {
        // Two sentences reworded lightly (mean cosine above 0.7) are enough; held to three
        // sentences, the same evidence is not reported: the support rule decides.
        Assert.Single(Find(Agency, TwoSentences).Passages);
        Assert.Empty(Find(Agency, TwoSentences, merge: new ReuseMergeOptions { MinCloseSentences = 3 }).Passages);
        Assert.Empty(Find(Agency, TwoSentences, merge: new ReuseMergeOptions { MinRewrittenWords = 60 }).Passages);
    }

    [Fact]
    public void Finds_the_verbatim_passages_words_again_from_their_char_spans()
    {
        // Word ranges of another tokenizing of the same texts (an article with its furniture
        // still in): only the char spans say where the verbatim passage is.
        var tokens = Tokenizer.Tokenize(Rewrite);
        var whole = new Passage
        {
            A = new TextSpan(0, Agency.Length), B = new TextSpan(0, Rewrite.Length),
            WordsA = new TokenRange(500, 500), WordsB = new TokenRange(500, 500),
            AlignedWords = tokens.Count, Identity = 0.5, Edits = [],
        };
        var verbatim = PairAlignment.None with { Passages = [whole], CoverageA = 1, CoverageB = 1 };

        Assert.Empty(Find(Agency, Rewrite, verbatim).Passages);
    }

    [Fact]
    public void Says_a_pair_verbatim_over_most_of_one_side_needs_no_sentence_alignment()
    {
        Assert.False(RewriteFinder.NeedsSentences(PairAlignment.None with { CoverageA = 0.3, CoverageB = 0.85 }));
        Assert.True(RewriteFinder.NeedsSentences(PairAlignment.None with { CoverageA = 0.3, CoverageB = 0.75 }));
    }
}
