using Lineage.Alignment;
using Lineage.Text;

namespace Lineage.Tests.Alignment;

public class PassageEvidenceTests
{
    private static readonly AlignmentOptions Options = new();
    private static readonly AlignmentOptions RuleOff = new() { MinCarryingWords = 0, MinCarryingShare = 0 };

    // Unrelated sentences on one syntax: every content word replaced, function words kept.
    private const string Prayer =
        "There was a finality in the rhythm of the prayer -- it was the end of a life, and all of them knew that it was so. " +
        "He had been at the window for an hour when the letter came from the village across the river. " +
        "She said that nothing would ever be the same for any of them after the winter of the flood.";

    private const string Politics =
        "There was a room in the politics of the assistance -- it was the end of a floor, and all of them knew that it was so. " +
        "He had been at the harbour for an evening when the engine came from the county across the valley. " +
        "She said that nothing would ever be the same for any of them after the summer of the strike.";

    [Fact]
    public void A_sentence_shape_shared_through_function_words_is_not_a_passage()
    {
        var alignment = PairAligner.Align(Tokenizer.Tokenize(Prayer), Tokenizer.Tokenize(Politics), Options);
        Assert.Empty(alignment.Passages);
    }

    [Fact]
    public void Without_the_rule_the_shape_aligns_as_a_passage()
    {
        var alignment = PairAligner.Align(Tokenizer.Tokenize(Prayer), Tokenizer.Tokenize(Politics), RuleOff);
        Assert.NotEmpty(alignment.Passages);
    }

    [Fact]
    public void A_short_quotation_carried_by_its_content_words_stays()
    {
        const string quote = "the strike was on the edge between gross negligence and direct assistance to Islamic State fighters";
        var a = Tokenizer.Tokenize("Moscow said on Saturday that " + quote + ", a spokesman told reporters in the capital.");
        var b = Tokenizer.Tokenize("In a statement the ministry called it a disaster: " + quote + ". Washington has not answered yet.");
        var passage = Assert.Single(PairAligner.Align(a, b, Options).Passages);
        Assert.True(passage.AlignedWords >= 15);
    }

    [Fact]
    public void A_copy_with_typos_keeps_its_content_words_as_evidence()
    {
        const string text = "Syrian government forces were struck near the airport of Deir Ezzor on Saturday, " +
            "killing dozens of soldiers who had held the hills against Islamic State fighters for months.";
        var typos = text.Replace("government", "govenment").Replace("soldiers", "soldeirs").Replace("fighters", "figthers");
        var passage = Assert.Single(PairAligner.Align(Tokenizer.Tokenize(text), Tokenizer.Tokenize(typos), Options).Passages);
        Assert.True(passage.AlignedWords >= 25);
    }

    [Fact]
    public void Two_shared_notices_around_different_texts_are_two_passages_not_one()
    {
        const string top = "Articles may be republished on non-commercial sites provided the source and a link to the original page are given in full.";
        const string bottom = "This material may not be published broadcast rewritten or redistributed in print or online without the prior written consent of the editors.";
        var a = Tokenizer.Tokenize(top + " The harbour committee approved the dredging contract for the eastern basin after a long debate over costs and tides. " + bottom);
        var b = Tokenizer.Tokenize(top + " Farmers in the valley said the late frost had ruined most of the apricot blossom this spring across three villages. " + bottom);
        var passages = PairAligner.Align(a, b, Options).Passages;
        Assert.Equal(2, passages.Count);
        Assert.All(passages, p => Assert.True(p.AlignedWords <= 25));
    }

    // Two reports of one event name one spokeswoman and one court in the same words; nothing else agrees.
    private const string NameReportA = "Crowds gathered at dawn outside the ruined depot, Michael Kuznetsov, a spokeswoman for the Kuwaiti Supreme Court, said on Monday. Farmers blamed the drought for the price of bread.";
    private const string NameReportB = "The talks collapsed before midnight, Michael Kuznetsov, a spokeswoman for the Kuwaiti Supreme Court, said on Monday about the strike at the harbour.";

    [Fact]
    public void A_short_passage_carried_by_names_is_not_reuse()
    {
        var alignment = PairAligner.Align(Tokenizer.Tokenize(NameReportA), Tokenizer.Tokenize(NameReportB), Options);
        Assert.Empty(alignment.Passages);
    }

    [Fact]
    public void Without_the_name_rule_the_shared_apposition_is_a_passage()
    {
        var alignment = PairAligner.Align(Tokenizer.Tokenize(NameReportA), Tokenizer.Tokenize(NameReportB), Options with { NameCheckedBelowWords = 0 });
        Assert.NotEmpty(alignment.Passages);
    }

    [Fact]
    public void Nouns_capitalised_one_by_one_are_not_names()
    {
        // German capitalises every noun: a short shared sentence is still carried by them.
        const string shared = "Die Regierung hat am Montag neue Maßnahmen gegen die Inflation und die Mieten beschlossen, so ein Sprecher des Ministeriums in Berlin";
        var a = Tokenizer.Tokenize("Im Norden regnete es. " + shared + ". Danach begann das Spiel.");
        var b = Tokenizer.Tokenize("Der Zug war verspätet. " + shared + ", wie Agenturen meldeten.");
        var passage = Assert.Single(PairAligner.Align(a, b, Options).Passages);
        Assert.True(passage.AlignedWords >= 16);
    }

    [Fact]
    public void A_long_copied_list_of_names_stays_reuse()
    {
        const string list = "Maria Lopez, Ahmed Karimi, Peter Novak, Sofia Rossi, Jean Dubois, Anna Kowalska, Li Wei, Omar Haddad, " +
            "Yuki Tanaka, Hans Weber, Elena Petrova, Carlos Mendes, Fatima Zahra and Ivan Horvat";
        var a = Tokenizer.Tokenize("The winners were " + list + ", the jury said.");
        var b = Tokenizer.Tokenize("Prizes went to " + list + ", organisers announced.");
        Assert.Single(PairAligner.Align(a, b, Options).Passages);
    }
}
