namespace Lineage.Alignment;

internal enum AlignOpKind : byte
{
    Match,
    Typo,
    Mismatch,
    OnlyA,
    OnlyB,
}

/// <summary>One column of a word alignment; <see cref="A"/> or <see cref="B"/> is −1 on a gap.</summary>
internal readonly record struct AlignOp(AlignOpKind Kind, int A, int B)
{
    public bool IsAligned => Kind is AlignOpKind.Match or AlignOpKind.Typo;
}
