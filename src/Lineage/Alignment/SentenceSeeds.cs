namespace Lineage.Alignment;

/// <summary>
/// The seeds of <see cref="SentenceAligner"/>: sentence pairs whose cosine and Dice both reach
/// their thresholds (Sanchez-Perez et al. 2014), and, where a sentence was split or merged, a
/// sentence against two adjacent ones of the other side read as one. Only pairs that share a
/// content term (one that holds no stop word, not even as another form of it, "between" in
/// "betweenness") are compared: a pair sharing stop words alone is no evidence of reuse, and an
/// inverted index over content terms keeps the work near the pairs that matter instead of every
/// sentence against every other.
/// </summary>
public static class SentenceSeeds
{
    public static List<SentencePair> Find(SentenceVector[] vectorsA, SentenceVector[] vectorsB, bool[] holdsStopWord, SentenceAlignmentOptions options)
    {
        var rows = Compared(vectorsA, vectorsB, holdsStopWord);
        var seeds = new List<SentencePair>();
        var seeded = new HashSet<long>();
        for (var i = 0; i < rows.Length; i++)
            foreach (var (j, c) in rows[i])
            {
                if (c < options.MinCosine) continue;
                var d = SentenceVector.Dice(vectorsA[i], vectorsB[j]);
                if (d < options.MinDice) continue;
                seeds.Add(new SentencePair(i, j, c, d, Joined: false));
                seeded.Add(Key(i, j));
            }
        if (!options.SplitsAndMerges) return seeds;

        // One sentence against two adjacent ones of the other side read as one: a split sentence
        // shares too little with either half to pass alone. Only tried where each half already
        // shares something (cosine at least half the threshold), which keeps it to few pairs.
        var floor = options.MinCosine / 2;
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            for (var k = 0; k + 1 < row.Count; k++)
            {
                var (j, c) = row[k];
                if (row[k + 1].B != j + 1 || c < floor || row[k + 1].Cosine < floor) continue;
                if (seeded.Contains(Key(i, j)) && seeded.Contains(Key(i, j + 1))) continue;
                TryJoined(vectorsA[i], SentenceVector.Sum(vectorsB[j], vectorsB[j + 1]), i, j, i, j + 1);
            }
        }
        for (var i = 0; i + 1 < rows.Length; i++)
            foreach (var (j, c) in rows[i])
            {
                if (c < floor || CosineOf(rows[i + 1], j) < floor) continue;
                if (seeded.Contains(Key(i, j)) && seeded.Contains(Key(i + 1, j))) continue;
                TryJoined(SentenceVector.Sum(vectorsA[i], vectorsA[i + 1]), vectorsB[j], i, j, i + 1, j);
            }
        return seeds;

        void TryJoined(SentenceVector x, SentenceVector y, int i1, int j1, int i2, int j2)
        {
            var c = SentenceVector.Cosine(x, y);
            if (c < options.MinCosine) return;
            var d = SentenceVector.Dice(x, y);
            if (d < options.MinDice) return;
            if (seeded.Add(Key(i1, j1))) seeds.Add(new SentencePair(i1, j1, c, d, Joined: true));
            if (seeded.Add(Key(i2, j2))) seeds.Add(new SentencePair(i2, j2, c, d, Joined: true));
        }
    }

    /// <summary>For each sentence of A, the sentences of B that share a content term with it, in B order, with their cosine.</summary>
    private static List<(int B, double Cosine)>[] Compared(SentenceVector[] vectorsA, SentenceVector[] vectorsB, bool[] holdsStopWord)
    {
        var postings = new List<int>?[holdsStopWord.Length];
        for (var j = 0; j < vectorsB.Length; j++)
            foreach (var t in vectorsB[j].Terms)
                if (!holdsStopWord[t]) (postings[t] ??= []).Add(j);

        var rows = new List<(int, double)>[vectorsA.Length];
        var stamp = new int[vectorsB.Length];
        Array.Fill(stamp, -1);
        var candidates = new List<int>();
        for (var i = 0; i < vectorsA.Length; i++)
        {
            candidates.Clear();
            foreach (var t in vectorsA[i].Terms)
            {
                if (holdsStopWord[t] || postings[t] is not { } list) continue;
                foreach (var j in list)
                {
                    if (stamp[j] == i) continue;
                    stamp[j] = i;
                    candidates.Add(j);
                }
            }
            candidates.Sort();
            var row = new List<(int, double)>(candidates.Count);
            foreach (var j in candidates) row.Add((j, SentenceVector.Cosine(vectorsA[i], vectorsB[j])));
            rows[i] = row;
        }
        return rows;
    }

    /// <summary>The cosine held in a row for sentence <paramref name="b"/>, 0 when the two share no content term.</summary>
    private static double CosineOf(List<(int B, double Cosine)> row, int b)
    {
        int low = 0, high = row.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (row[mid].B == b) return row[mid].Cosine;
            if (row[mid].B < b) low = mid + 1;
            else high = mid - 1;
        }
        return 0;
    }

    private static long Key(int a, int b) => (long)a << 32 | (uint)b;
}
