namespace Lineage.Storage;

/// <summary>
/// A persistent index of documents, their fingerprints and the pairs found among them:
/// an SQLite file (<see cref="SqliteIndexStore"/>) or a PostgreSQL database
/// (<see cref="PostgresIndexStore"/>), the same schema on both. <see cref="IndexStore.Open"/>
/// picks one from where the user points.
/// </summary>
public interface IIndexStore : IDisposable
{
    /// <summary>Where it is, as the user named it (a password in a connection string is left out).</summary>
    string Location { get; }

    /// <summary>"sqlite" or "postgresql".</summary>
    string Backend { get; }

    StoreSettings Settings { get; }

    int SchemaVersion { get; }

    IIndexSession Read();

    /// <summary>Starts a write transaction; waits for another writer to finish, up to the store's lock timeout.</summary>
    IIndexWriteSession Write();

    StoreStats Stats();

    /// <summary>What is wrong with the store: the backend's own check, and every document holds exactly its postings. Empty when sound.</summary>
    IReadOnlyList<string> Verify();
}
