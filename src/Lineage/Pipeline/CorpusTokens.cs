using Lineage.Candidates;
using Lineage.Extraction;
using Lineage.Fingerprints;
using Lineage.Text;

namespace Lineage.Pipeline;

/// <summary>
/// Each article's fingerprints, and its words while alignment needs them. <see cref="TokenizeStage"/>
/// keeps the words it made, compact (arrays of their exact size), up to
/// <see cref="Scanning.ScanOptions.KeptWords"/>; an article past that budget is tokenized again,
/// once, when its first pair is aligned. <see cref="KeepFor"/> drops the words of every article
/// no pair to align names, and <see cref="Done"/> drops an article's words after its last pair,
/// so memory falls as alignment goes on.
/// </summary>
public sealed class CorpusTokens
{
    private readonly IReadOnlyList<ExtractedDocument> articles;
    private readonly TokenList?[] tokens;
    private int[]? uses;

    internal CorpusTokens(IReadOnlyList<ExtractedDocument> articles, TokenList?[] tokens, DocumentFingerprints[] fingerprints)
    {
        this.articles = articles;
        this.tokens = tokens;
        Fingerprints = fingerprints;
    }

    public DocumentFingerprints[] Fingerprints { get; }

    public int Count => Fingerprints.Length;

    /// <summary>How many articles' words were kept from tokenizing (the rest, if paired, are tokenized again).</summary>
    public int Kept { get; internal set; }

    /// <summary>Each article's word count, as tokenized.</summary>
    public int[] Words()
    {
        var words = new int[Fingerprints.Length];
        for (var i = 0; i < words.Length; i++) words[i] = Fingerprints[i].Words;
        return words;
    }

    /// <summary>
    /// The words of article <paramref name="document"/>: those kept, else made now (and kept
    /// until its last pair). Once <see cref="KeepFor"/> has run, only an article a pair names.
    /// Safe from parallel workers: two making one article's words at once keep the first.
    /// </summary>
    public TokenList this[int document]
    {
        get
        {
            if (Volatile.Read(ref tokens[document]) is { } kept) return kept;
            if (uses is not null && Volatile.Read(ref uses[document]) <= 0)
                throw new InvalidOperationException($"the words of document {document} were asked for after its last pair was aligned.");
            var made = TokenizeStage.Words(articles[document].Content);
            return Interlocked.CompareExchange(ref tokens[document], made, null) ?? made;
        }
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
            if (counts[i] == 0) tokens[i] = null;
        uses = counts;
    }

    /// <summary>One use of the article's words is over; the last drops them.</summary>
    public void Done(int document)
    {
        if (uses is null) return;
        if (Interlocked.Decrement(ref uses[document]) == 0) Volatile.Write(ref tokens[document], null);
    }
}
