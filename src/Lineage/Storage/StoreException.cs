namespace Lineage.Storage;

/// <summary>
/// A problem with a store that the user can act on: not a Lineage store, written by a newer
/// Lineage, locked by another writer, unreachable server. The message names the store and says
/// what to do.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException(string message) : base(message)
    {
    }

    public StoreException(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>The store itself is damaged (as opposed to missing, locked or unreachable): <c>index check</c> reports it as damage.</summary>
    public bool Damaged { get; init; }
}
