using Lineage.Scanning;
using Lineage.Storage;

namespace Lineage.Indexing;

/// <summary>How documents are added to a store and traced against it.</summary>
public sealed record IndexOptions
{
    /// <summary>Reading, fingerprinting and alignment, as for a scan. The n-gram, window and whole-text mode must be the store's.</summary>
    public ScanOptions Scan { get; init; } = new();

    /// <summary>Documents per transaction: a killed run loses at most the batch it was writing.</summary>
    public int BatchSize { get; init; } = 500;

    public StoreSettings Settings => StoreSettings.From(Scan.Fingerprints, Scan.ArticlesOnly);

    public void Validate()
    {
        Scan.Validate();
        if (BatchSize < 1) throw new ArgumentException($"batch size must be at least 1 (got {BatchSize}).");
    }

    /// <summary>Throws when the store's postings were computed otherwise than these options would.</summary>
    public void CheckAgainst(IIndexStore store)
    {
        var mine = Settings;
        var its = store.Settings;
        if (mine.NGram != its.NGram || mine.Window != its.Window)
            throw new ArgumentException($"{store.Location} was built with --ngram {its.NGram} --window {its.Window}; use those (or another store).");
        if (mine.WholeText != its.WholeText)
            throw new ArgumentException($"{store.Location} was built {(its.WholeText ? "with" : "without")} --whole-text; use the same (or another store).");
    }
}
