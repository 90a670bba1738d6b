namespace Lineage.Storage;

public enum StoreAccess
{
    /// <summary>The store must exist (trace, stats, scan --store).</summary>
    Existing,
    /// <summary>A missing store is created (index add).</summary>
    CreateIfMissing,
}
