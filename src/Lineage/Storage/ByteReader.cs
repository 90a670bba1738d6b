namespace Lineage.Storage;

/// <summary>Reads what <see cref="ByteWriter"/> wrote; a truncated or malformed value is a damaged store.</summary>
internal ref struct ByteReader
{
    private readonly ReadOnlySpan<byte> data;
    private int position;

    public ByteReader(ReadOnlySpan<byte> data)
    {
        this.data = data;
        position = 0;
    }

    public readonly bool AtEnd => position >= data.Length;

    public ulong ReadUInt64()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= data.Length) throw new StoreException("a stored value is truncated: the store is damaged.");
            var b = data[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
        throw new StoreException("a stored value is malformed: the store is damaged.");
    }

    public int ReadInt32()
    {
        var value = ReadUInt64();
        if (value > int.MaxValue) throw new StoreException("a stored value is out of range: the store is damaged.");
        return (int)value;
    }

    public long ReadSigned()
    {
        var value = ReadUInt64();
        return (long)(value >> 1) ^ -(long)(value & 1);
    }
}
