namespace Lineage.Storage;

/// <summary>
/// A kind of postings kept in two tables, a large one in key order and a small one of recent
/// postings merged into it now and then (see <see cref="SqlIndexStore.AddPostings"/>), with the
/// meta rows that count each: fingerprint postings (hash → document) and term postings
/// (content term → document).
/// </summary>
internal sealed record PostingTables(string Merged, string Recent, string Key, string MergedCounter, string RecentCounter)
{
    public static readonly PostingTables Fingerprints = new("postings", "recent_postings", "hash", StoreSchema.MergedPostingsKey, StoreSchema.RecentPostingsKey);

    public static readonly PostingTables Terms = new("term_postings", "recent_term_postings", "term", StoreSchema.MergedTermPostingsKey, StoreSchema.RecentTermPostingsKey);

    /// <summary>The meta rows that count both tables' postings, as the schema version that makes the tables starts them.</summary>
    public string[] Counters =>
    [
        $"INSERT INTO {StoreSchema.MetaTable}(key, value) SELECT '{MergedCounter}', CAST(COUNT(*) AS TEXT) FROM {Merged}",
        $"INSERT INTO {StoreSchema.MetaTable}(key, value) VALUES ('{RecentCounter}', '0')",
    ];
}
