using Lineage.Clustering;
using Lineage.Extraction;
using Lineage.Text;

namespace Lineage.Alignment;

/// <summary>
/// The terms of two documents' words: each word's folded form is a term, and near-equal words
/// share one (the rules of <see cref="SentenceAlignmentOptions"/>: digits and number words, a
/// shared stem, a respelled name). Built per pair, so a respelling counts only where both
/// documents use a form of it.
/// </summary>
public sealed class PairTerms
{
    /// <summary>The shortest common prefix that makes two words one stem, and the longest ending each may have beyond it.</summary>
    private const int StemPrefix = 5;
    private const int MaxStemEnding = 5;

    /// <summary>Names shorter than this are too short for a bigram Dice to say anything.</summary>
    private const int MinRespelledChars = 5;
    private const double MinRespellingDice = 0.7;

    private PairTerms(int[] termsA, int[] termsB, bool[] stop, bool[] holdsStop, int count)
    {
        HoldsStopWord = holdsStop;
        TermsA = termsA;
        TermsB = termsB;
        IsStopWord = stop;
        Count = count;
    }

    /// <summary>The term of each word of A, by word index.</summary>
    public int[] TermsA { get; }

    /// <summary>The term of each word of B, by word index.</summary>
    public int[] TermsB { get; }

    /// <summary>Whether a term is a stop word of a language read, by term.</summary>
    public bool[] IsStopWord { get; }

    /// <summary>Whether a term's words include a stop word (a number word, or a function word sharing a stem with content words), by term.</summary>
    public bool[] HoldsStopWord { get; }

    public int Count { get; }

    public static PairTerms Build(string textA, TokenList a, IReadOnlyList<Sentence> sentencesA, string textB, TokenList b, IReadOnlyList<Sentence> sentencesB, SentenceAlignmentOptions options)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        var rawA = WordIds(a, ids, words);
        var rawB = WordIds(b, ids, words);
        var names = new bool[words.Count];
        var inA = new bool[words.Count];
        var inB = new bool[words.Count];
        MarkNames(textA, a, sentencesA, rawA, names, inA);
        MarkNames(textB, b, sentencesB, rawB, names, inB);

        var union = new UnionFind(words.Count);
        if (options.NumberWords) JoinNumbers(words, ids, union);
        if (options.SharedStems) JoinStems(words, union);
        if (options.Respellings) JoinRespellings(words, names, inA, inB, union);

        // Dense term ids, one per group of near-equal words; a group is a stop word only if all
        // its words are ("one" joined with "1" is a number).
        var termOf = new int[words.Count];
        Array.Fill(termOf, -1);
        var stops = new List<bool>();
        var anyStop = new List<bool>();
        var stopWords = StopWordLists.AnyLanguage;
        var wordIsStop = new bool[words.Count];
        for (var w = 0; w < words.Count; w++) wordIsStop[w] = stopWords.Contains(TokenHash.Of(words[w]));
        for (var w = 0; w < words.Count; w++)
        {
            var root = union.Find(w);
            if (termOf[root] < 0)
            {
                termOf[root] = stops.Count;
                stops.Add(true);
                anyStop.Add(false);
            }
            if (!wordIsStop[w]) stops[termOf[root]] = false;
            else anyStop[termOf[root]] = true;
        }
        var termsA = new int[rawA.Length];
        var termsB = new int[rawB.Length];
        for (var i = 0; i < rawA.Length; i++) termsA[i] = termOf[union.Find(rawA[i])];
        for (var i = 0; i < rawB.Length; i++) termsB[i] = termOf[union.Find(rawB[i])];
        return new PairTerms(termsA, termsB, [.. stops], [.. anyStop], stops.Count);
    }

    private static int[] WordIds(TokenList tokens, Dictionary<string, int> ids, List<string> words)
    {
        var raw = new int[tokens.Count];
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var folded = tokens.FoldedOf(i);
            if (!lookup.TryGetValue(folded, out var id))
            {
                id = words.Count;
                var word = folded.ToString();
                ids[word] = id;
                words.Add(word);
            }
            raw[i] = id;
        }
        return raw;
    }

    /// <summary>Marks words written with a capital inside a sentence (not only as its first word): names, for the respelling rule.</summary>
    private static void MarkNames(string text, TokenList tokens, IReadOnlyList<Sentence> sentences, int[] raw, bool[] names, bool[] present)
    {
        foreach (var id in raw) present[id] = true;
        foreach (var sentence in sentences)
            for (var i = sentence.Words.Start + 1; i < sentence.Words.End; i++)
                if (char.IsUpper(text[tokens.Starts[i]])) names[raw[i]] = true;
    }

    private static void JoinNumbers(List<string> words, Dictionary<string, int> ids, UnionFind union)
    {
        for (var w = 0; w < words.Count; w++)
            if (NumberWords.DigitsOf(words[w]) is { } digits && ids.TryGetValue(digits, out var digitId)) union.Union(w, digitId);
        // Number words of two languages without the digits in either text ("nine", "neuf") still meet through a shared first one.
        var firstWithDigits = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var w = 0; w < words.Count; w++)
        {
            if (NumberWords.DigitsOf(words[w]) is not { } digits) continue;
            if (firstWithDigits.TryGetValue(digits, out var other)) union.Union(w, other);
            else firstWithDigits[digits] = w;
        }
    }

    /// <summary>
    /// A light stemmer for any alphabetic language: words that agree on at least their first five
    /// chars and differ only in endings of at most five ("government", "governments"; not
    /// "interest", "international") are one term.
    /// </summary>
    private static void JoinStems(List<string> words, UnionFind union)
    {
        var byPrefix = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            if (word.Length < StemPrefix || char.IsDigit(word[0])) continue;
            var key = word[..StemPrefix];
            if (!byPrefix.TryGetValue(key, out var list)) byPrefix[key] = list = [];
            list.Add(w);
        }
        foreach (var list in byPrefix.Values)
            for (var x = 0; x < list.Count; x++)
                for (var y = x + 1; y < list.Count; y++)
                {
                    var p = words[list[x]];
                    var q = words[list[y]];
                    var common = p.AsSpan().CommonPrefixLength(q);
                    if (p.Length - common <= MaxStemEnding && q.Length - common <= MaxStemEnding) union.Union(list[x], list[y]);
                }
    }

    /// <summary>A name in A and a name in B spelled alike (character-bigram Dice at least 0.7) are one term.</summary>
    private static void JoinRespellings(List<string> words, bool[] names, bool[] inA, bool[] inB, UnionFind union)
    {
        var namesA = new List<int>();
        var namesB = new List<int>();
        for (var w = 0; w < words.Count; w++)
        {
            if (!names[w] || words[w].Length < MinRespelledChars) continue;
            if (inA[w] && !inB[w]) namesA.Add(w);
            else if (inB[w] && !inA[w]) namesB.Add(w);
        }
        if (namesA.Count == 0 || namesB.Count == 0) return;
        // B's names indexed by bigram, so each name of A meets only the names it shares a bigram with.
        var sizeB = new int[namesB.Count];
        var postings = new Dictionary<int, List<int>>();
        for (var k = 0; k < namesB.Count; k++)
        {
            var bigrams = Bigrams(words[namesB[k]]);
            sizeB[k] = bigrams.Count;
            foreach (var g in bigrams)
            {
                if (!postings.TryGetValue(g, out var list)) postings[g] = list = [];
                list.Add(k);
            }
        }
        var shared = new int[namesB.Count];
        var touched = new List<int>();
        foreach (var x in namesA)
        {
            var bigrams = Bigrams(words[x]);
            foreach (var g in bigrams)
            {
                if (!postings.TryGetValue(g, out var list)) continue;
                foreach (var k in list)
                    if (shared[k]++ == 0) touched.Add(k);
            }
            foreach (var k in touched)
            {
                if (2.0 * shared[k] / (bigrams.Count + sizeB[k]) >= MinRespellingDice) union.Union(x, namesB[k]);
                shared[k] = 0;
            }
            touched.Clear();
        }
    }

    private static HashSet<int> Bigrams(string word)
    {
        var set = new HashSet<int>();
        for (var i = 0; i + 1 < word.Length; i++) set.Add(word[i] << 16 | word[i + 1]);
        return set;
    }
}
