namespace Lineage.Alignment;

/// <summary>How a reused passage was found: word for word (typos and small edits allowed), or reworded sentence by sentence.</summary>
public enum ReuseKind
{
    Verbatim,
    Rewritten,
}
