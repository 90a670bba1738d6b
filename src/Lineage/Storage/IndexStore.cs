namespace Lineage.Storage;

/// <summary>Opens the store a user points at: a PostgreSQL connection string or URL, else an SQLite file.</summary>
public static class IndexStore
{
    public const string DefaultLocation = "lineage.db";

    public static readonly TimeSpan DefaultLockTimeout = TimeSpan.FromSeconds(60);

    /// <summary>"Host=…" anywhere, or a postgres:// or postgresql:// URL.</summary>
    public static bool IsPostgres(string location) =>
        location.Contains("Host=", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Opens (or, with <see cref="StoreAccess.CreateIfMissing"/>, creates with
    /// <paramref name="settings"/>) the store; migrates an older schema, refuses a newer one or
    /// anything that is not a Lineage store, with a <see cref="StoreException"/> saying so.
    /// </summary>
    public static IIndexStore Open(string location, StoreAccess access, StoreSettings settings, TimeSpan? lockTimeout = null) =>
        IsPostgres(location)
            ? PostgresIndexStore.Open(location, access, settings, lockTimeout ?? DefaultLockTimeout)
            : SqliteIndexStore.Open(location, access, settings, lockTimeout ?? DefaultLockTimeout);
}
