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

    /// <summary>
    /// What is wrong with the store, as a list for the user: the backend's own check, every stored
    /// text, article map, boilerplate and passage decoded, every document holding exactly its
    /// postings, and the tables agreeing with each other. Empty when sound; damage is listed, not thrown.
    /// </summary>
    IReadOnlyList<string> Verify();
}
