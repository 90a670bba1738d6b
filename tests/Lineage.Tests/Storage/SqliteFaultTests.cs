using System.Runtime.Versioning;
using Lineage.Indexing;
using Lineage.Storage;

namespace Lineage.Tests.Storage;

/// <summary>
/// An SQLite store whose disk refuses a write: a full disk, a read-only folder. The add stops
/// with a message saying so, and the store keeps what it held before, sound.
/// </summary>
public sealed class SqliteFaultTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [MountFact]
    public void Stops_an_add_on_a_full_disk_with_a_clear_message_and_keeps_every_whole_batch()
    {
        var corpus = TestCorpus.Make(800, seed: 3);
        var files = Path.Combine(folder.Path, "crawl");
        TestCorpus.Write(files, corpus);
        using var disk = ScratchMount.Create("2m");
        var location = Path.Combine(disk.Path, "full.db");

        using (var store = StoreFixture.Open(location))
        {
            var error = Assert.Throws<StoreException>(() => Indexer.Add(store, [files], StoreFixture.Options with { BatchSize = 25 }));
            Assert.Contains("disk", error.Message);
            Assert.Contains("the store holds what it held before", error.Message);
            Assert.False(error.Damaged);
        }

        using var reopened = StoreFixture.Open(location);
        Assert.Empty(reopened.Verify());
        var count = reopened.Stats().Documents;
        Assert.True(count > 0 && count < corpus.Count && count % 25 == 0, $"{count} documents kept");
        Assert.Equal(count, StoreFixture.Names(reopened).Count);
    }

    [ReadOnlyFolderFact]
    [SupportedOSPlatform("linux")]
    [SupportedOSPlatform("macos")]
    public void Refuses_an_add_to_a_store_in_a_read_only_folder_and_leaves_it_as_it_was()
    {
        using var mount = Environment.IsPrivilegedProcess ? ScratchMount.Create("8m") : null;
        var place = mount?.Path ?? Directory.CreateDirectory(Path.Combine(folder.Path, "archive")).FullName;
        var location = Path.Combine(place, "lineage.db");
        using (var store = StoreFixture.Open(location)) StoreFixture.Add(store, SampleCorpus.PathOf("000"), SampleCorpus.PathOf("002"));
        var before = File.ReadAllBytes(location);
        var mode = File.GetUnixFileMode(place);
        if (mount is null) File.SetUnixFileMode(place, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        else mount.ReadOnly();
        try
        {
            var (code, message) = LineageProcess.Run(TimeSpan.FromMinutes(2), "index", "add", SampleCorpus.PathOf("001"), "--store", location);
            var error = message.ReplaceLineEndings(" ");

            Assert.Equal(2, code);
            Assert.Contains($"error: {location} cannot be", error);
            Assert.Contains("read-only", error);
            Assert.DoesNotContain("Unhandled", error);
        }
        finally
        {
            if (mount is null) File.SetUnixFileMode(place, mode);
            else mount.Writable();
        }
        Assert.Equal(before, File.ReadAllBytes(location));
        using var intact = StoreFixture.Open(location);
        Assert.Empty(intact.Verify());
        Assert.Equal(2, intact.Stats().Documents);
    }
}

/// <summary>
/// A test that needs a folder its process cannot write to: a chmod for a user, a read-only
/// mount for root (whom permission bits do not stop); skipped, saying why, where neither works.
/// </summary>
public sealed class ReadOnlyFolderFactAttribute : FactAttribute
{
    public ReadOnlyFolderFactAttribute()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) Skip = "read-only folders are checked on Unix";
        else if (Environment.IsPrivilegedProcess && ScratchMount.Unavailable is { } reason) Skip = $"runs as root, where only a read-only mount stops a write, and {reason}";
    }
}
