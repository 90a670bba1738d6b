using Lineage.Candidates;

namespace Lineage.Tests.Candidates;

public class RareTermFinderTests
{
    private static readonly RareTermOptions Options = new(RareTerms: 4, MaxDocuments: 3, MinShared: 3, WindowDays: 30);

    private static uint[] Terms(params uint[] terms) => [.. terms.Distinct().Order()];

    private static CandidatePair[] Find(uint[][] terms, RareTermOptions options, DateOnly?[]? published = null, bool[]? takesPart = null) =>
        RareTermFinder.Find(terms, takesPart ?? [.. terms.Select(_ => true)], published ?? new DateOnly?[terms.Length], options);

    [Fact]
    public void Pairs_a_document_with_one_that_holds_enough_of_its_rarest_terms()
    {
        // 0 and 1 share 10, 11, 12 (each in two documents); 2 shares nothing rare with either.
        uint[][] terms = [Terms(10, 11, 12, 13), Terms(10, 11, 12, 20), Terms(30, 31, 32, 33)];

        var pair = Assert.Single(Find(terms, Options));

        Assert.Equal((0, 1), (pair.A, pair.B));
    }

    [Fact]
    public void Does_not_pair_documents_that_share_only_terms_in_more_than_max_documents()
    {
        // 100, 101, 102 are in all four documents: a story's names, in every report of the event.
        uint[][] terms = [Terms(100, 101, 102, 1), Terms(100, 101, 102, 2), Terms(100, 101, 102, 3), Terms(100, 101, 102, 4)];

        Assert.Empty(Find(terms, Options));
        Assert.Equal(6, Find(terms, Options with { MaxDocuments = 4 }).Length);
    }

    [Fact]
    public void Looks_one_sides_rare_terms_up_in_the_other_not_only_among_its_own_rarest()
    {
        // The rewrite's own rarest terms are words it put in (50 … 55, each also in one unrelated
        // document); the source's rarest (10 … 13) are all in the rewrite.
        uint[][] terms =
        [
            Terms(10, 11, 12, 13),
            Terms(10, 11, 12, 13, 50, 51, 52, 53, 54, 55, 60, 60),
            Terms(50, 51), Terms(52, 53), Terms(54, 55),
            Terms(10, 60), Terms(11, 60),
        ];
        var options = Options with { MaxDocuments = 3 };

        Assert.Contains(Find(terms, options), p => (p.A, p.B) == (0, 1));
    }

    [Fact]
    public void Does_not_pair_documents_dated_further_apart_than_the_window()
    {
        uint[][] terms = [Terms(10, 11, 12, 13), Terms(10, 11, 12, 20)];
        var day = new DateOnly(2016, 9, 17);

        Assert.Empty(Find(terms, Options, [day, day.AddDays(31)]));
        Assert.Single(Find(terms, Options, [day, day.AddDays(30)]));
        Assert.Single(Find(terms, Options, [day, null]));
    }

    [Fact]
    public void Leaves_out_documents_that_take_no_part()
    {
        uint[][] terms = [Terms(10, 11, 12, 13), Terms(10, 11, 12, 20)];

        Assert.Empty(Find(terms, Options, takesPart: [true, false]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Finds_what_a_comparison_of_every_two_documents_finds(int seed)
    {
        var random = new Random(seed);
        var terms = new uint[60][];
        for (var d = 0; d < terms.Length; d++)
            terms[d] = Terms([.. Enumerable.Range(0, random.Next(0, 30)).Select(_ => (uint)(random.Next(150) * 0x9E3779B1u))]);
        var options = new RareTermOptions(RareTerms: 6, MaxDocuments: 8, MinShared: 2, WindowDays: 30);

        var found = Find(terms, options).Select(p => (p.A, p.B)).ToList();

        Assert.Equal(BruteForce(terms, options), found);
    }

    /// <summary>Every two documents: one's rarest terms (by document frequency within 2 … max, ties by term) held by the other, from either side.</summary>
    private static List<(int, int)> BruteForce(uint[][] terms, RareTermOptions options)
    {
        var df = new Dictionary<uint, int>();
        foreach (var list in terms)
            foreach (var t in list) df[t] = df.GetValueOrDefault(t) + 1;
        uint[] Rarest(uint[] list) => [.. list.Where(t => df[t] >= 2 && df[t] <= options.MaxDocuments).OrderBy(t => df[t]).ThenBy(t => t).Take(options.RareTerms)];
        var pairs = new List<(int, int)>();
        for (var a = 0; a < terms.Length; a++)
            for (var b = a + 1; b < terms.Length; b++)
                if (Rarest(terms[a]).Count(terms[b].Contains) >= options.MinShared || Rarest(terms[b]).Count(terms[a].Contains) >= options.MinShared)
                    pairs.Add((a, b));
        return pairs;
    }
}
