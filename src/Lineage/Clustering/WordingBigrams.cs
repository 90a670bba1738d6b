namespace Lineage.Clustering;

/// <summary>
/// Each wording's distinct word bigrams as ranks: bigrams numbered by how few wordings hold them
/// (then by their first word, then by the order the second comes in after it), each wording's
/// listed rarest first, all in one array. Ranks below <see cref="Rare"/> are held by at most <see cref="QuoteVariantSearch.MaxPostings"/> wordings.
/// </summary>
internal sealed class WordingBigrams
{
    private readonly int[] start;
    private readonly int[] ranks;
    private readonly int[] rareCount;

    private readonly int[] anchorStart;
    private readonly int[] anchors;

    private WordingBigrams(int[] start, int[] ranks, int[] rareCount, bool[] repeats, int single, int rare, int[] anchorStart, int[] anchors, bool[] commonRun)
    {
        this.start = start;
        this.ranks = ranks;
        this.rareCount = rareCount;
        this.anchorStart = anchorStart;
        this.anchors = anchors;
        Repeats = repeats;
        Single = single;
        Rare = rare;
        CommonRun = commonRun;
    }

    /// <summary>Whether some run of <see cref="QuoteWordings.SharedRun"/> words of the wording holds only bigrams that are not rare.</summary>
    public bool[] CommonRun { get; }

    /// <summary>
    /// The rare bigrams that are the rarest of some run of <see cref="QuoteWordings.SharedRun"/>
    /// words of the wording, ascending (winnowing, Schleimer, Wilkerson &amp; Aiken 2003): two
    /// wordings sharing such a run both hold its rarest bigram among these, unless every bigram of
    /// the run is common (<see cref="CommonRun"/>). Bigrams no other wording holds are left out:
    /// a run they are the rarest of is shared with none.
    /// </summary>
    public ReadOnlySpan<int> AnchorsOf(int wording) => anchors.AsSpan(anchorStart[wording], anchorStart[wording + 1] - anchorStart[wording]);

    /// <summary>
    /// Ranks of the bigrams held by one wording alone: they come first, and pair nothing, so the
    /// search neither indexes nor probes them (most bigrams of a corpus's quotes are such).
    /// </summary>
    public int Single { get; }

    /// <summary>Ranks of the bigrams held by few enough wordings to pair them.</summary>
    public int Rare { get; }

    /// <summary>Whether a wording holds a bigram more than once.</summary>
    public bool[] Repeats { get; }

    /// <summary>The wording's distinct bigrams, rarest first.</summary>
    public ReadOnlySpan<int> Of(int wording) => ranks.AsSpan(start[wording], start[wording + 1] - start[wording]);

    public int Count(int wording) => start[wording + 1] - start[wording];

    /// <summary>How many of the wording's bigrams rank below <see cref="Rare"/>: they come first.</summary>
    public int RareCount(int wording) => rareCount[wording];

    /// <param name="coded">The wordings, their words numbered from 0 (as a vocabulary numbers them).</param>
    public static WordingBigrams Of(IReadOnlyList<int[]> coded)
    {
        var n = coded.Count;
        var start = new int[n + 1];
        var vocabulary = 0;
        for (var w = 0; w < n; w++)
        {
            start[w + 1] = start[w] + Math.Max(0, coded[w].Length - 1);
            foreach (var word in coded[w]) vocabulary = Math.Max(vocabulary, word + 1);
        }
        var ranks = new int[start[n]];
        // Bigram ids in place order (repeats too) for the runs; the rows' array is free until the
        // rows are packed, and holds the numbering's buckets.
        var positional = new int[start[n]];
        var bigrams = Number(coded, start, vocabulary, positional, ranks);

        // How many wordings hold each bigram, counted once a wording.
        var holderCount = new int[bigrams];
        var lastHolder = new int[bigrams];
        lastHolder.AsSpan().Fill(-1);
        var repeats = new bool[n];
        for (var w = 0; w < n; w++)
            foreach (var id in positional.AsSpan(start[w], start[w + 1] - start[w]))
            {
                if (lastHolder[id] == w)
                {
                    repeats[w] = true;
                    continue;
                }
                lastHolder[id] = w;
                holderCount[id]++;
            }
        // Ranks by holder count, then id (a counting sort): the rare bigrams come first.
        var byCount = new int[n + 2];
        for (var id = 0; id < bigrams; id++) byCount[holderCount[id] + 1]++;
        for (var c = 0; c + 1 < byCount.Length; c++) byCount[c + 1] += byCount[c];
        var single = byCount[Math.Min(n, 1) + 1];
        var rare = byCount[Math.Min(n, QuoteVariantSearch.MaxPostings) + 1];
        // Each count becomes the bigram's rank where it stands.
        var rankOf = holderCount;
        for (var id = 0; id < bigrams; id++) rankOf[id] = byCount[holderCount[id]]++;
        for (var k = 0; k < positional.Length; k++) positional[k] = rankOf[positional[k]];

        // Rows of distinct ranks, sorted, packed without the repeats.
        var packed = new int[n + 1];
        var rareCount = new int[n];
        var to = 0;
        for (var w = 0; w < n; w++)
        {
            packed[w] = to;
            var row = ranks.AsSpan(to, start[w + 1] - start[w]);
            positional.AsSpan(start[w], row.Length).CopyTo(row);
            row.Sort();
            var distinct = 0;
            for (var k = 0; k < row.Length; k++)
                if (distinct == 0 || row[k] != row[distinct - 1]) row[distinct++] = row[k];
            to += distinct;
            var r = 0;
            while (r < distinct && row[r] < rare) r++;
            rareCount[w] = r;
        }
        packed[n] = to;

        // Each run's rarest bigram, the window sliding one bigram at a time. A wording's anchors are
        // no more than its bigrams, so they are written over the place order already read.
        var window = QuoteWordings.SharedRun - 1;
        var anchorStart = new int[n + 1];
        var anchorCount = 0;
        var commonRun = new bool[n];
        var own = new List<int>();
        for (var w = 0; w < n; w++)
        {
            anchorStart[w] = anchorCount;
            var sequence = positional.AsSpan(start[w], start[w + 1] - start[w]);
            if (sequence.Length < window) continue;
            own.Clear();
            for (var from = 0; from + window <= sequence.Length; from++)
            {
                var least = sequence[from];
                foreach (var rank in sequence.Slice(from, window)) least = Math.Min(least, rank);
                if (least >= rare) commonRun[w] = true;
                else if (least >= single) own.Add(least);
            }
            own.Sort();
            for (var k = 0; k < own.Count; k++)
                if (k == 0 || own[k] != own[k - 1]) positional[anchorCount++] = own[k];
        }
        anchorStart[n] = anchorCount;
        var anchors = positional.AsSpan(0, anchorCount).ToArray();
        return new WordingBigrams(packed, ranks, rareCount, repeats, single, rare, anchorStart, anchors, commonRun);
    }

    /// <summary>
    /// Numbers the bigrams by their first word, then in order of first appearance after it, into
    /// <paramref name="positional"/> (place order), and says how many there are: a counting sort of
    /// the places by first word, then a mark by second word, so no table of word pairs is made.
    /// </summary>
    /// <param name="buckets">As many ints as bigram places, to sort them in; overwritten.</param>
    private static int Number(IReadOnlyList<int[]> coded, int[] start, int vocabulary, int[] positional, int[] buckets)
    {
        // Each place holds its second word for now; the places are bucketed by first word.
        var firstStart = new int[vocabulary + 1];
        for (var w = 0; w < coded.Count; w++)
        {
            var words = coded[w];
            for (int k = 0, at = start[w]; k + 1 < words.Length; k++, at++)
            {
                firstStart[words[k] + 1]++;
                positional[at] = words[k + 1];
            }
        }
        for (var v = 0; v < vocabulary; v++) firstStart[v + 1] += firstStart[v];
        // Filled through the starts themselves, each then at its bucket's end: shifted back after.
        for (var w = 0; w < coded.Count; w++)
        {
            var words = coded[w];
            for (int k = 0, at = start[w]; k + 1 < words.Length; k++, at++) buckets[firstStart[words[k]]++] = at;
        }
        for (var v = vocabulary; v > 0; v--) firstStart[v] = firstStart[v - 1];
        firstStart[0] = 0;

        // Within a first word's bucket, a second word met again takes the number it took there.
        var markedBy = new int[vocabulary];
        var numberOf = new int[vocabulary];
        var count = 0;
        for (var first = 0; first < vocabulary; first++)
            for (var b = firstStart[first]; b < firstStart[first + 1]; b++)
            {
                var at = buckets[b];
                var second = positional[at];
                if (markedBy[second] != first + 1)
                {
                    markedBy[second] = first + 1;
                    numberOf[second] = count++;
                }
                positional[at] = numberOf[second];
            }
        return count;
    }
}
