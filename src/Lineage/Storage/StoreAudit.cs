using System.Buffers.Binary;
using System.Data.Common;
using System.Globalization;
using Lineage.Text;

namespace Lineage.Storage;

/// <summary>
/// What <c>lineage index check</c> looks at in a SQL store, step by step: the backend's own check,
/// then every value a reader decodes (texts, article maps, boilerplate, passages and their
/// edits), then what ties the tables together (postings and term postings and their documents, pairs and passages,
/// the posting counters, texts stored twice). A page check of the backend alone passes a store
/// whose blobs are garbage, since the b-tree around them is sound; so every blob is decoded as a
/// reader would decode it. A step that meets a damaged page reports it and the next step runs:
/// the user gets the whole list, not the first exception.
/// </summary>
internal sealed class StoreAudit
{
    /// <summary>Problems listed one by one per step; past this they are counted.</summary>
    private const int ListedPerStep = 50;

    private readonly SqlIndexStore store;
    private readonly Func<IReadOnlyList<string>> backendCheck;
    private readonly List<string> problems = [];
    private readonly Dictionary<long, StoredFacts> documents = [];
    private DbTransaction? transaction;
    private bool documentsRead;
    private int listed;
    private int unlisted;

    private StoreAudit(SqlIndexStore store, Func<IReadOnlyList<string>> backendCheck)
    {
        this.store = store;
        this.backendCheck = backendCheck;
    }

    /// <summary>What a later step needs to know of a document read by an earlier one.</summary>
    private readonly record struct StoredFacts(string Name, int Chars, long Fingerprints, long Terms);

    public static IReadOnlyList<string> Run(SqlIndexStore store, Func<IReadOnlyList<string>> backendCheck)
    {
        var audit = new StoreAudit(store, backendCheck);
        try
        {
            // Outside any snapshot: SQLite runs its page check on the connection itself.
            audit.Step("the storage engine's integrity check", audit.CheckBackend, snapshot: false);
            audit.Step("documents", audit.CheckDocuments);
            audit.Step("postings", audit.CheckPostings);
            audit.Step("term postings", audit.CheckTermPostings);
            audit.Step("passages", audit.CheckPassages);
            audit.Step("tables", audit.CheckLinks);
        }
        finally
        {
            audit.EndTransaction();
        }
        return audit.problems;
    }

    /// <summary>
    /// Runs one step in the current read snapshot. A read error (a damaged page) ends the step
    /// with a problem, and the snapshot too: PostgreSQL refuses any further statement in it.
    /// </summary>
    private void Step(string what, Action step, bool snapshot = true)
    {
        listed = 0;
        unlisted = 0;
        try
        {
            if (snapshot) transaction ??= store.BeginReadTransaction();
            step();
        }
        catch (Exception e) when (e is DbException or StoreException or InvalidCastException)
        {
            problems.Add($"{what} could not be read: {e.Message}");
            EndTransaction();
        }
        if (unlisted > 0) problems.Add($"… and {unlisted.ToString("N0", CultureInfo.InvariantCulture)} more problems with {what}");
    }

    private void Report(string problem)
    {
        if (listed++ < ListedPerStep) problems.Add(problem);
        else unlisted++;
    }

    private void EndTransaction()
    {
        if (transaction is null) return;
        try
        {
            transaction.Dispose();
        }
        catch (DbException)
        {
            // The connection broke with the damage it met; there is nothing to roll back in a read.
        }
        transaction = null;
    }

    private DbCommand Command(string sql) => store.Command(transaction, sql);

    private long Count(string sql)
    {
        using var command = Command(sql);
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }

    private void CheckBackend()
    {
        foreach (var problem in backendCheck()) Report(problem);
    }

    private void CheckDocuments()
    {
        using var command = Command("SELECT id, name, content_hash, chars, fingerprints, text, content, boilerplate, terms FROM documents ORDER BY id");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = reader.GetInt64(0);
            var name = reader.GetString(1);
            var chars = reader.GetInt32(3);
            documents[key] = new StoredFacts(name, chars, reader.GetInt64(4), reader.GetInt64(8));
            var text = Decoded(name, "text", () => Text((byte[])reader.GetValue(5), chars));
            if (text is null) continue;
            if (text.Length != chars) Report($"document {name}: its text has {text.Length} chars, its row says {chars}");
            if (!ContentHash.Of(text).AsSpan().SequenceEqual((byte[])reader.GetValue(2)))
                Report($"document {name}: its text does not match its content hash (the text is damaged)");
            var content = (byte[])reader.GetValue(6);
            Decoded(name, "article map", () => ContentMap.Decode(content, text));
            var boilerplate = Decoded(name, "boilerplate", () => SpanCodec.DecodeSpans((byte[])reader.GetValue(7)));
            if (boilerplate is not null && !Inside(boilerplate, text.Length))
                Report($"document {name}: its boilerplate points outside its text");
        }
        documentsRead = true;
    }

    /// <summary>A stored text, refused before decompressing when its length field cannot be right (a UTF-16 char is at most 3 UTF-8 bytes).</summary>
    private static string Text(byte[] stored, int chars)
    {
        if (stored.Length >= 4 && BinaryPrimitives.ReadInt32LittleEndian(stored) is var bytes && (bytes < 0 || bytes > 3L * chars))
            throw new StoreException($"a stored text declares {bytes} bytes for {chars} chars: the store is damaged.");
        return CompressedText.Decompress(stored);
    }

    /// <summary>The value <paramref name="decode"/> gives, or null after reporting why it could not.</summary>
    private T? Decoded<T>(string name, string what, Func<T> decode) where T : class
    {
        try
        {
            return decode();
        }
        catch (Exception e) when (e is StoreException or OverflowException or ArgumentException or IndexOutOfRangeException)
        {
            Report($"document {name}: its {what} does not decode ({e.Message})");
            return null;
        }
    }

    private static bool Inside(IReadOnlyList<TextSpan> spans, int length)
    {
        foreach (var span in spans)
            if (span.Start < 0 || span.Length < 0 || span.End > length) return false;
        return true;
    }

    private void CheckPostings() => CheckPostings(PostingTables.Fingerprints, "postings", static facts => facts.Fingerprints);

    private void CheckTermPostings() => CheckPostings(PostingTables.Terms, "term postings", static facts => facts.Terms);

    /// <summary>
    /// The counters of a kind of postings agree with its two tables, every document holds as many
    /// as its row says, and every posting is of a stored document.
    /// </summary>
    private void CheckPostings(PostingTables tables, string what, Func<StoredFacts, long> expected)
    {
        var posted = new Dictionary<long, long>();
        long merged = 0, recent = 0;
        foreach (var (table, isRecent) in new[] { (tables.Merged, false), (tables.Recent, true) })
        {
            using var command = Command($"SELECT document, COUNT(*) FROM {table} GROUP BY document");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var count = reader.GetInt64(1);
                posted[reader.GetInt64(0)] = posted.GetValueOrDefault(reader.GetInt64(0)) + count;
                if (isRecent) recent += count;
                else merged += count;
            }
        }
        foreach (var (key, actual) in new[] { (tables.MergedCounter, merged), (tables.RecentCounter, recent) })
        {
            using var command = Command($"SELECT value FROM {StoreSchema.MetaTable} WHERE key = '{key}'");
            var recorded = command.ExecuteScalar() as string;
            if (recorded != actual.ToString(CultureInfo.InvariantCulture)) Report($"the store counts {recorded ?? "no"} {key}, there are {actual}");
        }
        // Without the documents (their pages are damaged) every posting would look orphaned.
        if (!documentsRead) return;
        foreach (var (key, facts) in documents)
        {
            var count = posted.GetValueOrDefault(key);
            if (count != expected(facts)) Report($"document {facts.Name} has {count} {what}, expected {expected(facts)}");
        }
        foreach (var (key, count) in posted)
            if (!documents.ContainsKey(key)) Report($"{count} {what} of document {key}, which is not stored");
    }

    private void CheckPassages()
    {
        using var command = Command("SELECT a, b, ordinal, a_start, a_length, b_start, b_length, edits FROM passages ORDER BY a, b, ordinal");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var (a, b) = (reader.GetInt64(0), reader.GetInt64(1));
            if (!documents.TryGetValue(a, out var first) || !documents.TryGetValue(b, out var second)) continue;  // counted by CheckLinks
            var where = $"passage {reader.GetInt32(2)} of {first.Name} and {second.Name}";
            var spanA = new TextSpan(reader.GetInt32(3), reader.GetInt32(4));
            var spanB = new TextSpan(reader.GetInt32(5), reader.GetInt32(6));
            if (!Inside([spanA], first.Chars) || !Inside([spanB], second.Chars)) Report($"{where} points outside their texts");
            try
            {
                SpanCodec.DecodeEdits((byte[])reader.GetValue(7));
            }
            catch (Exception e) when (e is StoreException or OverflowException or ArgumentException)
            {
                Report($"{where}: its edits do not decode ({e.Message})");
            }
        }
    }

    private void CheckLinks()
    {
        foreach (var (sql, what) in new[]
        {
            ("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM metadata m WHERE m.document = d.id)", "documents without metadata"),
            ("SELECT COUNT(*) FROM metadata m WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = m.document)", "metadata rows of a document that is not stored"),
            ("SELECT COUNT(*) FROM (SELECT content_hash FROM documents GROUP BY content_hash HAVING COUNT(*) > 1) AS twice", "texts stored more than once"),
            ("SELECT COUNT(*) FROM pairs p WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = p.a) OR NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = p.b)", "pairs naming a document that is not stored"),
            ("SELECT COUNT(*) FROM pairs p WHERE NOT EXISTS (SELECT 1 FROM passages s WHERE s.a = p.a AND s.b = p.b)", "pairs without passages"),
            ("SELECT COUNT(*) FROM passages s WHERE NOT EXISTS (SELECT 1 FROM pairs p WHERE p.a = s.a AND p.b = s.b)", "passages without their pair"),
            ("SELECT COUNT(*) FROM site_lines l WHERE NOT EXISTS (SELECT 1 FROM sites s WHERE s.id = l.site)", "site lines of a site that is not stored"),
        })
        {
            var count = Count(sql);
            if (count > 0) Report($"{count} {what}");
        }
    }
}
