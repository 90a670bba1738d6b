using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Lineage.Storage;

/// <summary>
/// A store in one SQLite file, in WAL mode: readers (trace, stats) never wait for a writer, and a
/// writer waits for another one up to the lock timeout (SQLite's busy timeout) and then fails
/// with a message. Every batch is one transaction, so a killed process leaves the store as it was
/// after its last whole batch. An existing file is opened only if it is already a Lineage store.
/// </summary>
public sealed class SqliteIndexStore : SqlIndexStore
{
    private static readonly byte[] Header = "SQLite format 3\0"u8.ToArray();
    private readonly string path;
    private readonly TimeSpan lockTimeout;

    private SqliteIndexStore(string path, SqliteConnection connection, TimeSpan lockTimeout) : base(path, connection)
    {
        this.path = path;
        this.lockTimeout = lockTimeout;
    }

    public override string Backend => "sqlite";

    private SqliteConnection Sqlite => (SqliteConnection)Connection;

    public static SqliteIndexStore Open(string path, StoreAccess access, StoreSettings settings, TimeSpan lockTimeout)
    {
        var exists = File.Exists(path);
        if (Directory.Exists(path)) throw new StoreException($"{path} is a folder, not a store file; give a file name such as {Path.Combine(path, IndexStore.DefaultLocation)}.");
        if (!exists && access == StoreAccess.Existing)
            throw new StoreException($"{path}: no such store; add documents first with 'lineage index add FILES --store {path}'.");
        // An empty file is what a second process sees while the first is creating the store.
        var fresh = !exists || new FileInfo(path).Length == 0;
        if (!fresh) CheckHeader(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = exists ? SqliteOpenMode.ReadWrite : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(lockTimeout.TotalSeconds)),
        };
        var connection = new SqliteConnection(builder.ToString());
        var store = new SqliteIndexStore(path, connection, lockTimeout);
        try
        {
            connection.Open();
            store.Pragma($"busy_timeout = {(long)lockTimeout.TotalMilliseconds}");
            if (fresh && access == StoreAccess.CreateIfMissing) store.Pragma("journal_mode = WAL");
            store.Initialize(access, settings);
            store.Tune();
            return store;
        }
        catch (SqliteException e)
        {
            Abandon(store, path, exists);
            throw Explain(path, e, lockTimeout);
        }
        catch
        {
            Abandon(store, path, exists);
            throw;
        }
    }

    /// <summary>Closes a store that failed to open; a file this run created is removed again.</summary>
    private static void Abandon(SqliteIndexStore store, string path, bool existed)
    {
        store.Dispose();
        if (existed) return;
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }

    /// <summary>Anything that is not an SQLite database is refused before SQLite opens it.</summary>
    private static void CheckHeader(string path)
    {
        var header = new byte[Header.Length];
        int read;
        try
        {
            using var file = File.OpenRead(path);
            read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"{path}: cannot read the store: {e.Message}", e);
        }
        if (read < Header.Length || !header.AsSpan().SequenceEqual(Header))
            throw new StoreException($"{path} is not a Lineage store (not an SQLite database); it was left as it is. Give another --store.");
    }

    /// <summary>A store exists: it is in WAL mode (set once at creation), and gets a page cache and memory map sized for postings.</summary>
    private void Tune()
    {
        Pragma("synchronous = NORMAL");
        Pragma("cache_size = -262144");
        Pragma("mmap_size = 4294967296");
        Pragma("temp_store = MEMORY");
        // Checkpoint every ~64 MB of WAL rather than every 4 MB: fewer, larger copies into the file.
        Pragma("wal_autocheckpoint = 16384");
    }

    private void Pragma(string pragma)
    {
        using var command = Command(null, "PRAGMA " + pragma);
        command.ExecuteNonQuery();
    }

    internal override StoreException Explain(DbException e) =>
        e is SqliteException sqlite ? Explain(path, sqlite, lockTimeout) : new StoreException($"{path}: {e.Message}", e);

    internal static StoreException Explain(string path, SqliteException e, TimeSpan lockTimeout) => e.SqliteErrorCode switch
    {
        5 or 6 => new StoreException(string.Create(CultureInfo.InvariantCulture,
            $"{path} is being written by another process; waited {lockTimeout.TotalSeconds:0} s for it. Try again when it has finished (or raise --lock-timeout)."), e),
        26 => new StoreException($"{path} is not a Lineage store (not an SQLite database).", e),
        11 => new StoreException($"{path} is damaged (SQLite: {e.Message}).", e) { Damaged = true },
        8 => new StoreException($"{path} cannot be written ({e.Message}): the file or its folder is read-only. Nothing was changed; make them writable and run again.", e),
        // A store in WAL mode keeps two files beside it (-wal, -shm): its folder must be writable even to read it.
        14 => new StoreException($"{path} cannot be opened ({e.Message}): the store needs to create {Path.GetFileName(path)}-wal and -shm in {FolderOf(path)}; is that folder read-only? Nothing was changed.", e),
        10 => new StoreException($"{path}: the disk failed a read or a write ({e.Message}); if it is full, free some space. The batch being written was not kept: the store holds what it held before it.", e),
        13 => new StoreException($"{path}: the disk is full ({e.Message}). The batch being written was not kept: the store holds what it held before it. Free some space and run the add again; documents already stored are skipped.", e),
        _ => new StoreException($"{path}: {e.Message}", e),
    };

    private static string FolderOf(string path) => Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";

    protected override IReadOnlyList<string> Migration(int toVersion) => toVersion switch
    {
        1 =>
        [
            $"CREATE TABLE {StoreSchema.MetaTable}(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """
            CREATE TABLE documents(
                id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, path TEXT NOT NULL, content_hash BLOB NOT NULL,
                format TEXT NOT NULL, encoding TEXT NOT NULL, line INTEGER, url TEXT, site TEXT, date TEXT, title TEXT,
                chars INTEGER NOT NULL, words INTEGER NOT NULL, fingerprints INTEGER NOT NULL, added TEXT NOT NULL,
                text BLOB NOT NULL, content BLOB NOT NULL, boilerplate BLOB NOT NULL)
            """,
            "CREATE INDEX documents_content_hash ON documents(content_hash)",
            """
            CREATE TABLE metadata(
                document INTEGER PRIMARY KEY REFERENCES documents(id), title TEXT, site TEXT, authors TEXT, published TEXT,
                original_source TEXT, original_source_date TEXT, language TEXT, url TEXT)
            """,
            "CREATE TABLE postings(hash INTEGER NOT NULL, document INTEGER NOT NULL, PRIMARY KEY(hash, document)) WITHOUT ROWID",
            """
            CREATE TABLE pairs(
                a INTEGER NOT NULL, b INTEGER NOT NULL, shared_words INTEGER NOT NULL, coverage_a REAL NOT NULL, coverage_b REAL NOT NULL,
                PRIMARY KEY(a, b)) WITHOUT ROWID
            """,
            "CREATE INDEX pairs_b ON pairs(b)",
            """
            CREATE TABLE passages(
                a INTEGER NOT NULL, b INTEGER NOT NULL, ordinal INTEGER NOT NULL, a_start INTEGER NOT NULL, a_length INTEGER NOT NULL,
                b_start INTEGER NOT NULL, b_length INTEGER NOT NULL, words_a_start INTEGER NOT NULL, words_a_end INTEGER NOT NULL,
                words_b_start INTEGER NOT NULL, words_b_end INTEGER NOT NULL, aligned_words INTEGER NOT NULL, identity REAL NOT NULL,
                edits BLOB NOT NULL, PRIMARY KEY(a, b, ordinal)) WITHOUT ROWID
            """,
        ],
        // Site lines, so an add takes a site's furniture out of its new pages before pairing them, as a scan does.
        2 =>
        [
            "CREATE TABLE sites(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, pages INTEGER NOT NULL)",
            "CREATE TABLE site_lines(site INTEGER NOT NULL, hash INTEGER NOT NULL, pages INTEGER NOT NULL, PRIMARY KEY(site, hash)) WITHOUT ROWID",
        ],
        // New postings in a small table of their own, merged into the large one now and then (see SqlIndexStore.AddPostings).
        3 =>
        [
            "CREATE TABLE recent_postings(hash INTEGER NOT NULL, document INTEGER NOT NULL, PRIMARY KEY(hash, document)) WITHOUT ROWID",
            .. SqlIndexStore.PostingCounters,
        ],
        // The hash and tokenizer versions, recorded from now on; every earlier store was made with version 1 of both.
        4 => SqlIndexStore.FormatVersions,
        // Each document's content terms, for rewritten reuse; filled from the stored articles by TermPostingsMigration.
        5 =>
        [
            "CREATE TABLE term_postings(term INTEGER NOT NULL, document INTEGER NOT NULL, PRIMARY KEY(term, document)) WITHOUT ROWID",
            "CREATE TABLE recent_term_postings(term INTEGER NOT NULL, document INTEGER NOT NULL, PRIMARY KEY(term, document)) WITHOUT ROWID",
            "ALTER TABLE documents ADD COLUMN terms INTEGER NOT NULL DEFAULT 0",
            .. PostingTables.Terms.Counters,
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(toVersion)),
    };

    protected override bool HasTable(DbTransaction? transaction, string name)
    {
        using var command = Command(transaction, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @name");
        AddParameter(command, "@name", name);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    protected override int ForeignTables()
    {
        using var command = Command(null, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'");
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    internal override DbTransaction BeginWriteTransaction()
    {
        try
        {
            // BEGIN IMMEDIATE: the writer lock is taken now, before anything is read.
            return Sqlite.BeginTransaction(IsolationLevel.Serializable, deferred: false);
        }
        catch (SqliteException e)
        {
            throw Explain(path, e, lockTimeout);
        }
    }

    internal override DbTransaction BeginReadTransaction() => Sqlite.BeginTransaction(deferred: true);

    // Probes and inserts run once per fingerprint or term (hundreds per document), so they step
    // SQLite's prepared statements directly: through ADO.NET each row would cost a command execution.
    internal override void Probe(SqlSession session, ReadOnlySpan<ulong> hashes, int limit, List<PostingHit> hits) =>
        ProbeKeys("SELECT document FROM postings WHERE hash = ?1 UNION ALL SELECT document FROM recent_postings WHERE hash = ?1 LIMIT ?2",
            MemoryMarshal.Cast<ulong, long>(hashes), limit, (hash, document) => hits.Add(new PostingHit(unchecked((ulong)hash), document)));

    internal override void InsertPostings(SqlSession session, IReadOnlyList<IndexedDocument> documents) =>
        InsertKeys("INSERT INTO recent_postings(hash, document) VALUES (?1, ?2)", documents, static d => d.Fingerprints.Length, static (d, i) => unchecked((long)d.Fingerprints[i]));

    internal override void ProbeTerms(SqlSession session, ReadOnlySpan<uint> terms, int limit, List<TermHit> hits)
    {
        var keys = new long[terms.Length];
        for (var i = 0; i < keys.Length; i++) keys[i] = terms[i];
        ProbeKeys("SELECT document FROM term_postings WHERE term = ?1 UNION ALL SELECT document FROM recent_term_postings WHERE term = ?1 LIMIT ?2",
            keys, limit, (term, document) => hits.Add(new TermHit((uint)term, document)));
    }

    internal override void InsertTermPostings(SqlSession session, IReadOnlyList<IndexedDocument> documents) =>
        InsertKeys("INSERT INTO recent_term_postings(term, document) VALUES (?1, ?2)", documents, static d => d.Terms.Length, static (d, i) => d.Terms[i]);

    /// <summary>The documents under each key (at most <paramref name="limit"/> a key) of a postings table and its recent one, by one prepared statement stepped directly.</summary>
    private void ProbeKeys(string query, ReadOnlySpan<long> keys, int limit, Action<long, long> hit)
    {
        var db = Sqlite.Handle ?? throw new InvalidOperationException("the connection is closed.");
        Check(raw.sqlite3_prepare_v2(db, query, out var statement), db);
        using (statement)
        {
            raw.sqlite3_bind_int(statement, 2, limit);
            foreach (var key in keys)
            {
                raw.sqlite3_bind_int64(statement, 1, key);
                int rc;
                while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW) hit(key, raw.sqlite3_column_int64(statement, 0));
                if (rc != raw.SQLITE_DONE) Check(rc, db);
                raw.sqlite3_reset(statement);
            }
        }
    }

    /// <summary>Each document's keys (<paramref name="count"/> of them, the <c>i</c>th by <paramref name="key"/>) with its key, inserted in key order.</summary>
    private void InsertKeys(string insert, IReadOnlyList<IndexedDocument> documents, Func<IndexedDocument, int> count, Func<IndexedDocument, int, long> key)
    {
        var total = 0;
        foreach (var d in documents) total += count(d);
        var keys = new long[total];
        var owners = new long[total];
        var at = 0;
        foreach (var d in documents)
            for (int i = 0, n = count(d); i < n; i++)
            {
                keys[at] = key(d, i);
                owners[at++] = d.Document.Key;
            }
        InsertSorted(insert, keys, owners);
    }

    /// <summary>Rows of two integers, inserted in key order: the inserts walk the b-tree once instead of jumping around it.</summary>
    private void InsertSorted(string sql, long[] keys, long[] owners)
    {
        Array.Sort(keys, owners);
        var db = Sqlite.Handle ?? throw new InvalidOperationException("the connection is closed.");
        Check(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        using (statement)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                raw.sqlite3_bind_int64(statement, 1, keys[i]);
                raw.sqlite3_bind_int64(statement, 2, owners[i]);
                var rc = raw.sqlite3_step(statement);
                if (rc != raw.SQLITE_DONE) Check(rc, db);
                raw.sqlite3_reset(statement);
            }
        }
    }

    private void Check(int rc, sqlite3 db)
    {
        if (rc is raw.SQLITE_OK or raw.SQLITE_ROW or raw.SQLITE_DONE) return;
        throw Explain(path, new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc), lockTimeout);
    }

    protected override long StoreBytes()
    {
        long bytes = 0;
        foreach (var file in new[] { path, path + "-wal" })
            if (File.Exists(file)) bytes += new FileInfo(file).Length;
        return bytes;
    }

    protected override IReadOnlyList<string> BackendCheck()
    {
        var problems = new List<string>();
        using var command = Command(null, "PRAGMA integrity_check");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var line = reader.GetString(0);
            if (line != "ok") problems.Add("SQLite integrity check: " + line);
        }
        return problems;
    }
}
