using System.CommandLine;
using Lineage.Indexing;
using Lineage.Scanning;
using Lineage.Storage;

namespace Lineage.Cli;

/// <summary>The options of the commands that use a persistent index: where it is, and how long to wait for another writer.</summary>
internal sealed class StoreOptions
{
    public StoreOptions(bool withDefault = true)
    {
        Store = new Option<string?>("--store")
        {
            Description = "The index: an SQLite file, or a PostgreSQL connection string ('Host=…;Database=…') or postgres:// URL",
        };
        if (withDefault) Store.DefaultValueFactory = _ => IndexStore.DefaultLocation;
        Store.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string?>() ?? "x"))
                result.AddError("--store is empty: give an SQLite file or a PostgreSQL connection string.");
        });
    }

    public Option<string?> Store { get; }

    public Option<int> LockTimeout { get; } = new Option<int>("--lock-timeout")
    {
        Description = "Seconds to wait while another process writes to the store",
        DefaultValueFactory = _ => (int)IndexStore.DefaultLockTimeout.TotalSeconds,
    }.AtLeast(0, " seconds");

    public void AddTo(Command command)
    {
        command.Options.Add(Store);
        command.Options.Add(LockTimeout);
    }

    /// <summary>
    /// Opens the store, or says why not and returns null. The store's n-gram, window and
    /// whole-text mode replace the ones the user left at their defaults; ones given that differ
    /// from the store's are an error (<see cref="IndexOptions.CheckAgainst"/>).
    /// </summary>
    public IIndexStore? Open(ParseResult parse, StoreAccess access, EngineOptions engine, ref ScanOptions options)
    {
        var location = parse.GetValue(Store) ?? IndexStore.DefaultLocation;
        var timeout = parse.GetValue(LockTimeout);
        IIndexStore store;
        try
        {
            store = IndexStore.Open(location, access, StoreSettings.From(options.Fingerprints, options.ArticlesOnly), TimeSpan.FromSeconds(timeout));
        }
        catch (StoreException e)
        {
            Terminal.Fail(e.Message);
            return null;
        }
        var settings = store.Settings;
        options = options with
        {
            Fingerprints = options.Fingerprints with
            {
                NGram = EngineOptions.Given(parse, engine.NGram) ? options.Fingerprints.NGram : settings.NGram,
                Window = EngineOptions.Given(parse, engine.Window) ? options.Fingerprints.Window : settings.Window,
            },
            ArticlesOnly = EngineOptions.Given(parse, engine.WholeText) ? options.ArticlesOnly : !settings.WholeText,
        };
        return store;
    }
}
