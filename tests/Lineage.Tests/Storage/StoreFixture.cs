using Lineage.Indexing;
using Lineage.Storage;

namespace Lineage.Tests.Storage;

/// <summary>Helpers the store tests share: open, add, trace and read back pairs by document name.</summary>
public static class StoreFixture
{
    public static readonly IndexOptions Options = new();

    public static IIndexStore Open(string location) =>
        IndexStore.Open(location, StoreAccess.CreateIfMissing, Options.Settings, TimeSpan.FromSeconds(30));

    public static AddResult Add(IIndexStore store, params string[] paths) => Indexer.Add(store, paths, Options);

    /// <summary>
    /// Every stored pair as "name|name|sharedWords", names in order, sorted: comparable across
    /// stores whose documents were added in another order.
    /// </summary>
    public static List<string> PairSignatures(IIndexStore store)
    {
        using var session = store.Read();
        var names = session.AllDocuments().ToDictionary(d => d.Key, d => d.Name);
        var signatures = session.AllPairs()
            .Select(p => Signature(names[p.A], names[p.B], p.Alignment.SharedWords))
            .ToList();
        signatures.Sort(StringComparer.Ordinal);
        return signatures;
    }

    public static string Signature(string a, string b, int sharedWords) =>
        string.CompareOrdinal(a, b) < 0 ? $"{a}|{b}|{sharedWords}" : $"{b}|{a}|{sharedWords}";

    public static List<string> Names(IIndexStore store)
    {
        using var session = store.Read();
        var names = session.AllDocuments().Select(d => d.Name).ToList();
        names.Sort(StringComparer.Ordinal);
        return names;
    }
}
