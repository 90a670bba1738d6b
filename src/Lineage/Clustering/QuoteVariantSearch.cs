namespace Lineage.Clustering;

/// <summary>
/// Finds the pairs of wordings that are one quote (<see cref="QuoteWordings"/>) among wordings that
/// share a word bigram held by at most <see cref="MaxPostings"/> wordings, without walking every
/// holder of every bigram: prefix filtering (Chaudhuri, Ganti &amp; Kaushik 2006; Xiao et al.,
/// PPJoin, 2008). Each test of <see cref="QuoteWordings"/> needs a pair to share at least t distinct
/// bigrams; with every wording's bigrams ordered by how few wordings hold them, the rarest bigram
/// two such wordings share lies among the first |B| − t + 1 of each, so only those are indexed and
/// probed. Bigrams held by too many wordings come last in that order: a pair whose rarest shared
/// bigram is one of them shares no other and is no candidate. A shared run of ten words needs only
/// nine of a long quote's bigrams, too few for a short prefix, so runs are found by their rarest
/// bigram instead (<see cref="WordingBigrams.AnchorsOf"/>). Each walk finds every pair its test can
/// join; each pair found is then tested exactly, so the sets are those of comparing every pair
/// that shares a rare bigram. Half the bigrams shared is all the edit test asks, so its walk meets
/// many pairs; the words two quotes can share, bounded by their <see cref="WordingSketch"/>, rule
/// out nearly all of them (an edit breaks two bigrams but only one word) before any list is read.
/// </summary>
internal static class QuoteVariantSearch
{
    public const int MaxPostings = 200;

    /// <summary>Wordings a block of the search takes: enough to share out, few enough that no block holds the rest up.</summary>
    public const int BlockWordings = 2048;

    /// <summary>The wordings that are variants of each other, joined.</summary>
    public static UnionFind Sets(IReadOnlyList<int[]> coded, ParallelOptions? parallel = null, int blockWordings = BlockWordings)
    {
        var n = coded.Count;
        // Wordings in order of length, then of first appearance, and numbered in that order for the
        // search: each pair is looked at from its longer (or later) side only, the walk of an index
        // list stops at the first wording that is not before the probing one, and the numbers
        // themselves say where a wording stands, with nothing looked up to compare them.
        var order = new long[n];
        for (var w = 0; w < n; w++) order[w] = ((long)coded[w].Length << 32) | (uint)w;
        Array.Sort(order);
        var sorted = new int[n][];
        for (var k = 0; k < n; k++) sorted[k] = coded[(int)order[k]];
        var sets = new UnionFind(n);
        foreach (var (i, j) in Pairs(sorted, parallel, blockWordings)) sets.Union((int)order[i], (int)order[j]);
        return sets;
    }

    /// <summary>The pairs of variants among wordings given in order of length, each pair once.</summary>
    private static List<(int, int)> Pairs(int[][] coded, ParallelOptions? parallel, int blockWordings)
    {
        var n = coded.Length;
        var bigrams = WordingBigrams.Of(coded);
        var sketches = new WordingSketch[n];
        for (var w = 0; w < n; w++) sketches[w] = WordingSketch.Of(coded[w], bigrams.Count(w));

        var fewestInRun = new int[n];
        for (var w = 0; w < n; w++)
            fewestInRun[w] = bigrams.Repeats[w] ? FewestDistinctBigrams(coded[w], QuoteWordings.SharedRun) : QuoteWordings.SharedRun - 1;

        // Three tests, three prefixes. A quote shorter than a run must lie wholly in the other: all
        // its bigrams are shared, so its rarest one is enough. Two quotes of a run or more share a
        // run holding at least fewestInRun bigrams of each. Quotes k edits apart keep all but 2k of
        // either's distinct bigrams, and k is at most MaxEdits of the shorter, so of either.
        var whole = Index(bigrams, n, w => coded[w].Length < QuoteWordings.SharedRun ? 1 : 0);
        // A shared run's rarest bigram is an anchor of both, found by the anchors alone; when the run
        // holds only common bigrams, the prefixes find the pair (if it shares a rare bigram at all).
        var anchored = Index(bigrams.Single, bigrams.Rare, n, bigrams.AnchorsOf);
        var runs = Index(bigrams, n, w => bigrams.CommonRun[w] ? RunPrefix(bigrams.Count(w), fewestInRun[w]) : 0);
        var edits = Index(bigrams, n, w => EditPrefix(bigrams.Count(w), coded[w].Length));

        // Where each length starts in that order, so the edit test's walk skips the quotes too short for it.
        var maxLength = n == 0 ? 0 : coded[n - 1].Length;
        var firstOfLength = new int[maxLength + 2];
        for (int length = 0, k = 0; length <= maxLength + 1; length++)
        {
            while (k < n && coded[k].Length < length) k++;
            firstOfLength[length] = k;
        }

        var blocks = (n + blockWordings - 1) / blockWordings;
        var found = new List<(int, int)>?[blocks];
        Parallel.For(0, blocks, parallel ?? new ParallelOptions(), () => new int[n], (block, _, seen) =>
        {
            List<(int, int)>? variants = null;
            for (int i = block * blockWordings, last = Math.Min(n, i + blockWordings); i < last; i++)
            {
                var own = bigrams.Of(i);
                var rare = bigrams.RareCount(i);
                // Bigrams no other wording holds come first; nothing is met on them.
                var first = 0;
                while (first < rare && own[first] < bigrams.Single) first++;
                var mark = i + 1;
                // The first bigram a walk meets a wording on is the rarest the two share (a smaller
                // one would be in both prefixes too, and met before), so what follows it in each
                // bounds what they share: a pair that cannot share enough for the walk's test is
                // passed over (the other tests' walks still meet it).
                // Every rare bigram of i may be the one a shorter quote lies wholly in.
                for (var k = first; k < rare; k++)
                    foreach (var p in whole.Holders(own[k]))
                    {
                        var j = p.Wording;
                        if (j >= i) break;
                        if (seen[j] == mark || own.Length - k < sketches[j].Bigrams) continue;
                        if (Verify(i, j, mark, seen, coded, sketches, bigrams, fewestInRun)) (variants ??= []).Add((i, j));
                    }
                foreach (var anchor in bigrams.AnchorsOf(i))
                    foreach (var p in anchored.Holders(anchor))
                    {
                        var j = p.Wording;
                        if (j >= i) break;
                        if (seen[j] != mark && Verify(i, j, mark, seen, coded, sketches, bigrams, fewestInRun)) (variants ??= []).Add((i, j));
                    }
                if (bigrams.CommonRun[i])
                    for (int k = first, end = Math.Min(rare, RunPrefix(own.Length, fewestInRun[i])); k < end; k++)
                        foreach (var p in runs.Holders(own[k]))
                        {
                            var j = p.Wording;
                            if (j >= i) break;
                            if (seen[j] == mark || Math.Min(own.Length - k, sketches[j].Bigrams - p.Position) < Math.Max(fewestInRun[i], fewestInRun[j])) continue;
                            if (Verify(i, j, mark, seen, coded, sketches, bigrams, fewestInRun)) (variants ??= []).Add((i, j));
                        }
                var shortest = firstOfLength[ShortestForEdits(sketches[i].Length)];
                for (int k = first, end = Math.Min(rare, EditPrefix(own.Length, sketches[i].Length)); k < end; k++)
                {
                    var holders = edits.Holders(own[k]);
                    for (var h = FirstAtOrAfter(holders, shortest); h < holders.Length; h++)
                    {
                        var (j, position) = holders[h];
                        if (j >= i) break;
                        // Edits need lengths no further apart than the shorter one's edits allow: the
                        // walk starts at the shortest that can be.
                        ref readonly var other = ref sketches[j];
                        var allowed = QuoteWordings.MaxEdits(other.Length);
                        if (seen[j] == mark || Math.Min(own.Length - k, other.Bigrams - position) < Math.Max(own.Length, other.Bigrams) - 2 * allowed) continue;
                        if (VerifyEdits(i, j, k, position, allowed, mark, seen, coded, sketches, bigrams)) (variants ??= []).Add((i, j));
                    }
                }
            }
            found[block] = variants;
            return seen;
        }, static _ => { });
        var pairs = new List<(int, int)>();
        foreach (var variants in found)
            if (variants is not null) pairs.AddRange(variants);
        return pairs;
    }

    /// <summary>The first posting whose wording is at or after <paramref name="from"/> in the order of lengths.</summary>
    private static int FirstAtOrAfter(ReadOnlySpan<Posting> postings, int from)
    {
        int low = 0, high = postings.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (postings[middle].Wording < from) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    /// <summary>
    /// The shortest length a quote can have and be within edits of a quote of <paramref name="length"/>
    /// words: the edits allowed are the shorter one's, and a length plus its edits grows with the length.
    /// </summary>
    internal static int ShortestForEdits(int length)
    {
        var shortest = Math.Max(0, length - QuoteWordings.MaxEdits(length));
        while (shortest + QuoteWordings.MaxEdits(shortest) < length) shortest++;
        return shortest;
    }

    /// <summary>Bigrams a quote of at least a run's words must index for the run test: all but those a shared run surely holds, less one.</summary>
    private static int RunPrefix(int distinct, int fewestInRun) => Math.Max(0, distinct - Math.Max(1, fewestInRun) + 1);

    /// <summary>Bigrams a quote must index for the edit test: two an edit it may take, and one.</summary>
    private static int EditPrefix(int distinct, int length) => Math.Min(distinct, 2 * QuoteWordings.MaxEdits(length) + 1);

    /// <summary>
    /// Compares a candidate once: marks it seen, bounds the words the two share by their sketches
    /// and counts the distinct bigrams they share (which rule most pairs out), then compares them
    /// word by word.
    /// </summary>
    private static bool Verify(int i, int j, int mark, int[] seen, int[][] coded, WordingSketch[] sketches, WordingBigrams bigrams, int[] fewestInRun)
    {
        seen[j] = mark;
        int lengthI = sketches[i].Length, lengthJ = sketches[j].Length;
        if (WordingSketch.SharedWordsAtMost(sketches[i], sketches[j]) < QuoteWordings.SharedWordsNeeded(lengthI, lengthJ)) return false;
        if (bigrams.Repeats[i] || bigrams.Repeats[j])
        {
            // A repeated bigram counts once however often the run holds it, so the counts of
            // quotes without one do not apply; the bounds of RepeatedBigramsNeeded do.
            var repeatedNeeded = RepeatedBigramsNeeded(lengthI, lengthJ, sketches[i].Bigrams, sketches[j].Bigrams, Math.Max(fewestInRun[i], fewestInRun[j]));
            return SharedCount(bigrams.Of(i), bigrams.Of(j), repeatedNeeded) >= repeatedNeeded && QuoteWordings.AreVariants<int>(coded[i], coded[j]);
        }
        var needed = BigramsNeeded.For(lengthI, lengthJ);
        var count = SharedCount(bigrams.Of(i), bigrams.Of(j), needed.Fewest);
        // Each test runs only when the pair shares the bigrams it needs.
        bool tryRun = count >= needed.ByRun, tryEdits = needed.EditsPossible && count >= needed.ByEdits;
        return (tryRun || tryEdits) && QuoteWordings.AreVariants<int>(coded[i], coded[j], tryRun, tryEdits);
    }

    /// <summary>
    /// <see cref="Verify"/> for a pair the run walks did not meet, so whose shared run is too short:
    /// only the edit test can pass. It needs the longer quote's words, less one an edit, matched in
    /// the shorter one (bounded by their sketches, which rules out nearly every pair the walk meets),
    /// then all but two an edit of either's distinct bigrams shared, counted from the bigram the
    /// walk met the pair on: the rarest the two share, so none before it is.
    /// </summary>
    private static bool VerifyEdits(int i, int j, int k, int position, int allowed, int mark, int[] seen, int[][] coded, WordingSketch[] sketches, WordingBigrams bigrams)
    {
        seen[j] = mark;
        ref readonly var x = ref sketches[i];
        ref readonly var y = ref sketches[j];
        if (WordingSketch.SharedWordsAtMost(x, y) < Math.Max(x.Length, y.Length) - allowed) return false;
        var least = Math.Max(1, Math.Max(x.Bigrams, y.Bigrams) - 2 * allowed);
        return 1 + SharedCount(bigrams.Of(i)[(k + 1)..], bigrams.Of(j)[(position + 1)..], least - 1) >= least && QuoteWordings.AreVariants<int>(coded[i], coded[j], tryRun: false, tryEdits: true);
    }

    /// <summary>
    /// Distinct bigrams two quotes, one of them with a repeated bigram, must share to be variants.
    /// A shared run of <see cref="QuoteWordings.SharedRun"/> words (or the whole shorter quote) holds at least as
    /// many distinct bigrams as the fewest any such run of either quote holds; k word edits leave at
    /// least the shorter quote's distinct bigrams less two an edit. The smaller bound of the tests
    /// that can pass rules out the rest without comparing them word by word.
    /// </summary>
    internal static int RepeatedBigramsNeeded(int lengthI, int lengthJ, int distinctI, int distinctJ, int fewestInRun)
    {
        var iShorter = lengthI <= lengthJ;
        var shorter = iShorter ? lengthI : lengthJ;
        var shorterDistinct = iShorter ? distinctI : distinctJ;
        var byRun = shorter < QuoteWordings.SharedRun ? shorterDistinct : fewestInRun;
        var edits = QuoteWordings.MaxEdits(shorter);
        if (Math.Abs(lengthI - lengthJ) > edits) return byRun;
        return Math.Min(byRun, Math.Max(0, shorterDistinct - 2 * edits));
    }

    /// <summary>The fewest distinct bigrams in any run of <paramref name="run"/> consecutive words (all of them when the quote is shorter).</summary>
    internal static int FewestDistinctBigrams(int[] words, int run)
    {
        if (words.Length <= run) return DistinctBigrams(words);
        var fewest = int.MaxValue;
        for (var start = 0; start + run <= words.Length; start++)
            fewest = Math.Min(fewest, DistinctBigrams(words.AsSpan(start, run)));
        return fewest;
    }

    /// <summary>Distinct bigrams of a few words: each counted at its first place, by looking back.</summary>
    private static int DistinctBigrams(ReadOnlySpan<int> words)
    {
        var distinct = 0;
        for (var k = 0; k + 1 < words.Length; k++)
        {
            var first = true;
            for (var e = 0; e < k && first; e++)
                first = words[e] != words[k] || words[e + 1] != words[k + 1];
            if (first) distinct++;
        }
        return distinct;
    }

    /// <summary>How many values two ascending lists share; once they cannot share <paramref name="least"/>, some number below it.</summary>
    private static int SharedCount(ReadOnlySpan<int> x, ReadOnlySpan<int> y, int least)
    {
        var count = 0;
        for (int i = 0, j = 0; i < x.Length && j < y.Length;)
        {
            if (count + Math.Min(x.Length - i, y.Length - j) < least) return count;
            if (x[i] < y[j]) i++;
            else if (x[i] > y[j]) j++;
            else
            {
                count++;
                i++;
                j++;
            }
        }
        return count;
    }

    /// <summary>
    /// For each rare bigram, the wordings that index it (those of the first <paramref name="prefix"/>
    /// of their rare bigrams that another wording holds too), in the order given, all in one array.
    /// </summary>
    private static PostingIndex Index(WordingBigrams bigrams, int n, Func<int, int> prefix) =>
        Index(bigrams.Single, bigrams.Rare, n, w => bigrams.Of(w)[..Math.Min(bigrams.RareCount(w), prefix(w))]);

    /// <summary>
    /// For each bigram ranked from <paramref name="single"/> to <paramref name="rare"/>, the wordings
    /// whose keys hold it, in the order of the wordings, all in one array; the keys are ascending,
    /// and those below <paramref name="single"/> are passed over.
    /// </summary>
    private static PostingIndex Index(int single, int rare, int n, Keys keys)
    {
        var start = new int[rare - single + 1];
        for (var w = 0; w < n; w++)
            foreach (var key in keys(w))
                if (key >= single) start[key - single + 1]++;
        for (var r = 0; r < rare - single; r++) start[r + 1] += start[r];
        var holders = new Posting[start[rare - single]];
        // Filled through the starts themselves, each then at its row's end: shifted back after.
        for (var w = 0; w < n; w++)
        {
            var own = keys(w);
            for (var k = 0; k < own.Length; k++)
                if (own[k] >= single) holders[start[own[k] - single]++] = new Posting(w, k);
        }
        for (var r = rare - single; r > 0; r--) start[r] = start[r - 1];
        start[0] = 0;
        return new PostingIndex(single, start, holders);
    }

    /// <summary>The bigrams a wording is indexed under.</summary>
    private delegate ReadOnlySpan<int> Keys(int wording);

    /// <summary>A wording that indexes a bigram, and where the bigram is in its row.</summary>
    private readonly record struct Posting(int Wording, int Position);

    /// <summary>Rows of wordings by bigram rank (from the first held by two wordings), compressed.</summary>
    private sealed class PostingIndex(int single, int[] start, Posting[] holders)
    {
        public ReadOnlySpan<Posting> Holders(int rank) => holders.AsSpan(start[rank - single], start[rank - single + 1] - start[rank - single]);
    }
}
