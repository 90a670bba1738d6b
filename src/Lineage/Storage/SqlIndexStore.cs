using System.Data;
using System.Data.Common;
using System.Globalization;
using Lineage.Text;

namespace Lineage.Storage;

/// <summary>
/// What the SQLite and PostgreSQL stores share: opening (create, migrate, refuse), the meta
/// table, statistics, checks, and the sessions whose SQL both engines read alike. Each backend
/// gives its connection, its DDL per schema version, its writer lock and its fast paths for
/// postings (the one table that grows by hundreds of rows per document).
/// </summary>
public abstract class SqlIndexStore : IIndexStore
{
    private StoreSettings? settings;

    protected SqlIndexStore(string location, DbConnection connection)
    {
        Location = location;
        Connection = connection;
    }

    public string Location { get; }

    public abstract string Backend { get; }

    public StoreSettings Settings => settings ?? throw new InvalidOperationException("the store is not open yet.");

    public int SchemaVersion { get; private set; }

    internal DbConnection Connection { get; }

    /// <summary>The SQL that takes a schema from <paramref name="toVersion"/> − 1 to <paramref name="toVersion"/>.</summary>
    protected abstract IReadOnlyList<string> Migration(int toVersion);

    protected abstract bool HasTable(DbTransaction? transaction, string name);

    /// <summary>Tables of anything else in the place the store would go: a store is never made among them.</summary>
    protected abstract int ForeignTables();

    /// <summary>Starts a transaction holding the writer lock, waiting for another writer up to the lock timeout.</summary>
    internal abstract DbTransaction BeginWriteTransaction();

    internal abstract DbTransaction BeginReadTransaction();

    internal abstract void Probe(SqlSession session, ReadOnlySpan<ulong> hashes, int limit, List<PostingHit> hits);

    /// <summary>Writes the documents' postings into the table of recent postings.</summary>
    internal abstract void InsertPostings(SqlSession session, IReadOnlyList<IndexedDocument> documents);

    internal abstract void ProbeTerms(SqlSession session, ReadOnlySpan<uint> terms, int limit, List<TermHit> hits);

    /// <summary>Writes the documents' content terms into the table of recent term postings.</summary>
    internal abstract void InsertTermPostings(SqlSession session, IReadOnlyList<IndexedDocument> documents);

    /// <summary>
    /// Recent postings are merged into the large table once they pass this many, or an eighth of
    /// the large table, whichever is more.
    /// </summary>
    internal long RecentPostingsFloor { get; set; } = 2_000_000;

    private const int RecentShare = 8;

    /// <summary>The meta rows that count the postings of each table, as schema version 3 starts them.</summary>
    internal static readonly string[] PostingCounters = PostingTables.Fingerprints.Counters;

    /// <summary>The meta rows that record the hash and tokenizer versions, as schema version 4 starts them.</summary>
    internal static readonly string[] FormatVersions =
    [
        $"INSERT INTO {StoreSchema.MetaTable}(key, value) VALUES ('{StoreSchema.HashVersionKey}', '1')",
        $"INSERT INTO {StoreSchema.MetaTable}(key, value) VALUES ('{StoreSchema.TokenizerVersionKey}', '1')",
    ];

    /// <summary>
    /// Adds the documents' fingerprint and term postings to the small tables of recent ones, and
    /// merges each into its large table, in key order, when it has grown past
    /// <see cref="RecentPostingsFloor"/> or an eighth of the large one. Inserted one by one,
    /// hundreds of keys a document would land all over a b-tree of millions and rewrite most of
    /// its pages at every batch; this way a batch writes a small tree, and the large one is
    /// rewritten once in many batches. In the batch's transaction, so a store is never left with
    /// postings half moved.
    /// </summary>
    internal void AddPostings(SqlSession session, IReadOnlyList<IndexedDocument> documents)
    {
        InsertPostings(session, documents);
        long added = 0;
        foreach (var d in documents) added += d.Fingerprints.Length;
        Merge(session.Transaction, PostingTables.Fingerprints, added);
        AddTermPostings(session, documents);
    }

    /// <summary>The documents' term postings alone (<see cref="AddPostings"/>; documents already stored, when their schema gains them).</summary>
    internal void AddTermPostings(SqlSession session, IReadOnlyList<IndexedDocument> documents)
    {
        InsertTermPostings(session, documents);
        long added = 0;
        foreach (var d in documents) added += d.Terms.Length;
        Merge(session.Transaction, PostingTables.Terms, added);
    }

    private void Merge(DbTransaction transaction, PostingTables tables, long added)
    {
        var meta = ReadMeta(transaction);
        var merged = MetaLong(meta, tables.MergedCounter);
        var recent = MetaLong(meta, tables.RecentCounter) + added;
        if (recent > Math.Max(RecentPostingsFloor, merged / RecentShare))
        {
            Execute(transaction, $"INSERT INTO {tables.Merged}({tables.Key}, document) SELECT {tables.Key}, document FROM {tables.Recent} ORDER BY {tables.Key}, document");
            Execute(transaction, $"DELETE FROM {tables.Recent}");
            merged += recent;
            recent = 0;
        }
        SetMeta(transaction, tables.MergedCounter, merged.ToString(CultureInfo.InvariantCulture));
        SetMeta(transaction, tables.RecentCounter, recent.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A backend's error as a message for the user: what went wrong with which store, and what to do.</summary>
    internal abstract StoreException Explain(DbException e);

    protected abstract long StoreBytes();

    /// <summary>The backend's own integrity check; empty when sound.</summary>
    protected abstract IReadOnlyList<string> BackendCheck();

    public IIndexSession Read() => new SqlSession(this, BeginReadTransaction());

    public IIndexWriteSession Write() => new SqlSession(this, BeginWriteTransaction());

    /// <summary>Makes a new store or checks and migrates an existing one; called once by the backend's Open.</summary>
    protected void Initialize(StoreAccess access, StoreSettings requested)
    {
        // Tables first, then the meta table: another process creating the store commits all its
        // tables at once, so tables seen without a meta table read after them are someone else's.
        var tables = ForeignTables();
        if (!HasTable(null, StoreSchema.MetaTable))
        {
            if (tables > 0)
                throw new StoreException($"{Location} is not a Lineage store: it holds other tables and no {StoreSchema.MetaTable} table. Give another --store.");
            if (access == StoreAccess.Existing)
                throw new StoreException($"{Location} holds no Lineage store yet; add documents first with 'lineage index add FILES --store {Location}'.");
            Create(requested);
        }
        var meta = ReadMeta();
        if (!meta.TryGetValue(StoreSchema.ApplicationKey, out var application) || application != StoreSchema.Application)
            throw new StoreException($"{Location} is not a Lineage store ({StoreSchema.MetaTable} does not name Lineage).");
        var version = MetaInt(meta, StoreSchema.VersionKey);
        if (version > StoreSchema.Version)
            throw new StoreException($"{Location} was written by a newer Lineage (schema version {version}); this Lineage reads schema versions up to {StoreSchema.Version}. Upgrade Lineage to use this store.");
        if (version < StoreSchema.Version)
        {
            Migrate();
            meta = ReadMeta();
        }
        SchemaVersion = StoreSchema.Version;
        CheckFormat(meta);
        settings = new StoreSettings(MetaInt(meta, StoreSchema.NGramKey), MetaInt(meta, StoreSchema.WindowKey), meta.GetValueOrDefault(StoreSchema.WholeTextKey) == "1");
    }

    /// <summary>
    /// Refuses a store whose postings were hashed from other words or with other hashes: looked
    /// up with this Lineage's hashes they would never match, and every trace would silently find
    /// nothing. The texts are in the store but their files are what the user can add again.
    /// </summary>
    private void CheckFormat(Dictionary<string, string> meta)
    {
        var hash = MetaInt(meta, StoreSchema.HashVersionKey);
        var tokenizer = MetaInt(meta, StoreSchema.TokenizerVersionKey);
        if (hash == TokenHash.Version && tokenizer == Tokenizer.Version) return;
        throw new StoreException(string.Create(CultureInfo.InvariantCulture,
            $"{Location} was made with token hash version {hash} and tokenizer version {tokenizer}; this Lineage hashes words with version {TokenHash.Version} " +
            $"and tokenizes with version {Tokenizer.Version}, so its fingerprints would not match the stored ones. Re-index the documents into a new store: " +
            $"'lineage index add FILES --store NEW' (or use the Lineage that made it)."));
    }

    private void Create(StoreSettings requested)
    {
        using var transaction = BeginWriteTransaction();
        // Another process may have made it while this one waited for the lock.
        if (HasTable(transaction, StoreSchema.MetaTable)) return;
        for (var version = 1; version <= StoreSchema.Version; version++)
            foreach (var sql in Migration(version)) Execute(transaction, sql);
        SetMeta(transaction, StoreSchema.ApplicationKey, StoreSchema.Application);
        SetMeta(transaction, StoreSchema.VersionKey, StoreSchema.Version.ToString(CultureInfo.InvariantCulture));
        SetMeta(transaction, StoreSchema.NGramKey, requested.NGram.ToString(CultureInfo.InvariantCulture));
        SetMeta(transaction, StoreSchema.WindowKey, requested.Window.ToString(CultureInfo.InvariantCulture));
        SetMeta(transaction, StoreSchema.WholeTextKey, requested.WholeText ? "1" : "0");
        SetMeta(transaction, StoreSchema.HashVersionKey, TokenHash.Version.ToString(CultureInfo.InvariantCulture));
        SetMeta(transaction, StoreSchema.TokenizerVersionKey, Tokenizer.Version.ToString(CultureInfo.InvariantCulture));
        SetMeta(transaction, StoreSchema.CreatedKey, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        transaction.Commit();
    }

    /// <summary>
    /// Every step from the store's version to this one, in one transaction: a step that fails
    /// (a damaged document, a full disk, a killed process) leaves the store as it was, at its
    /// old version, readable by the Lineage that wrote it.
    /// </summary>
    private void Migrate()
    {
        using var transaction = BeginWriteTransaction();
        var current = MetaInt(ReadMeta(transaction), StoreSchema.VersionKey);
        try
        {
            for (var version = current + 1; version <= StoreSchema.Version; version++)
            {
                foreach (var sql in Migration(version)) Execute(transaction, sql);
                if (version == TermPostingsVersion) TermPostingsMigration.Run(this, transaction);
                SetMeta(transaction, StoreSchema.VersionKey, version.ToString(CultureInfo.InvariantCulture));
            }
            transaction.Commit();
        }
        catch (Exception e) when (e is DbException or StoreException)
        {
            var reason = e is DbException db ? Explain(db).Message : e.Message;
            throw new StoreException(string.Create(CultureInfo.InvariantCulture,
                $"{Location}: upgrading the store from schema version {current} to {StoreSchema.Version} failed: {reason} The store was left as it was, at schema version {current}."), e)
            { Damaged = e is StoreException { Damaged: true } };
        }
    }

    /// <summary>The schema version that adds term postings, built from the stored articles by <see cref="TermPostingsMigration"/>.</summary>
    internal const int TermPostingsVersion = 5;

    private Dictionary<string, string> ReadMeta(DbTransaction? transaction = null)
    {
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = Command(transaction, $"SELECT key, value FROM {StoreSchema.MetaTable}");
        using var reader = command.ExecuteReader();
        while (reader.Read()) meta[reader.GetString(0)] = reader.GetString(1);
        return meta;
    }

    private long MetaLong(Dictionary<string, string> meta, string key) =>
        meta.TryGetValue(key, out var value) && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new StoreException($"{Location}: the store's {key} is missing or not a number; the store is damaged.") { Damaged = true };

    private int MetaInt(Dictionary<string, string> meta, string key)
    {
        var value = MetaLong(meta, key);
        return value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new StoreException($"{Location}: the store's {key} is out of range; the store is damaged.") { Damaged = true };
    }

    private void SetMeta(DbTransaction transaction, string key, string value)
    {
        using (var delete = Command(transaction, $"DELETE FROM {StoreSchema.MetaTable} WHERE key = @key"))
        {
            AddParameter(delete, "@key", key);
            delete.ExecuteNonQuery();
        }
        using var insert = Command(transaction, $"INSERT INTO {StoreSchema.MetaTable}(key, value) VALUES (@key, @value)");
        AddParameter(insert, "@key", key);
        AddParameter(insert, "@value", value);
        insert.ExecuteNonQuery();
    }

    /// <summary>Postings of the kind not merged into its large table yet.</summary>
    internal long CountRecent(PostingTables tables)
    {
        using var command = Command(null, $"SELECT COUNT(*) FROM {tables.Recent}");
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }

    public StoreStats Stats()
    {
        using var transaction = BeginReadTransaction();
        long Count(string sql)
        {
            using var command = Command(transaction, sql);
            return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
        }
        var stats = new StoreStats(
            Location, Backend, SchemaVersion, Settings,
            Documents: Count("SELECT COUNT(*) FROM documents"),
            Pairs: Count("SELECT COUNT(*) FROM pairs"),
            Passages: Count("SELECT COUNT(*) FROM passages"),
            Postings: Count("SELECT COUNT(*) FROM postings") + Count("SELECT COUNT(*) FROM recent_postings"),
            TermPostings: Count("SELECT COUNT(*) FROM term_postings") + Count("SELECT COUNT(*) FROM recent_term_postings"),
            TextChars: Count("SELECT COALESCE(SUM(chars), 0) FROM documents"),
            Bytes: 0);
        transaction.Commit();
        return stats with { Bytes = StoreBytes() };
    }

    /// <summary>Every check of <see cref="StoreAudit"/>; empty when sound. Damage is reported, never thrown.</summary>
    public IReadOnlyList<string> Verify() => StoreAudit.Run(this, BackendCheck);

    internal DbCommand Command(DbTransaction? transaction, string sql)
    {
        var command = Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return command;
    }

    internal void Execute(DbTransaction? transaction, string sql)
    {
        using var command = Command(transaction, sql);
        command.ExecuteNonQuery();
    }

    internal static DbParameter AddParameter(DbCommand command, string name, object? value, DbType? type = null)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        if (type is { } t) parameter.DbType = t;
        else if (value is string) parameter.DbType = DbType.String;
        command.Parameters.Add(parameter);
        return parameter;
    }

    public void Dispose()
    {
        Connection.Dispose();
        GC.SuppressFinalize(this);
    }
}
