namespace Lineage.Clustering;

/// <summary>
/// Numbers 64-bit term hashes 0, 1, 2… in the order they are first met: an open-addressing table
/// of the hashes and their numbers, probed linearly and kept at most half full. A corpus's millions
/// of words are looked up once a document that holds them; a dictionary's look-up reads a bucket,
/// then an entry elsewhere, where this reads one slot and, rarely, the next.
/// </summary>
internal sealed class TermNumbering
{
    private ulong[] keys;
    /// <summary>Each slot's number plus one; 0 marks an empty slot.</summary>
    private int[] numbers;
    private int shift;

    public TermNumbering(int capacity = 1024)
    {
        var size = 16;
        while (size < 2 * capacity) size *= 2;
        keys = new ulong[size];
        numbers = new int[size];
        shift = 64 - int.Log2(size);
    }

    public int Count { get; private set; }

    /// <summary>The number of <paramref name="term"/>, the next one if it is met for the first time (<paramref name="added"/>).</summary>
    public int GetOrAdd(ulong term, out bool added)
    {
        var mask = keys.Length - 1;
        for (var slot = Slot(term); ; slot = (slot + 1) & mask)
        {
            var number = numbers[slot];
            if (number == 0)
            {
                if (2 * (Count + 1) > keys.Length)
                {
                    Grow();
                    return GetOrAdd(term, out added);
                }
                keys[slot] = term;
                numbers[slot] = ++Count;
                added = true;
                return Count - 1;
            }
            if (keys[slot] == term)
            {
                added = false;
                return number - 1;
            }
        }
    }

    public bool TryGet(ulong term, out int number)
    {
        var mask = keys.Length - 1;
        for (var slot = Slot(term); numbers[slot] != 0; slot = (slot + 1) & mask)
            if (keys[slot] == term)
            {
                number = numbers[slot] - 1;
                return true;
            }
        number = -1;
        return false;
    }

    /// <summary>Empties it and lets its arrays go.</summary>
    public void Release()
    {
        keys = new ulong[16];
        numbers = new int[16];
        shift = 60;
        Count = 0;
    }

    /// <summary>The top bits of the hash times the golden ratio: terms that differ only in low bits spread.</summary>
    private int Slot(ulong term) => (int)((term * 0x9E3779B97F4A7C15UL) >> shift);

    private void Grow()
    {
        var (oldKeys, oldNumbers) = (keys, numbers);
        keys = new ulong[2 * oldKeys.Length];
        numbers = new int[2 * oldKeys.Length];
        shift--;
        var mask = keys.Length - 1;
        for (var s = 0; s < oldKeys.Length; s++)
        {
            if (oldNumbers[s] == 0) continue;
            var slot = Slot(oldKeys[s]);
            while (numbers[slot] != 0) slot = (slot + 1) & mask;
            keys[slot] = oldKeys[s];
            numbers[slot] = oldNumbers[s];
        }
    }
}
