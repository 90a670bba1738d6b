using System.Collections;

namespace Lineage.Reporting.Model;

/// <summary>
/// A list of the report model seen through the analysis's own list: item <c>i</c> is made from
/// source item <c>i</c> when it is read, not copied ahead. A report writes each item once, so a
/// name met a hundred thousand times costs no array of a hundred thousand report occurrences (a
/// large object, reclaimed only by a full collection) that dies as soon as it is written.
/// </summary>
/// <param name="project">Makes an item from the state (what the item needs beside its source, such as the documents' ids) and its source; a static lambda, so no closure is made per list.</param>
public sealed class ProjectedList<TSource, TState, T>(IReadOnlyList<TSource> source, TState state, Func<TState, TSource, T> project) : IReadOnlyList<T>
{
    public int Count => source.Count;

    public T this[int index] => project(state, source[index]);

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < source.Count; i++) yield return project(state, source[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
