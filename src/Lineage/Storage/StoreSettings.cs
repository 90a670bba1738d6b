using Lineage.Fingerprints;

namespace Lineage.Storage;

/// <summary>
/// What a store's postings were computed with, fixed when the store is created: fingerprints of
/// other n-grams or windows would never match them.
/// </summary>
public sealed record StoreSettings(int NGram, int Window, bool WholeText)
{
    public static StoreSettings From(FingerprintOptions fingerprints, bool articlesOnly) => new(fingerprints.NGram, fingerprints.Window, !articlesOnly);
}
