using Lineage.Alignment;
using Lineage.Text;

namespace Lineage.Tests.Alignment;

public class SentenceAlignerTests
{
    private static readonly SentenceAlignmentOptions On = new();

    private const string SameTopic =
        "Bangladesh has long struggled with seasonal flooding, which scientists link to changes in the Himalayan glaciers. " +
        "A new study by researchers in Dhaka argues that embankments built decades ago now make matters worse. " +
        "The government plans to spend more on early warning systems over the next decade. " +
        "Critics say the money should go to farmers who lose their land to erosion every year.";

    private static SentenceAlignment Align(string a, string b, SentenceAlignmentOptions options) =>
        SentenceAligner.Align(a, Tokenizer.Tokenize(a), b, Tokenizer.Tokenize(b), options);

    [Fact]
    public void Finds_a_rewritten_story_with_synonyms_spelled_numbers_a_split_and_reordered_sentences()
    {
        var alignment = Align(RewriteFinderTests.Agency, RewriteFinderTests.Rewrite, On);
        var passage = Assert.Single(alignment.Passages);
        Assert.True(alignment.MatchedShareB > 0.95, $"matched share of the rewrite {alignment.MatchedShareB}");
        Assert.Equal(new TokenRange(0, alignment.SentencesB.Count), passage.SentencesB);
        Assert.Equal(new TokenRange(0, 4), passage.SentencesA);
        // The last sentence of A, dropped in the rewrite, is outside the passage.
        Assert.True(passage.A.End < RewriteFinderTests.Agency.IndexOf("Last year", StringComparison.Ordinal));
        // Reordered: A's third sentence matches B's fifth.
        Assert.Contains(passage.Pairs, p => p.A == 2 && p.B == 4);
        Assert.True(passage.Similarity >= On.MinPassageCosine);
    }

    [Fact]
    public void Does_not_match_an_unrelated_text_on_the_same_topic()
    {
        Assert.Empty(Align(RewriteFinderTests.Agency, SameTopic, On).Passages);
        Assert.Empty(Align(RewriteFinderTests.Rewrite, SameTopic, On).Passages);
    }

    [Fact]
    public void Spans_are_inside_both_documents_and_start_and_end_at_their_sentences()
    {
        var alignment = Align(RewriteFinderTests.Agency, RewriteFinderTests.Rewrite, On);
        foreach (var p in alignment.Passages)
        {
            Assert.InRange(p.A.Start, 0, RewriteFinderTests.Agency.Length);
            Assert.InRange(p.A.End, p.A.Start + 1, RewriteFinderTests.Agency.Length);
            Assert.InRange(p.B.Start, 0, RewriteFinderTests.Rewrite.Length);
            Assert.InRange(p.B.End, p.B.Start + 1, RewriteFinderTests.Rewrite.Length);
            Assert.Equal(alignment.SentencesA[p.SentencesA.Start].Span.Start, p.A.Start);
            Assert.Equal(alignment.SentencesB[p.SentencesB.End - 1].Span.End, p.B.End);
            foreach (var pair in p.Pairs)
            {
                Assert.InRange(pair.A, p.SentencesA.Start, p.SentencesA.End - 1);
                Assert.InRange(pair.B, p.SentencesB.Start, p.SentencesB.End - 1);
            }
        }
    }

    [Fact]
    public void Matches_a_sentence_split_in_two_only_with_splits_and_merges_on()
    {
        const string whole = "The minister said on Tuesday that the new bridge over the river would open in the spring and cost the city forty million dollars.";
        const string split = "A new bridge over the river will open in the spring, officials confirmed this week after months of delay. " +
            "Building it will cost the city forty million dollars, according to a statement released by the mayor.";
        var alignment = Align(whole, split, On);
        var passage = Assert.Single(alignment.Passages);
        Assert.All(passage.Pairs, p => Assert.True(p.Joined));
        Assert.Equal(2, passage.Pairs.Count);
        Assert.Empty(Align(whole, split, On with { SplitsAndMerges = false }).Passages);
        // A merge is a split read the other way.
        Assert.Single(Align(split, whole, On).Passages);
    }

    [Fact]
    public void Matches_spelled_out_numbers_only_with_number_words_on()
    {
        const string a = "Police arrested 12 men and 3 women after 40 shops were looted in 2 nights.";
        const string b = "Twelve men and three women were detained after forty stores were looted over two nights.";
        Assert.Single(Align(a, b, On).Passages);
        Assert.Empty(Align(a, b, On with { NumberWords = false }).Passages);
    }

    [Fact]
    public void Matches_respelled_names_only_with_respellings_on()
    {
        const string a = "Gaddafi forces shelled Misrata, Ajdabiya and Benghazi as Mustafa Jalil met envoys.";
        const string b = "Qaddafi forces pounded Misurata, Ajdabiyah and Banghazi while Moustafa Jalil met envoys.";
        Assert.Single(Align(a, b, On).Passages);
        Assert.Empty(Align(a, b, On with { Respellings = false }).Passages);
    }

    [Fact]
    public void Matches_inflected_words_only_with_shared_stems_on()
    {
        const string a = "Investigators questioned the organisers about the collapsed structure and its inspections.";
        const string b = "The organiser was questioned by investigating officers about the collapse of the structures and the inspection.";
        Assert.Single(Align(a, b, On).Passages);
        Assert.Empty(Align(a, b, On with { SharedStems = false }).Passages);
    }

    [Fact]
    public void Finds_nothing_in_an_empty_text()
    {
        var alignment = Align("", RewriteFinderTests.Agency, On);
        Assert.Empty(alignment.Passages);
        Assert.Equal(0, alignment.MatchedShareA);
    }

    [Fact]
    public void Does_not_pair_sentences_that_share_only_stop_words()
    {
        const string a = "It was not what they had been saying before it all began. Bread rose slowly in clay ovens behind the mill.";
        const string b = "It was not what they had been saying before it all began. Comets drift past frozen moons without a sound.";
        var alignment = Align(a, b, On with { MinPassageWords = 1 });
        Assert.Empty(alignment.Passages);
    }

    [Fact]
    public void Does_not_pair_sentences_whose_only_shared_content_is_a_stop_word_in_another_form()
    {
        // "betweenness" shares its stem with the stop word "between": one term, but no evidence of reuse.
        const string a = "It was all between them before it began. Bread rose slowly in clay ovens behind the mill.";
        const string b = "It was all betweenness to them before it began. Comets drift past frozen moons without a sound.";
        Assert.Empty(Align(a, b, On with { MinPassageWords = 1 }).Passages);
    }

    [Fact]
    public void A_verbatim_passage_keeps_its_sentences_from_seeding_anywhere_else()
    {
        const string agencyLead = "Floods in northern Bangladesh killed 9 people on Monday, officials said. ";
        var copy = agencyLead + "Unrelated sentences about a chess tournament in Oslo follow here. " +
            "Officials said on Monday that nine people were killed by floods in northern Bangladesh.";
        var tokensA = Tokenizer.Tokenize(RewriteFinderTests.Agency);
        var tokensB = Tokenizer.Tokenize(copy);
        var leadWords = Tokenizer.Tokenize(agencyLead).Count;
        var verbatim = new Passage
        {
            A = new TextSpan(0, agencyLead.Length - 1),
            B = new TextSpan(0, agencyLead.Length - 1),
            WordsA = new TokenRange(0, leadWords),
            WordsB = new TokenRange(0, leadWords),
            AlignedWords = leadWords,
            Identity = 1,
            Edits = [],
        };
        var options = On with { MinPassageWords = 1 };

        // Alone, the aligner pairs the agency's lead with its copy and with its rewording.
        var free = SentenceAligner.Align(RewriteFinderTests.Agency, tokensA, copy, tokensB, options);
        Assert.Contains(free.Passages, p => p.Pairs.Any(q => q.A == 0 && q.B == 2));

        // The copy says where the lead came from: the rewording is no longer its seed.
        var constrained = SentenceAligner.Align(RewriteFinderTests.Agency, tokensA, copy, tokensB, options, [verbatim]);
        Assert.Contains(constrained.Passages, p => p.Pairs.Any(q => q.A == 0 && q.B == 0));
        Assert.DoesNotContain(constrained.Passages, p => p.Pairs.Any(q => q.A == 0 && q.B == 2));
    }
}
