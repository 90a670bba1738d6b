using Lineage.Alignment;
using Lineage.Text;

namespace Lineage.Tests.Alignment;

public class PairAlignerTests
{
    private static readonly AlignmentOptions Options = new();

    /// <summary>A long word from a large vocabulary, so unrelated text rarely matches by chance.</summary>
    private static string Word(Random random) => "word" + random.Next(100000).ToString("D5");

    private static List<string> Words(Random random, int count) => Enumerable.Range(0, count).Select(_ => Word(random)).ToList();

    /// <summary>A copy of <paramref name="words"/> with typos, substitutions, insertions and deletions.</summary>
    private static List<string> Noisy(Random random, List<string> words, double rate)
    {
        var copy = new List<string>();
        foreach (var w in words)
        {
            var roll = random.NextDouble();
            if (roll < rate / 4) copy.Add(w.Remove(5, 1));                 // typo: one char dropped
            else if (roll < rate / 2) copy.Add(Word(random));               // substitution
            else if (roll < 3 * rate / 4) { copy.Add(w); copy.Add(Word(random)); } // insertion
            else if (roll < rate) { }                                       // deletion
            else copy.Add(w);
        }
        return copy;
    }

    private static TokenList Tokens(IEnumerable<string> words) => Tokenizer.Tokenize(string.Join(' ', words));

    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(2, 0.05)]
    [InlineData(3, 0.1)]
    [InlineData(4, 0.15)]
    public void Finds_what_the_quadratic_reference_finds_in_a_planted_passage(int seed, double noise)
    {
        var random = new Random(seed);
        var passage = Words(random, 150);
        var a = Tokens(Words(random, 200).Concat(passage).Concat(Words(random, 100)));
        var b = Tokens(Words(random, 80).Concat(Noisy(random, passage, noise)).Concat(Words(random, 250)));

        var fast = PairAligner.Align(a, b, Options);
        var naive = NaiveAligner.Align(a, b);

        var found = Assert.Single(fast.Passages);
        Assert.InRange(found.AlignedWords, (int)(naive.AlignedWords * 0.95), naive.AlignedWords + 2);
        Assert.InRange(found.WordsA.Start, naive.A.Start - 3, naive.A.Start + 3);
        Assert.InRange(found.WordsA.End, naive.A.End - 3, naive.A.End + 3);
        Assert.InRange(found.WordsB.Start, naive.B.Start - 3, naive.B.Start + 3);
        Assert.InRange(found.WordsB.End, naive.B.End - 3, naive.B.End + 3);
    }

    [Fact]
    public void Finds_nothing_between_unrelated_texts()
    {
        var random = new Random(11);
        var alignment = PairAligner.Align(Tokens(Words(random, 500)), Tokens(Words(random, 500)), Options);
        Assert.Empty(alignment.Passages);
        Assert.Equal(0, alignment.CoverageA);
    }

    [Fact]
    public void Finds_paragraphs_a_copy_moved_around_as_separate_passages()
    {
        var random = new Random(5);
        var first = Words(random, 60);
        var second = Words(random, 60);
        var a = Tokens(first.Concat(Words(random, 100)).Concat(second));
        var b = Tokens(second.Concat(Words(random, 100)).Concat(first));
        var alignment = PairAligner.Align(a, b, Options);
        Assert.Equal(2, alignment.Passages.Count);
        Assert.All(alignment.Passages, p => Assert.Equal(60, p.AlignedWords));
    }

    [Fact]
    public void Keeps_one_of_two_blocks_covering_the_same_words_on_both_sides()
    {
        static AlignedBlock Diagonal(int a, int b, int length) =>
            new(Enumerable.Range(0, length).Select(k => new AlignOp(AlignOpKind.Match, a + k, b + k)).ToList());

        var first = Diagonal(100, 0, 129);
        var same = Diagonal(101, 1, 127);
        var elsewhereInB = Diagonal(100, 500, 129);   // A's words reused twice in B: both are passages
        var kept = PairAligner.WithoutOverlaps([same, elsewhereInB, first]);
        Assert.Equal(2, kept.Count);
        Assert.Contains(first, kept);
        Assert.Contains(elsewhereInB, kept);
    }

    [Fact]
    public void Merges_a_passage_interrupted_by_a_short_insertion_into_one()
    {
        var random = new Random(9);
        var body = Words(random, 200);
        var a = Tokens(body);
        var b = Tokens(body.Take(100).Concat(Words(random, 25)).Concat(body.Skip(100)));
        var alignment = PairAligner.Align(a, b, Options);
        var passage = Assert.Single(alignment.Passages);
        Assert.Equal(200, passage.AlignedWords);
        Assert.Contains(passage.Edits, e => e.Kind == EditKind.OnlyInB);
    }

    [Fact]
    public void Marks_a_typo_as_a_typo_and_a_replaced_word_as_a_substitution()
    {
        const string a = "On September 17, two F-16 and two A-10 jets belonged to the US-led coalition bombed positions of the Syrian government forces near the city";
        const string b = "On September 17, two F-16 and two A-10 jets beloged to the US-led coalition bombed positions of the Russian government forces near the city";
        var alignment = PairAligner.Align(Tokenizer.Tokenize(a), Tokenizer.Tokenize(b), Options);
        var passage = Assert.Single(alignment.Passages);
        var typo = Assert.Single(passage.Edits, e => e.Kind == EditKind.Typo);
        Assert.Equal("belonged", a.Substring(typo.A.Start, typo.A.Length));
        Assert.Equal("beloged", b.Substring(typo.B.Start, typo.B.Length));
        var substitution = Assert.Single(passage.Edits, e => e.Kind == EditKind.Substitution);
        Assert.Equal("Syrian", a.Substring(substitution.A.Start, substitution.A.Length));
        Assert.Equal("Russian", b.Substring(substitution.B.Start, substitution.B.Length));
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    public void Keeps_every_passage_and_edit_inside_its_documents(int seed)
    {
        var random = new Random(seed);
        var shared = Words(random, 300);
        var textA = string.Join(' ', Words(random, 50).Concat(shared));
        var textB = string.Join("  \n", Noisy(random, shared, 0.2).Concat(Words(random, 50)));
        var a = Tokenizer.Tokenize(textA);
        var b = Tokenizer.Tokenize(textB);
        var alignment = PairAligner.Align(a, b, Options);
        Assert.NotEmpty(alignment.Passages);
        foreach (var p in alignment.Passages)
        {
            Assert.InRange(p.A.End, p.A.Start + 1, textA.Length);
            Assert.InRange(p.B.End, p.B.Start + 1, textB.Length);
            Assert.Equal(a.SpanOf(p.WordsA.Start, p.WordsA.End - 1), p.A);
            Assert.InRange(p.Identity, 0, 1);
            foreach (var e in p.Edits)
            {
                Assert.True(p.A.Contains(e.A) || (e.A.Length == 0 && e.A.Start >= p.A.Start && e.A.Start <= p.A.End));
                Assert.True(p.B.Contains(e.B) || (e.B.Length == 0 && e.B.Start >= p.B.Start && e.B.Start <= p.B.End));
            }
        }
        Assert.InRange(alignment.CoverageA, 0.5, 1);
        Assert.InRange(alignment.CoverageB, 0.5, 1);
    }
}
