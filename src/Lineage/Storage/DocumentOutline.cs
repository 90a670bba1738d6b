using Lineage.Text;

namespace Lineage.Storage;

/// <summary>What template learning needs of a stored document, without its text.</summary>
public sealed record DocumentOutline(long Key, int Words, IReadOnlyList<TextSpan> Boilerplate);
