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

    /// <summary>
    /// A char position written as its distance from <paramref name="previous"/>: damage can make
    /// it any 64-bit value, so one outside the chars a text can hold is damage, not an overflow.
    /// </summary>
    public int ReadPosition(int previous)
    {
        var delta = ReadSigned();
        var value = delta is < int.MinValue or > int.MaxValue ? -1 : previous + delta;
        if (value is < 0 or > int.MaxValue) throw new StoreException("a stored position is out of range: the store is damaged.");
        return (int)value;
    }

    /// <summary>A length after <paramref name="start"/> whose end is still a char position.</summary>
    public int ReadLength(int start)
    {
        var length = ReadInt32();
        if ((long)start + length > int.MaxValue) throw new StoreException("a stored length is out of range: the store is damaged.");
        return length;
    }

    /// <summary>
    /// A count of entries that each take at least <paramref name="minBytes"/> bytes: one past what
    /// the rest of the value could hold is damage, caught before a list is sized by it.
    /// </summary>
    public int ReadCount(int minBytes)
    {
        var count = ReadInt32();
        if ((long)count * minBytes > data.Length - position) throw new StoreException("a stored count is larger than its value: the store is damaged.");
        return count;
    }
}
