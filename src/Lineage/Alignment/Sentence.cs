using Lineage.Text;

namespace Lineage.Alignment;

/// <summary>One sentence of a document: its words (indexes into the document's tokens) and its span in the original text.</summary>
public readonly record struct Sentence(TokenRange Words, TextSpan Span);
