using Lineage.Text;

namespace Lineage.Storage;

/// <summary>
/// One write transaction, holding the store's writer lock from the first read to
/// <see cref="Commit"/>: what it read is still true when it writes. Disposed without
/// <see cref="Commit"/>, nothing it wrote is kept.
/// </summary>
public interface IIndexWriteSession : IIndexSession
{
    /// <summary>The key the next added document takes; keys grow with each document added.</summary>
    long NextKey();

    bool NameTaken(string name);

    void AddDocuments(IReadOnlyList<IndexedDocument> documents);

    void AddPairs(IReadOnlyList<StoredPair> pairs);

    /// <summary>Replaces a pair's passages (template learning dropped some).</summary>
    void ReplacePair(StoredPair pair);

    void RemovePair(long a, long b);

    void SetBoilerplate(long key, IReadOnlyList<TextSpan> boilerplate);

    /// <summary>Counts <paramref name="pages"/> more pages of <paramref name="site"/> (case ignored), and each line on as many more pages as <paramref name="lines"/> says.</summary>
    void CountSiteLines(string site, int pages, IReadOnlyDictionary<ulong, int> lines);

    void Commit();
}
