using Lineage.Alignment;
using Lineage.Extraction;
using Lineage.Scanning;
using Lineage.Storage;

namespace Lineage.Indexing;

/// <summary>
/// The scan result of everything a store holds, from its documents and pairs as stored: nothing
/// is read from the original files and nothing is aligned again.
/// </summary>
public static class StoreScan
{
    public static ScanResult Load(IIndexStore store)
    {
        using var session = store.Read();
        var articles = new List<ExtractedDocument>();
        var words = new List<int>();
        var index = new Dictionary<long, int>();
        foreach (var stored in session.AllDocuments())
        {
            index[stored.Key] = articles.Count;
            articles.Add(StoredArticle.ToArticle(stored));
            words.Add(stored.Words);
        }
        var pairs = new List<DocumentPair>();
        foreach (var pair in session.AllPairs()) pairs.Add(new DocumentPair(index[pair.A], index[pair.B], pair.Alignment));
        // As a scan orders them: most shared words first, ties in document order.
        pairs.Sort(static (x, y) =>
        {
            var byWords = y.Alignment.SharedWords.CompareTo(x.Alignment.SharedWords);
            if (byWords != 0) return byWords;
            return x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B);
        });
        return new ScanResult(articles, words, pairs, [], pairs.Count);
    }
}
