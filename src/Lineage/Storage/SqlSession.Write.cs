using System.Data;
using System.Data.Common;
using System.Globalization;
using Lineage.Text;

namespace Lineage.Storage;

/// <summary>The writes of a session: documents with their metadata and postings, pairs with their passages.</summary>
internal sealed partial class SqlSession
{
    public long NextKey() => Scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM documents");

    public bool NameTaken(string name)
    {
        using var command = Command("SELECT COUNT(*) FROM documents WHERE name = @name");
        SqlIndexStore.AddParameter(command, "@name", name);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    public void AddDocuments(IReadOnlyList<IndexedDocument> documents) => Guarded(() => WriteDocuments(documents));

    private void WriteDocuments(IReadOnlyList<IndexedDocument> documents)
    {
        if (documents.Count == 0) return;
        using var insert = Command(
            "INSERT INTO documents(id, name, path, content_hash, format, encoding, line, url, site, date, title, chars, words, fingerprints, terms, added, text, content, boilerplate) " +
            "VALUES (@id, @name, @path, @hash, @format, @encoding, @line, @url, @site, @date, @title, @chars, @words, @fingerprints, @terms, @added, @text, @content, @boilerplate)");
        var p = new Parameters(insert,
            ("@id", DbType.Int64), ("@name", DbType.String), ("@path", DbType.String), ("@hash", DbType.Binary), ("@format", DbType.String),
            ("@encoding", DbType.String), ("@line", DbType.Int32), ("@url", DbType.String), ("@site", DbType.String), ("@date", DbType.String),
            ("@title", DbType.String), ("@chars", DbType.Int32), ("@words", DbType.Int32), ("@fingerprints", DbType.Int32), ("@terms", DbType.Int32), ("@added", DbType.String),
            ("@text", DbType.Binary), ("@content", DbType.Binary), ("@boilerplate", DbType.Binary));
        using var metadata = Command(
            "INSERT INTO metadata(document, title, site, authors, published, original_source, original_source_date, language, url) " +
            "VALUES (@document, @title, @site, @authors, @published, @source, @sourceDate, @language, @url)");
        var m = new Parameters(metadata,
            ("@document", DbType.Int64), ("@title", DbType.String), ("@site", DbType.String), ("@authors", DbType.String), ("@published", DbType.String),
            ("@source", DbType.String), ("@sourceDate", DbType.String), ("@language", DbType.String), ("@url", DbType.String));
        var texts = new byte[documents.Count][];
        Parallel.For(0, documents.Count, i => texts[i] = CompressedText.Compress(documents[i].Document.Text));
        for (var i = 0; i < documents.Count; i++)
        {
            var d = documents[i].Document;
            p.Set(d.Key, d.Name, d.Path, d.ContentHash, d.Format.ToString().ToLowerInvariant(), d.Encoding, d.Line, d.Url, d.Site, d.Date, d.Title,
                d.Text.Length, d.Words, d.Fingerprints, documents[i].Terms.Length, d.Added.ToString("O", CultureInfo.InvariantCulture),
                texts[i], d.Content, SpanCodec.EncodeSpans(d.Boilerplate));
            insert.ExecuteNonQuery();
            var x = d.Metadata;
            m.Set(d.Key, x.Title, x.Site, x.Authors.Count == 0 ? null : string.Join('\n', x.Authors), x.Published, x.OriginalSource, x.OriginalSourceDate, x.Language, x.Url);
            metadata.ExecuteNonQuery();
        }
        store.AddPostings(this, documents);
    }

    /// <summary>The term postings of documents already stored, and their count on each document's row (the step to schema version 5).</summary>
    internal void AddTermPostings(IReadOnlyList<IndexedDocument> documents) => Guarded(() =>
    {
        if (documents.Count == 0) return;
        store.AddTermPostings(this, documents);
        using var update = Command("UPDATE documents SET terms = @terms WHERE id = @id");
        var p = new Parameters(update, ("@terms", DbType.Int32), ("@id", DbType.Int64));
        foreach (var d in documents)
        {
            p.Set(d.Terms.Length, d.Document.Key);
            update.ExecuteNonQuery();
        }
    });

    public void AddPairs(IReadOnlyList<StoredPair> pairs) => Guarded(() => WritePairs(pairs));

    private void WritePairs(IReadOnlyList<StoredPair> pairs)
    {
        if (pairs.Count == 0) return;
        using var insert = Command("INSERT INTO pairs(a, b, shared_words, coverage_a, coverage_b) VALUES (@a, @b, @words, @ca, @cb)");
        var p = new Parameters(insert, ("@a", DbType.Int64), ("@b", DbType.Int64), ("@words", DbType.Int32), ("@ca", DbType.Double), ("@cb", DbType.Double));
        foreach (var pair in pairs)
        {
            p.Set(pair.A, pair.B, pair.Alignment.SharedWords, pair.Alignment.CoverageA, pair.Alignment.CoverageB);
            insert.ExecuteNonQuery();
        }
        InsertPassages(pairs);
    }

    public void ReplacePair(StoredPair pair) => Guarded(() =>
    {
        DeletePair(pair.A, pair.B);
        WritePairs([pair]);
    });

    public void RemovePair(long a, long b) => Guarded(() => DeletePair(a, b));

    private void DeletePair(long a, long b)
    {
        foreach (var table in new[] { "passages", "pairs" })
        {
            using var delete = Command($"DELETE FROM {table} WHERE a = @a AND b = @b");
            SqlIndexStore.AddParameter(delete, "@a", a, DbType.Int64);
            SqlIndexStore.AddParameter(delete, "@b", b, DbType.Int64);
            delete.ExecuteNonQuery();
        }
    }

    public void SetBoilerplate(long key, IReadOnlyList<TextSpan> boilerplate) => Guarded(() => WriteBoilerplate(key, boilerplate));

    private void WriteBoilerplate(long key, IReadOnlyList<TextSpan> boilerplate)
    {
        using var update = Command("UPDATE documents SET boilerplate = @boilerplate WHERE id = @id");
        SqlIndexStore.AddParameter(update, "@boilerplate", SpanCodec.EncodeSpans(boilerplate), DbType.Binary);
        SqlIndexStore.AddParameter(update, "@id", key, DbType.Int64);
        update.ExecuteNonQuery();
    }

    private void InsertPassages(IReadOnlyList<StoredPair> pairs)
    {
        using var insert = Command(
            "INSERT INTO passages(a, b, ordinal, a_start, a_length, b_start, b_length, words_a_start, words_a_end, words_b_start, words_b_end, aligned_words, identity, edits) " +
            "VALUES (@a, @b, @ordinal, @as, @al, @bs, @bl, @was, @wae, @wbs, @wbe, @words, @identity, @edits)");
        var p = new Parameters(insert,
            ("@a", DbType.Int64), ("@b", DbType.Int64), ("@ordinal", DbType.Int32), ("@as", DbType.Int32), ("@al", DbType.Int32), ("@bs", DbType.Int32),
            ("@bl", DbType.Int32), ("@was", DbType.Int32), ("@wae", DbType.Int32), ("@wbs", DbType.Int32), ("@wbe", DbType.Int32), ("@words", DbType.Int32),
            ("@identity", DbType.Double), ("@edits", DbType.Binary));
        foreach (var pair in pairs)
        {
            var ordinal = 0;
            foreach (var s in pair.Alignment.Passages)
            {
                p.Set(pair.A, pair.B, ordinal++, s.A.Start, s.A.Length, s.B.Start, s.B.Length, s.WordsA.Start, s.WordsA.End, s.WordsB.Start, s.WordsB.End,
                    s.AlignedWords, s.Identity, SpanCodec.EncodeEdits(s.Edits));
                insert.ExecuteNonQuery();
            }
        }
    }

    /// <summary>
    /// Runs a write; a failure of the backend (disk full, a read-only file, a server gone) becomes
    /// a <see cref="StoreException"/> naming the store and what to do. The transaction is rolled
    /// back when the session is disposed, so the store keeps what it held before the batch.
    /// </summary>
    private void Guarded(Action write)
    {
        try
        {
            write();
        }
        catch (DbException e)
        {
            throw store.Explain(e);
        }
    }

    /// <summary>The parameters of a statement run once per row: made and prepared once, their values set per row.</summary>
    private sealed class Parameters
    {
        private readonly DbParameter[] parameters;

        public Parameters(DbCommand command, params (string Name, DbType Type)[] names)
        {
            parameters = new DbParameter[names.Length];
            for (var i = 0; i < names.Length; i++) parameters[i] = SqlIndexStore.AddParameter(command, names[i].Name, null, names[i].Type);
            command.Prepare();
        }

        public void Set(params object?[] values)
        {
            for (var i = 0; i < parameters.Length; i++) parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
