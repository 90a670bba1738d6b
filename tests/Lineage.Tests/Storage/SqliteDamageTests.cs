using Lineage.Storage;
using Microsoft.Data.Sqlite;

namespace Lineage.Tests.Storage;

/// <summary>
/// An SQLite store damaged on disk, byte by byte, as a bad sector or a stray write would leave
/// it: <c>index check</c> lists the damage and exits 3, whatever the damage hits.
/// </summary>
public sealed class SqliteDamageTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>A store of the five samples, closed, its write-ahead log folded into the file.</summary>
    private string SampleStore()
    {
        var location = Path.Combine(folder.Path, "damaged.db");
        using (var store = StoreFixture.Open(location)) StoreFixture.Add(store, SampleCorpus.Folder);
        Assert.False(File.Exists(location + "-wal"), "the log should be folded into the file when the store closes");
        return location;
    }

    private static T Query<T>(string location, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={location};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }

    /// <summary>Overwrites <paramref name="length"/> bytes at <paramref name="offset"/> of the file with a pattern no encoder writes.</summary>
    private static void Overwrite(string location, long offset, int length)
    {
        using var file = new FileStream(location, FileMode.Open, FileAccess.Write);
        file.Position = offset;
        var garbage = new byte[length];
        for (var i = 0; i < garbage.Length; i++) garbage[i] = (byte)(0xA5 ^ (i * 31));
        file.Write(garbage);
    }

    private static (int ExitCode, string Error) Check(string location) =>
        LineageProcess.Run(TimeSpan.FromMinutes(2), "index", "check", "--store", location);

    [Fact]
    public void Reports_a_stored_text_whose_bytes_were_overwritten_though_every_page_is_sound()
    {
        var location = SampleStore();
        var name = Query<string>(location, "SELECT name FROM documents WHERE name LIKE '000%'");
        var blob = Query<byte[]>(location, $"SELECT text FROM documents WHERE name = '{name}'");
        // A run from the middle of the compressed text, found where it lies in the file (and in
        // any free page an earlier version of its row left behind).
        var bytes = File.ReadAllBytes(location);
        var run = blob.AsSpan(blob.Length / 2, 48);
        var found = 0;
        for (var at = bytes.AsSpan().IndexOf(run); at >= 0; at = bytes.AsSpan(at + 1).IndexOf(run) is var next and >= 0 ? at + 1 + next : -1, found++)
            Overwrite(location, at, run.Length);
        Assert.True(found > 0, "the stored text was not found in the file");
        Assert.Equal("ok", Query<string>(location, "PRAGMA integrity_check"));

        using (var store = StoreFixture.Open(location))
        {
            var problems = store.Verify();
            Assert.Contains(problems, p => p.StartsWith($"document {name}: its text", StringComparison.Ordinal));
            Assert.DoesNotContain(problems, p => p.Contains("004_", StringComparison.Ordinal));
        }
        var (code, error) = Check(location);
        Assert.Equal(3, code);
        Assert.Contains($"damaged: document {name}", error);
    }

    [Fact]
    public void Reports_a_damaged_b_tree_page_as_damage_instead_of_failing()
    {
        var location = SampleStore();
        var pageSize = Query<long>(location, "PRAGMA page_size");
        var root = Query<long>(location, "SELECT rootpage FROM sqlite_master WHERE name = 'documents'");
        Overwrite(location, (root - 1) * pageSize, (int)pageSize);

        using (var store = StoreFixture.Open(location))
        {
            var problems = store.Verify();
            Assert.Contains(problems, p => p.Contains("integrity check", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.StartsWith("documents could not be read:", StringComparison.Ordinal) && p.Contains("malformed", StringComparison.Ordinal));
        }
        var (code, error) = Check(location);
        Assert.Equal(3, code);
        Assert.Contains("damaged: documents could not be read", error);
        Assert.DoesNotContain("Unhandled", error);
        Assert.DoesNotContain("which is not stored", error);
    }

    [Fact]
    public void Reports_a_store_too_damaged_to_open_as_damage()
    {
        var location = SampleStore();
        var pageSize = Query<long>(location, "PRAGMA page_size");
        // Page 1 past the file header: the schema's own b-tree.
        Overwrite(location, 100, (int)pageSize - 100);

        var error = Assert.Throws<StoreException>(() => StoreFixture.Open(location));
        Assert.True(error.Damaged, error.Message);
        Assert.True(File.Exists(location), "a damaged store is left where it is");
        var (code, message) = Check(location);
        Assert.Equal(3, code);
        Assert.Contains("damaged:", message);
    }
}
