namespace Lineage.Alignment;

/// <summary>A half-open range of word indexes.</summary>
public readonly record struct TokenRange(int Start, int End)
{
    public int Length => End - Start;

    public int Overlap(TokenRange other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));
}
