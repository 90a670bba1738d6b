namespace Lineage.Clustering;

/// <summary>
/// Each wording's distinct word bigrams as ranks: bigrams numbered by how few wordings hold them
/// (then by first appearance), each wording's listed rarest first, all in one array. Ranks below
/// <see cref="Rare"/> are held by at most <see cref="QuoteVariantSearch.MaxPostings"/> wordings.
/// </summary>
internal sealed class WordingBigrams
{
    private readonly int[] start;
    private readonly int[] ranks;
    private readonly int[] rareCount;

    private WordingBigrams(int[] start, int[] ranks, int[] rareCount, bool[] repeats, int rare)
    {
        this.start = start;
        this.ranks = ranks;
        this.rareCount = rareCount;
        Repeats = repeats;
        Rare = rare;
    }

    /// <summary>Ranks of the bigrams held by few enough wordings to pair them.</summary>
    public int Rare { get; }

    /// <summary>Whether a wording holds a bigram more than once.</summary>
    public bool[] Repeats { get; }

    /// <summary>The wording's distinct bigrams, rarest first.</summary>
    public ReadOnlySpan<int> Of(int wording) => ranks.AsSpan(start[wording], start[wording + 1] - start[wording]);

    public int Count(int wording) => start[wording + 1] - start[wording];

    /// <summary>How many of the wording's bigrams rank below <see cref="Rare"/>: they come first.</summary>
    public int RareCount(int wording) => rareCount[wording];

    public static WordingBigrams Of(IReadOnlyList<int[]> coded)
    {
        var n = coded.Count;
        var start = new int[n + 1];
        for (var w = 0; w < n; w++) start[w + 1] = start[w] + Math.Max(0, coded[w].Length - 1);
        var ranks = new int[start[n]];
        var ids = new Dictionary<long, int>(BigramKey.Comparer);
        var holderCount = new List<int>();
        var lastHolder = new List<int>();
        var repeats = new bool[n];
        // Bigram ids in order of first appearance; a wording's repeats are dropped, so its row may end early.
        var end = new int[n];
        for (var w = 0; w < n; w++)
        {
            var words = coded[w];
            var at = start[w];
            for (var k = 0; k + 1 < words.Length; k++)
            {
                var key = ((long)words[k] << 32) | (uint)words[k + 1];
                if (!ids.TryGetValue(key, out var id))
                {
                    ids[key] = id = holderCount.Count;
                    holderCount.Add(0);
                    lastHolder.Add(-1);
                }
                if (lastHolder[id] == w)
                {
                    repeats[w] = true;
                    continue;
                }
                lastHolder[id] = w;
                ranks[at++] = id;
                holderCount[id]++;
            }
            end[w] = at;
        }
        // Ranks by holder count, then id (a counting sort): the rare bigrams come first.
        var bigrams = holderCount.Count;
        var byCount = new int[n + 2];
        for (var id = 0; id < bigrams; id++) byCount[holderCount[id] + 1]++;
        for (var c = 0; c + 1 < byCount.Length; c++) byCount[c + 1] += byCount[c];
        var rare = byCount[Math.Min(n, QuoteVariantSearch.MaxPostings) + 1];
        var rankOf = new int[bigrams];
        for (var id = 0; id < bigrams; id++) rankOf[id] = byCount[holderCount[id]]++;
        // Rows packed without the dropped repeats, each sorted by rank.
        var packed = new int[n + 1];
        var rareCount = new int[n];
        var to = 0;
        for (var w = 0; w < n; w++)
        {
            packed[w] = to;
            for (var k = start[w]; k < end[w]; k++) ranks[to++] = rankOf[ranks[k]];
            var row = ranks.AsSpan(packed[w], to - packed[w]);
            row.Sort();
            var r = 0;
            while (r < row.Length && row[r] < rare) r++;
            rareCount[w] = r;
        }
        packed[n] = to;
        return new WordingBigrams(packed, ranks, rareCount, repeats, rare);
    }
}
