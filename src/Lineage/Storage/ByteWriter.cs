namespace Lineage.Storage;

/// <summary>A growable byte buffer written with LEB128 varints: the compact columns of a store (spans, maps, edits).</summary>
internal sealed class ByteWriter
{
    private byte[] buffer;
    private int length;

    public ByteWriter(int capacity = 64)
    {
        buffer = new byte[Math.Max(capacity, 16)];
    }

    public void Write(ulong value)
    {
        if (length + 10 > buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        while (value >= 0x80)
        {
            buffer[length++] = (byte)(value | 0x80);
            value >>= 7;
        }
        buffer[length++] = (byte)value;
    }

    public void Write(int value)
    {
        if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "use WriteSigned for negative values");
        Write((ulong)value);
    }

    /// <summary>Zigzag encoding, so small negative deltas stay small.</summary>
    public void WriteSigned(long value) => Write((ulong)((value << 1) ^ (value >> 63)));

    public byte[] ToArray() => buffer.AsSpan(0, length).ToArray();
}
