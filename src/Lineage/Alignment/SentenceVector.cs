namespace Lineage.Alignment;

/// <summary>
/// A sentence as weighted terms, sorted by term: tf·isf, the tf-idf of Sanchez-Perez et al. 2014
/// with the pair's sentences as the collection, so a word common in these two texts weighs little
/// whatever its language. isf = ln(1 + N / sf) keeps a word found in every sentence above zero:
/// stop words are kept, at low weight, and two one-sentence texts still compare.
/// </summary>
public sealed class SentenceVector
{
    private SentenceVector(int[] terms, double[] weights)
    {
        Terms = terms;
        Weights = weights;
        double sum = 0;
        foreach (var w in weights) sum += w * w;
        Norm = Math.Sqrt(sum);
    }

    public int[] Terms { get; }
    public double[] Weights { get; }
    public double Norm { get; }

    /// <summary>The vectors of every sentence of two documents, weighted by sentence frequency over both.</summary>
    public static (SentenceVector[] A, SentenceVector[] B) Build(PairTerms terms, IReadOnlyList<Sentence> sentencesA, IReadOnlyList<Sentence> sentencesB, double stopWordWeight)
    {
        var sentenceFrequency = new int[terms.Count];
        var lastSeen = new int[terms.Count];
        Array.Fill(lastSeen, -1);
        var serial = 0;
        Count(terms.TermsA, sentencesA);
        Count(terms.TermsB, sentencesB);
        var total = sentencesA.Count + sentencesB.Count;
        var weight = new double[terms.Count];
        for (var t = 0; t < terms.Count; t++)
            weight[t] = sentenceFrequency[t] == 0 ? 0 : Math.Log(1 + (double)total / sentenceFrequency[t]) * (terms.IsStopWord[t] ? stopWordWeight : 1);
        return (Vectors(terms.TermsA, sentencesA, weight), Vectors(terms.TermsB, sentencesB, weight));

        void Count(int[] termOfWord, IReadOnlyList<Sentence> sentences)
        {
            foreach (var s in sentences)
            {
                for (var i = s.Words.Start; i < s.Words.End; i++)
                {
                    var t = termOfWord[i];
                    if (lastSeen[t] == serial) continue;
                    lastSeen[t] = serial;
                    sentenceFrequency[t]++;
                }
                serial++;
            }
        }
    }

    private static SentenceVector[] Vectors(int[] termOfWord, IReadOnlyList<Sentence> sentences, double[] weight)
    {
        var vectors = new SentenceVector[sentences.Count];
        for (var k = 0; k < sentences.Count; k++)
        {
            var words = sentences[k].Words;
            var sorted = termOfWord.AsSpan(words.Start, words.Length).ToArray();
            Array.Sort(sorted);
            var terms = new List<int>(sorted.Length);
            var weights = new List<double>(sorted.Length);
            for (var i = 0; i < sorted.Length; i++)
            {
                if (i > 0 && sorted[i] == sorted[i - 1])
                {
                    weights[^1] += weight[sorted[i]];
                    continue;
                }
                terms.Add(sorted[i]);
                weights.Add(weight[sorted[i]]);
            }
            vectors[k] = new SentenceVector([.. terms], [.. weights]);
        }
        return vectors;
    }

    /// <summary>The sum of two vectors: a sentence and its neighbour read as one, or a passage's sentences.</summary>
    public static SentenceVector Sum(SentenceVector x, SentenceVector y)
    {
        var terms = new List<int>(x.Terms.Length + y.Terms.Length);
        var weights = new List<double>(x.Terms.Length + y.Terms.Length);
        int i = 0, j = 0;
        while (i < x.Terms.Length || j < y.Terms.Length)
        {
            if (j >= y.Terms.Length || (i < x.Terms.Length && x.Terms[i] < y.Terms[j]))
            {
                terms.Add(x.Terms[i]);
                weights.Add(x.Weights[i++]);
            }
            else if (i >= x.Terms.Length || y.Terms[j] < x.Terms[i])
            {
                terms.Add(y.Terms[j]);
                weights.Add(y.Weights[j++]);
            }
            else
            {
                terms.Add(x.Terms[i]);
                weights.Add(x.Weights[i++] + y.Weights[j++]);
            }
        }
        return new SentenceVector([.. terms], [.. weights]);
    }

    public static double Cosine(SentenceVector x, SentenceVector y)
    {
        if (x.Norm == 0 || y.Norm == 0) return 0;
        double dot = 0;
        int i = 0, j = 0;
        while (i < x.Terms.Length && j < y.Terms.Length)
        {
            if (x.Terms[i] < y.Terms[j]) i++;
            else if (x.Terms[i] > y.Terms[j]) j++;
            else dot += x.Weights[i++] * y.Weights[j++];
        }
        return dot / (x.Norm * y.Norm);
    }

    /// <summary>Dice coefficient of the two term sets, weights ignored: how much of both sentences the other has.</summary>
    public static double Dice(SentenceVector x, SentenceVector y)
    {
        if (x.Terms.Length + y.Terms.Length == 0) return 0;
        int i = 0, j = 0, shared = 0;
        while (i < x.Terms.Length && j < y.Terms.Length)
        {
            if (x.Terms[i] < y.Terms[j]) i++;
            else if (x.Terms[i] > y.Terms[j]) j++;
            else
            {
                shared++;
                i++;
                j++;
            }
        }
        return 2.0 * shared / (x.Terms.Length + y.Terms.Length);
    }
}
