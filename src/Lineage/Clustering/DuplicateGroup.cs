namespace Lineage.Clustering;

/// <summary>
/// Documents that are copies of one another (transitively), with the one to keep when a corpus is
/// deduplicated. A document no other copies is a group of its own.
/// </summary>
public sealed record DuplicateGroup(int Id, IReadOnlyList<int> Documents, int Representative);
