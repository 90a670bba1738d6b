using Lineage.Candidates;
using Lineage.Fingerprints;
using Lineage.Text;

namespace Lineage.Pipeline;

/// <summary>
/// Each article's words and fingerprints, made once by <see cref="TokenizeStage"/> and kept for
/// alignment while it needs them: <see cref="KeepFor"/> drops the words of every document no
/// candidate names, and <see cref="Done"/> drops a document's words once its last pair is
/// aligned. Words are held compact (arrays of their exact size), so a corpus costs its words
/// once at the peak, between tokenizing and pairing, and less from then on.
/// </summary>
public sealed class CorpusTokens
{
    private readonly TokenList?[] tokens;
    private int[]? uses;

    internal CorpusTokens(TokenList?[] tokens, DocumentFingerprints[] fingerprints)
    {
        this.tokens = tokens;
        Fingerprints = fingerprints;
    }

    public DocumentFingerprints[] Fingerprints { get; }

    public int Count => Fingerprints.Length;

    /// <summary>Each article's word count, as tokenized.</summary>
    public int[] Words()
    {
        var words = new int[Fingerprints.Length];
        for (var i = 0; i < words.Length; i++) words[i] = Fingerprints[i].Words;
        return words;
    }

    /// <summary>The words of document <paramref name="document"/>; it must not have been dropped.</summary>
    public TokenList this[int document] =>
        tokens[document] ?? throw new InvalidOperationException($"the words of document {document} were dropped before its last pair was aligned.");

    /// <summary>Keeps the words of the documents these pairs name, one use a pair side; drops the rest.</summary>
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

    /// <summary>One use of the document's words is over; the last drops them. Safe from parallel workers.</summary>
    public void Done(int document)
    {
        if (uses is null) return;
        if (Interlocked.Decrement(ref uses[document]) == 0) tokens[document] = null;
    }
}
