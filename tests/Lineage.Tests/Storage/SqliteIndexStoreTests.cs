using System.Diagnostics;
using Lineage.Storage;
using Microsoft.Data.Sqlite;

namespace Lineage.Tests.Storage;

/// <summary>The store contract on SQLite, and what only a file store must survive: kill -9, two writers, files that are not stores.</summary>
public class SqliteIndexStoreTests : IndexStoreTests
{
    private int stores;

    protected override string NewLocation() => Path.Combine(Folder.Path, $"store{++stores}.db");

    protected override void SetSchemaVersion(string location, int version)
    {
        using var connection = new SqliteConnection($"Data Source={location};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE lineage_meta SET value = '{version}' WHERE key = 'schema_version'";
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    protected override object? Scalar(string location, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={location};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    protected override void Execute(string location, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={location};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void Creates_a_store_in_wal_mode()
    {
        var location = NewLocation();
        using (var store = StoreFixture.Open(location)) StoreFixture.Add(store, SampleCorpus.PathOf("000"));
        using var connection = new SqliteConnection($"Data Source={location};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void Refuses_a_file_that_is_not_a_store_and_leaves_it_as_it_was()
    {
        var text = Folder.Write("notes.db", "these are my notes, not a database\n");
        var before = File.ReadAllBytes(text);

        var error = Assert.Throws<StoreException>(() => StoreFixture.Open(text));

        Assert.Contains("is not a Lineage store", error.Message);
        Assert.Equal(before, File.ReadAllBytes(text));
    }

    [Fact]
    public void Refuses_another_programs_sqlite_database_and_leaves_it_as_it_was()
    {
        var other = Path.Combine(Folder.Path, "other.db");
        using (var connection = new SqliteConnection($"Data Source={other};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers(name) VALUES ('Ada')";
            command.ExecuteNonQuery();
        }
        var before = File.ReadAllBytes(other);

        var error = Assert.Throws<StoreException>(() => StoreFixture.Open(other));

        Assert.Contains("is not a Lineage store", error.Message);
        Assert.Equal(before, File.ReadAllBytes(other));
        Assert.False(File.Exists(other + "-wal"));
    }

    [Fact]
    public void Says_there_is_no_store_when_asked_to_read_a_missing_one()
    {
        var missing = NewLocation();
        var error = Assert.Throws<StoreException>(() => IndexStore.Open(missing, StoreAccess.Existing, StoreFixture.Options.Settings));
        Assert.Contains("lineage index add", error.Message);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void Survives_kill_9_in_the_middle_of_an_add_and_completes_on_the_next_run()
    {
        var corpus = TestCorpus.Make(2400, seed: 5);
        var folder = Path.Combine(Folder.Path, "crawl");
        TestCorpus.Write(folder, corpus);
        var killed = NewLocation();

        using (var process = LineageProcess.Start("index", "add", folder, "--store", killed, "--batch", "40", "-q"))
        {
            var clock = Stopwatch.StartNew();
            var seen = 0L;
            while (seen < 120 && !process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                Thread.Sleep(20);
                seen = CountDocuments(killed);
            }
            Assert.False(process.HasExited, $"the add finished ({seen} documents) before it could be killed; make the corpus bigger");
            process.Kill();  // SIGKILL on Unix: no finally block, no flush, no rollback.
            process.WaitForExit();
        }

        using (var store = StoreFixture.Open(killed))
        {
            Assert.Empty(store.Verify());
            var count = store.Stats().Documents;
            Assert.True(count > 0 && count < corpus.Count, $"{count} documents after the kill");
            Assert.Equal(0, count % 40);
        }
        var (code, error) = LineageProcess.Run(TimeSpan.FromMinutes(5), "index", "add", folder, "--store", killed, "--batch", "40", "-q");
        Assert.True(code == 0, error);

        var clean = NewLocation();
        (code, error) = LineageProcess.Run(TimeSpan.FromMinutes(5), "index", "add", folder, "--store", clean, "--batch", "40", "-q");
        Assert.True(code == 0, error);
        using var resumed = StoreFixture.Open(killed);
        using var reference = StoreFixture.Open(clean);
        Assert.Empty(resumed.Verify());
        Assert.Equal(corpus.Count, resumed.Stats().Documents);
        Assert.Equal(StoreFixture.Names(reference), StoreFixture.Names(resumed));
        Assert.Equal(StoreFixture.PairSignatures(reference), StoreFixture.PairSignatures(resumed));
    }

    [Fact]
    public async Task Lets_two_writers_take_turns_on_one_store()
    {
        var corpus = TestCorpus.Make(1200, seed: 9);
        var first = Path.Combine(Folder.Path, "first");
        var second = Path.Combine(Folder.Path, "second");
        TestCorpus.Write(first, corpus.Where((_, i) => i % 2 == 0));
        TestCorpus.Write(second, corpus.Where((_, i) => i % 2 == 1));
        var shared = NewLocation();

        using var a = LineageProcess.Start("index", "add", first, "--store", shared, "--batch", "30", "-q");
        using var b = LineageProcess.Start("index", "add", second, "--store", shared, "--batch", "30", "-q");
        var errorA = a.StandardError.ReadToEndAsync();
        var errorB = b.StandardError.ReadToEndAsync();
        Assert.True(a.WaitForExit(TimeSpan.FromMinutes(5)) && b.WaitForExit(TimeSpan.FromMinutes(5)), "the writers did not finish");
        a.WaitForExit();
        b.WaitForExit();

        // Each waits for the other's batch (busy timeout); were one to give up, it must say why.
        foreach (var (process, error) in new[] { (a, await errorA), (b, await errorB) })
            Assert.True(process.ExitCode == 0 || error.Contains("being written by another process", StringComparison.Ordinal), $"exit {process.ExitCode}: {error}");
        Assert.Equal(0, a.ExitCode);
        Assert.Equal(0, b.ExitCode);

        using var store = StoreFixture.Open(shared);
        Assert.Empty(store.Verify());
        Assert.Equal(corpus.Count, store.Stats().Documents);
        var together = NewLocation();
        var (code, message) = LineageProcess.Run(TimeSpan.FromMinutes(5), "index", "add", first, second, "--store", together, "-q");
        Assert.True(code == 0, message);
        using var reference = StoreFixture.Open(together);
        Assert.Equal(StoreFixture.PairSignatures(reference), StoreFixture.PairSignatures(store));
    }

    private static long CountDocuments(string location)
    {
        if (!File.Exists(location)) return 0;
        try
        {
            using var connection = new SqliteConnection($"Data Source={location};Pooling=False;Mode=ReadOnly");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM documents";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0;  // not created yet
        }
    }
}
