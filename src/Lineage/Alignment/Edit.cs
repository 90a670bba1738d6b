using Lineage.Text;

namespace Lineage.Alignment;

/// <summary>One difference inside a passage; an empty span marks where the other side's words would go.</summary>
public readonly record struct Edit(EditKind Kind, TextSpan A, TextSpan B);
