using Lineage.Candidates;
using Lineage.Extraction;
using Lineage.Fingerprints;
using Lineage.Text;

namespace Lineage.Pipeline;

/// <summary>
/// Each article's fingerprints, and its words while alignment needs them, never more than
/// <see cref="Scanning.ScanOptions.KeptWords"/> words at once. <see cref="TokenizeStage"/> keeps
/// the words it made, compact (arrays of their exact size), until the budget is full;
/// <see cref="KeepFor"/> drops the words of every article no pair to align names, and
/// <see cref="Done"/> drops an article's words after its last pair. An article whose words are
/// not held is tokenized again when a pair needs it, and its words are kept for its next pairs
/// when the budget has room again.
/// </summary>
public sealed class CorpusTokens
{
    private readonly IReadOnlyList<ExtractedDocument> articles;
    private readonly TokenList?[] tokens;
    private readonly long budget;
    private long held;
    private int[]? uses;

    internal CorpusTokens(IReadOnlyList<ExtractedDocument> articles, TokenList?[] tokens, DocumentFingerprints[] fingerprints, long budget)
    {
        this.articles = articles;
        this.tokens = tokens;
        this.budget = budget;
        Fingerprints = fingerprints;
        foreach (var t in tokens)
            if (t is not null)
            {
                held += t.Count;
                Kept++;
            }
    }

    public DocumentFingerprints[] Fingerprints { get; }

    /// <summary>Each article's content terms (<see cref="ContentTerms"/>), until the rewrite candidates are found; empty when rewrites are not looked for.</summary>
    public uint[][]? Terms { get; internal set; }

    /// <summary>The terms are let go once read: a large run's memory is fullest when it aligns.</summary>
    public uint[][] TakeTerms()
    {
        var terms = Terms ?? throw new InvalidOperationException("the content terms were taken already.");
        Terms = null;
        return terms;
    }

    /// <summary>
    /// Words of other articles, none held yet, within the same budget: the rewrite stage reads
    /// the articles as the furniture stage left them.
    /// </summary>
    public CorpusTokens Over(IReadOnlyList<ExtractedDocument> final) => new(final, new TokenList?[final.Count], Fingerprints, budget) { Terms = [] };

    public int Count => Fingerprints.Length;

    /// <summary>How many articles' words were kept from tokenizing (the rest, if paired, are tokenized again).</summary>
    public int Kept { get; }

    /// <summary>Words held now.</summary>
    public long Held => Interlocked.Read(ref held);

    /// <summary>Each article's word count, as tokenized.</summary>
    public int[] Words()
    {
        var words = new int[Fingerprints.Length];
        for (var i = 0; i < words.Length; i++) words[i] = Fingerprints[i].Words;
        return words;
    }

    /// <summary>The words of article <paramref name="document"/>, held or made now (see <see cref="WordsOf"/>).</summary>
    public TokenList this[int document] => WordsOf(document, new TokenList(256));

    /// <summary>
    /// The words of article <paramref name="document"/>: those held, else made now into
    /// <paramref name="scratch"/> and, when the budget has room, held (a compact copy) until its
    /// last pair. Once <see cref="KeepFor"/> has run, only an article a pair names. Safe from
    /// parallel workers: two making one article's words at once hold the first.
    /// </summary>
    public TokenList WordsOf(int document, TokenList scratch)
    {
        if (Volatile.Read(ref tokens[document]) is { } kept) return kept;
        if (uses is not null && Volatile.Read(ref uses[document]) <= 0)
            throw new InvalidOperationException($"the words of document {document} were asked for after its last pair was aligned.");
        Tokenizer.Tokenize(articles[document].Content, scratch);
        if (uses is null || Interlocked.Add(ref held, scratch.Count) > budget)
        {
            if (uses is not null) Interlocked.Add(ref held, -scratch.Count);
            return scratch;
        }
        var made = scratch.Compact();
        if (Interlocked.CompareExchange(ref tokens[document], made, null) is { } first)
        {
            Interlocked.Add(ref held, -made.Count);
            return first;
        }
        return made;
    }

    /// <summary>Whether the words of the article are held now.</summary>
    public bool Holds(int document) => Volatile.Read(ref tokens[document]) is not null;

    /// <summary>Counts one use a pair side of the articles these pairs name, and drops the words of the rest.</summary>
    public void KeepFor(IReadOnlyList<CandidatePair> pairs)
    {
        var counts = new int[tokens.Length];
        foreach (var pair in pairs)
        {
            counts[pair.A]++;
            counts[pair.B]++;
        }
        for (var i = 0; i < tokens.Length; i++)
            if (counts[i] == 0 && tokens[i] is { } dropped)
            {
                held -= dropped.Count;
                tokens[i] = null;
            }
        uses = counts;
    }

    /// <summary>One use of the article's words is over; the last drops them.</summary>
    public void Done(int document)
    {
        if (uses is null) return;
        if (Interlocked.Decrement(ref uses[document]) == 0 && Interlocked.Exchange(ref tokens[document], null) is { } dropped)
            Interlocked.Add(ref held, -dropped.Count);
    }
}
