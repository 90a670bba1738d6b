namespace Lineage.Storage;

/// <summary>
/// Reads from a store, all from one snapshot. Documents are read by key; postings by
/// fingerprint, never more than a limit per fingerprint, so a stock phrase held by half the store
/// costs no more to look up than a rare one.
/// </summary>
public interface IIndexSession : IDisposable
{
    long DocumentCount { get; }

    /// <summary>The key of the stored document with this text, or null.</summary>
    long? FindContent(byte[] contentHash);

    /// <summary>
    /// For each hash, up to <paramref name="limit"/> stored documents holding it, appended to
    /// <paramref name="hits"/> (a hash with <paramref name="limit"/> hits may have more).
    /// </summary>
    void Probe(ReadOnlySpan<ulong> hashes, int limit, List<PostingHit> hits);

    /// <summary>
    /// For each content term, up to <paramref name="limit"/> stored documents holding it, appended
    /// to <paramref name="hits"/>: how many there are is the term's document frequency in the store
    /// (a term with <paramref name="limit"/> hits may be in more).
    /// </summary>
    void ProbeTerms(ReadOnlySpan<uint> terms, int limit, List<TermHit> hits);

    /// <summary>The documents with these keys, text included, in key order; unknown keys are left out.</summary>
    IReadOnlyList<StoredDocument> Documents(IReadOnlyCollection<long> keys);

    IReadOnlyDictionary<long, DocumentOutline> Outlines(IReadOnlyCollection<long> keys);

    /// <summary>The stored pages of <paramref name="site"/> (case ignored) and on how many of them each of <paramref name="lines"/> occurs.</summary>
    SiteLines SiteLines(string site, IReadOnlyCollection<ulong> lines);

    /// <summary>Every document, in key order.</summary>
    IEnumerable<StoredDocument> AllDocuments();

    /// <summary>Every pair, with its passages.</summary>
    IEnumerable<StoredPair> AllPairs();

    /// <summary>The pairs either of whose documents is one of <paramref name="keys"/>.</summary>
    IReadOnlyList<StoredPair> PairsOf(IReadOnlyCollection<long> keys);
}
