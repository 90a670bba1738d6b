namespace Lineage.Alignment;

/// <summary>A word alignment that starts and ends with aligned words, before it becomes a <see cref="Passage"/>.</summary>
internal sealed class AlignedBlock
{
    public AlignedBlock(List<AlignOp> ops)
    {
        Ops = ops;
        Trim();
        if (Ops.Count == 0) return;
        WordsA = new TokenRange(Ops[0].A, Ops[^1].A + 1);
        WordsB = new TokenRange(Ops[0].B, Ops[^1].B + 1);
        foreach (var op in Ops)
            if (op.IsAligned) AlignedWords++;
    }

    public List<AlignOp> Ops { get; }

    public TokenRange WordsA { get; }

    public TokenRange WordsB { get; }

    public int AlignedWords { get; }

    public bool IsEmpty => Ops.Count == 0;

    /// <summary>Drops unaligned columns at both ends, so the block's bounds are aligned words.</summary>
    private void Trim()
    {
        var first = Ops.FindIndex(op => op.IsAligned);
        if (first < 0)
        {
            Ops.Clear();
            return;
        }
        var last = Ops.FindLastIndex(op => op.IsAligned);
        Ops.RemoveRange(last + 1, Ops.Count - last - 1);
        Ops.RemoveRange(0, first);
    }
}
