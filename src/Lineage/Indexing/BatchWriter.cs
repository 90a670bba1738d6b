using Lineage.Storage;

namespace Lineage.Indexing;

/// <summary>
/// Adds one batch in one write transaction: documents already stored (same text) are skipped,
/// the rest lose their site's furniture, take the next keys and unique names, meet the store and
/// each other (candidates, alignment, templates), and are written with their postings and pairs,
/// or not at all.
/// </summary>
internal static class BatchWriter
{
    public static BatchOutcome Write(IIndexStore store, IReadOnlyList<PreparedDocument> batch, IndexOptions options)
    {
        using var session = store.Write();
        var unique = new List<PreparedDocument>(batch.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = 0;
        foreach (var d in batch)
        {
            if (!seen.Add(ContentHash.Hex(d.Hash)) || session.FindContent(d.Hash) is not null)
            {
                duplicates++;
                continue;
            }
            unique.Add(d);
        }
        if (unique.Count == 0) return new BatchOutcome(0, duplicates, 0);
        var fresh = StoreSiteTemplates.ApplyAndCount(session, unique, options.Scan);

        var first = session.NextKey();
        var keys = new long[fresh.Count];
        var fingerprints = new ulong[fresh.Count][];
        for (var i = 0; i < fresh.Count; i++)
        {
            keys[i] = first + i;
            fingerprints[i] = fresh[i].Fingerprints.Hashes;
        }
        var names = Names(session, fresh);
        var candidates = StoreCandidates.Find(session, fingerprints, keys, options.Scan.Fingerprints);
        var aligned = BatchAligner.Align(session, candidates, fresh, first, options.Scan);
        var pairs = StoreTemplates.Apply(session, fresh, first, aligned, options.Scan);

        var documents = new IndexedDocument[fresh.Count];
        Parallel.For(0, fresh.Count, options.Scan.ParallelOptions, i =>
        {
            var f = fresh[i];
            documents[i] = new IndexedDocument(StoredArticle.FromArticle(f.Article, keys[i], names[i], f.Hash, f.Words, fingerprints[i].Length), fingerprints[i], f.Terms);
        });
        session.AddDocuments(documents);
        session.AddPairs(pairs);
        session.Commit();
        return new BatchOutcome(fresh.Count, duplicates, pairs.Count);
    }

    /// <summary>
    /// A document keeps its scan id unless the store (or the batch) has it already, as the same
    /// file name in two crawls would: then the id takes the start of its content hash.
    /// </summary>
    private static string[] Names(IIndexWriteSession session, List<PreparedDocument> fresh)
    {
        var names = new string[fresh.Count];
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < fresh.Count; i++)
        {
            var id = fresh[i].Article.Document.Id;
            var name = id;
            var hex = ContentHash.Hex(fresh[i].Hash);
            for (var attempt = 0; taken.Contains(name) || session.NameTaken(name); attempt++)
                name = attempt == 0 ? $"{id}~{hex[..8]}" : $"{id}~{hex[..8]}-{attempt + 1}";
            taken.Add(name);
            names[i] = name;
        }
        return names;
    }
}

/// <summary>What one batch did: documents added, documents skipped as already stored, pairs found.</summary>
internal readonly record struct BatchOutcome(int Added, int AlreadyStored, int Pairs);
