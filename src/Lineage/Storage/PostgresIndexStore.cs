using System.Data;
using System.Data.Common;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Lineage.Storage;

/// <summary>
/// A store in a PostgreSQL database, for a team sharing one index: the same tables as SQLite, in
/// the connection's current schema. Writers take a transaction-scoped advisory lock, so one
/// batch is written at a time whatever the number of clients; readers see committed batches only.
/// Postings go in with binary COPY and are probed in one round trip per thousands of hashes.
/// </summary>
public sealed class PostgresIndexStore : SqlIndexStore
{
    /// <summary>The advisory lock every Lineage writer takes ("Lineage" in ASCII).</summary>
    private const long WriterLock = 0x4C696E65616765;
    private const int HashesPerProbe = 20_000;
    private readonly TimeSpan lockTimeout;

    private PostgresIndexStore(string location, NpgsqlConnection connection, TimeSpan lockTimeout) : base(location, connection)
    {
        this.lockTimeout = lockTimeout;
    }

    public override string Backend => "postgresql";

    private NpgsqlConnection Npgsql => (NpgsqlConnection)Connection;

    public static PostgresIndexStore Open(string location, StoreAccess access, StoreSettings settings, TimeSpan lockTimeout)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(ToConnectionString(location));
        }
        catch (ArgumentException e)
        {
            throw new StoreException($"'{location}' is not a PostgreSQL connection string: {e.Message}", e);
        }
        var shown = Shown(builder);
        var connection = new NpgsqlConnection(builder.ToString());
        var store = new PostgresIndexStore(shown, connection, lockTimeout);
        try
        {
            connection.Open();
            store.Initialize(access, settings);
            return store;
        }
        catch (PostgresException e)
        {
            store.Dispose();
            throw new StoreException($"{shown}: PostgreSQL says: {e.MessageText} ({e.SqlState})", e);
        }
        catch (NpgsqlException e)
        {
            store.Dispose();
            throw new StoreException($"{shown}: cannot reach PostgreSQL: {e.Message}", e);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>A postgres:// URL as an Npgsql connection string; anything else as it is.</summary>
    internal static string ToConnectionString(string location)
    {
        if (!location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return location;
        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri))
            throw new StoreException($"'{location}' is not a valid postgres:// URL.");
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0) builder.Port = uri.Port;
        var database = uri.AbsolutePath.Trim('/');
        if (database.Length > 0) builder.Database = Uri.UnescapeDataString(database);
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':');
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0) builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }
        return builder.ToString();
    }

    private static string Shown(NpgsqlConnectionStringBuilder builder)
    {
        var shown = new NpgsqlConnectionStringBuilder(builder.ToString());
        shown.Remove("Password");
        return shown.ToString();
    }

    protected override IReadOnlyList<string> Migration(int toVersion) => toVersion switch
    {
        1 =>
        [
            $"CREATE TABLE {StoreSchema.MetaTable}(key text PRIMARY KEY, value text NOT NULL)",
            """
            CREATE TABLE documents(
                id bigint PRIMARY KEY, name text NOT NULL UNIQUE, path text NOT NULL, content_hash bytea NOT NULL,
                format text NOT NULL, encoding text NOT NULL, line integer, url text, site text, date text, title text,
                chars integer NOT NULL, words integer NOT NULL, fingerprints integer NOT NULL, added text NOT NULL,
                text bytea NOT NULL, content bytea NOT NULL, boilerplate bytea NOT NULL)
            """,
            "CREATE INDEX documents_content_hash ON documents(content_hash)",
            """
            CREATE TABLE metadata(
                document bigint PRIMARY KEY REFERENCES documents(id), title text, site text, authors text, published text,
                original_source text, original_source_date text, language text, url text)
            """,
            "CREATE TABLE postings(hash bigint NOT NULL, document bigint NOT NULL, PRIMARY KEY(hash, document))",
            """
            CREATE TABLE pairs(
                a bigint NOT NULL, b bigint NOT NULL, shared_words integer NOT NULL, coverage_a double precision NOT NULL,
                coverage_b double precision NOT NULL, PRIMARY KEY(a, b))
            """,
            "CREATE INDEX pairs_b ON pairs(b)",
            """
            CREATE TABLE passages(
                a bigint NOT NULL, b bigint NOT NULL, ordinal integer NOT NULL, a_start integer NOT NULL, a_length integer NOT NULL,
                b_start integer NOT NULL, b_length integer NOT NULL, words_a_start integer NOT NULL, words_a_end integer NOT NULL,
                words_b_start integer NOT NULL, words_b_end integer NOT NULL, aligned_words integer NOT NULL, identity double precision NOT NULL,
                edits bytea NOT NULL, PRIMARY KEY(a, b, ordinal))
            """,
        ],
        2 =>
        [
            "CREATE TABLE sites(id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name text NOT NULL UNIQUE, pages integer NOT NULL)",
            "CREATE TABLE site_lines(site bigint NOT NULL, hash bigint NOT NULL, pages integer NOT NULL, PRIMARY KEY(site, hash))",
        ],
        3 =>
        [
            "CREATE TABLE recent_postings(hash bigint NOT NULL, document bigint NOT NULL, PRIMARY KEY(hash, document))",
            .. SqlIndexStore.PostingCounters,
        ],
        // The hash and tokenizer versions, recorded from now on; every earlier store was made with version 1 of both.
        4 => SqlIndexStore.FormatVersions,
        5 =>
        [
            "CREATE TABLE term_postings(term bigint NOT NULL, document bigint NOT NULL, PRIMARY KEY(term, document))",
            "CREATE TABLE recent_term_postings(term bigint NOT NULL, document bigint NOT NULL, PRIMARY KEY(term, document))",
            "ALTER TABLE documents ADD COLUMN terms integer NOT NULL DEFAULT 0",
            .. PostingTables.Terms.Counters,
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(toVersion)),
    };

    protected override bool HasTable(DbTransaction? transaction, string name)
    {
        using var command = Command(transaction, "SELECT to_regclass(@name) IS NOT NULL");
        AddParameter(command, "@name", name);
        return (bool)command.ExecuteScalar()!;
    }

    protected override int ForeignTables()
    {
        using var command = Command(null, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()");
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    internal override DbTransaction BeginWriteTransaction()
    {
        var transaction = Npgsql.BeginTransaction(IsolationLevel.ReadCommitted);
        try
        {
            using (var timeout = Command(transaction, string.Create(CultureInfo.InvariantCulture, $"SET LOCAL lock_timeout = {(long)lockTimeout.TotalMilliseconds}")))
                timeout.ExecuteNonQuery();
            using var command = Command(transaction, "SELECT pg_advisory_xact_lock(@key)");
            AddParameter(command, "@key", WriterLock, DbType.Int64);
            command.ExecuteNonQuery();
            return transaction;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            transaction.Dispose();
            throw new StoreException(string.Create(CultureInfo.InvariantCulture,
                $"{Location} is being written by another client; waited {lockTimeout.TotalSeconds:0} s for it. Try again when it has finished (or raise --lock-timeout)."), e);
        }
    }

    internal override DbTransaction BeginReadTransaction() => Npgsql.BeginTransaction(IsolationLevel.RepeatableRead);

    internal override void Probe(SqlSession session, ReadOnlySpan<ulong> hashes, int limit, List<PostingHit> hits)
    {
        var keys = new long[hashes.Length];
        for (var i = 0; i < keys.Length; i++) keys[i] = unchecked((long)hashes[i]);
        ProbeKeys(session, "postings", "recent_postings", "hash", keys, limit, (hash, document) => hits.Add(new PostingHit(unchecked((ulong)hash), document)));
    }

    internal override void InsertPostings(SqlSession session, IReadOnlyList<IndexedDocument> documents) =>
        InsertKeys("COPY recent_postings(hash, document) FROM STDIN (FORMAT BINARY)", documents, static d => d.Fingerprints.Length, static (d, i) => unchecked((long)d.Fingerprints[i]));

    internal override void ProbeTerms(SqlSession session, ReadOnlySpan<uint> terms, int limit, List<TermHit> hits)
    {
        var keys = new long[terms.Length];
        for (var i = 0; i < keys.Length; i++) keys[i] = terms[i];
        ProbeKeys(session, "term_postings", "recent_term_postings", "term", keys, limit, (term, document) => hits.Add(new TermHit((uint)term, document)));
    }

    internal override void InsertTermPostings(SqlSession session, IReadOnlyList<IndexedDocument> documents) =>
        InsertKeys("COPY recent_term_postings(term, document) FROM STDIN (FORMAT BINARY)", documents, static d => d.Terms.Length, static (d, i) => d.Terms[i]);

    /// <summary>The documents under each key (at most <paramref name="limit"/> a key) of a postings table and its recent one, many keys a query.</summary>
    private static void ProbeKeys(SqlSession session, string table, string recent, string column, long[] keys, int limit, Action<long, long> hit)
    {
        for (var start = 0; start < keys.Length; start += HashesPerProbe)
        {
            var values = keys[start..Math.Min(keys.Length, start + HashesPerProbe)];
            using var command = (NpgsqlCommand)session.Command(
                $"SELECT k.key, p.document FROM unnest(@keys) AS k(key) " +
                $"CROSS JOIN LATERAL (SELECT document FROM {table} WHERE {table}.{column} = k.key " +
                $"UNION ALL SELECT document FROM {recent} WHERE {recent}.{column} = k.key LIMIT @limit) p");
            command.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = values });
            command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = limit });
            using var reader = command.ExecuteReader();
            while (reader.Read()) hit(reader.GetInt64(0), reader.GetInt64(1));
        }
    }

    /// <summary>Each document's keys (<paramref name="count"/> of them, the <c>i</c>th by <paramref name="key"/>) with its key, copied in binary.</summary>
    private void InsertKeys(string copy, IReadOnlyList<IndexedDocument> documents, Func<IndexedDocument, int> count, Func<IndexedDocument, int, long> key)
    {
        using var importer = Npgsql.BeginBinaryImport(copy);
        foreach (var d in documents)
            for (int i = 0, n = count(d); i < n; i++)
            {
                importer.StartRow();
                importer.Write(key(d, i), NpgsqlDbType.Bigint);
                importer.Write(d.Document.Key, NpgsqlDbType.Bigint);
            }
        importer.Complete();
    }

    internal override StoreException Explain(DbException e) => e switch
    {
        PostgresException { SqlState: PostgresErrorCodes.DiskFull } p => new StoreException(
            $"{Location}: the PostgreSQL server's disk is full ({p.MessageText}). The batch being written was not kept: the store holds what it held before it. Free some space and run the add again.", e),
        PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction or PostgresErrorCodes.InsufficientPrivilege } p => new StoreException(
            $"{Location} cannot be written: PostgreSQL says: {p.MessageText} ({p.SqlState}). Nothing was changed.", e),
        PostgresException p => new StoreException($"{Location}: PostgreSQL says: {p.MessageText} ({p.SqlState})", e),
        _ => new StoreException($"{Location}: PostgreSQL failed: {e.Message}", e),
    };

    protected override long StoreBytes()
    {
        using var command = Command(null,
            "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace " +
            "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname = ANY(@tables)");
        command.Parameters.Add(new NpgsqlParameter("tables", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = StoreSchema.Tables });
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    protected override IReadOnlyList<string> BackendCheck() => [];
}
