using Lineage.Text;

namespace Lineage.Clustering;

/// <summary>Where a name is written: the document and the span of the original text.</summary>
public readonly record struct NameOccurrence(int Document, TextSpan Span);

/// <summary>One spelling of a name and its occurrences.</summary>
public sealed record NameVariant(string Text, IReadOnlyList<NameOccurrence> Occurrences);

/// <summary>The spellings of one name across documents (<see cref="NameKey"/>), the commonest first.</summary>
public sealed record NameGroup(string Key, IReadOnlyList<NameVariant> Variants)
{
    public string Name => Variants[0].Text;

    public IEnumerable<int> Documents => Variants.SelectMany(v => v.Occurrences).Select(o => o.Document).Distinct();
}
