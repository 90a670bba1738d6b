namespace Lineage.Clustering;

/// <summary>
/// Counts the terms of one document in the order they are first met, and starts again for the
/// next in constant time: an open-addressing table whose slots count as empty unless stamped with
/// the current round, so nothing is cleared between documents (a dictionary's Clear walks all of
/// its buckets, however few terms the next document has).
/// </summary>
internal sealed class TermCounter
{
    private ulong[] keys = new ulong[1024];
    private int[] stamps = new int[1024];
    private int[] slotOrder = new int[1024];
    private int round = 1;
    private ulong[] terms = new ulong[512];
    private int[] counts = new int[512];

    public int Count { get; private set; }

    public void Reset()
    {
        Count = 0;
        if (++round == int.MaxValue)
        {
            Array.Clear(stamps);
            round = 1;
        }
    }

    /// <summary>Counts one more of <paramref name="term"/>; true when the document meets it for the first time.</summary>
    public bool Add(ulong term)
    {
        var mask = keys.Length - 1;
        for (var slot = Slot(term, mask); ; slot = (slot + 1) & mask)
        {
            if (stamps[slot] != round)
            {
                if (2 * (Count + 1) > keys.Length)
                {
                    Grow();
                    return Add(term);
                }
                stamps[slot] = round;
                keys[slot] = term;
                slotOrder[slot] = Count;
                if (Count == terms.Length)
                {
                    Array.Resize(ref terms, 2 * terms.Length);
                    Array.Resize(ref counts, 2 * counts.Length);
                }
                terms[Count] = term;
                counts[Count++] = 1;
                return true;
            }
            if (keys[slot] == term)
            {
                counts[slotOrder[slot]]++;
                return false;
            }
        }
    }

    /// <summary>Where <paramref name="term"/> stands among <see cref="Terms"/>, or −1 if it has not been counted since <see cref="Reset"/>.</summary>
    public int IndexOf(ulong term)
    {
        var mask = keys.Length - 1;
        for (var slot = Slot(term, mask); stamps[slot] == round; slot = (slot + 1) & mask)
            if (keys[slot] == term) return slotOrder[slot];
        return -1;
    }

    /// <summary>The terms counted, in the order they were first met.</summary>
    public ReadOnlySpan<ulong> Terms => terms.AsSpan(0, Count);

    /// <summary>The counts of <see cref="Terms"/>, in their order, as an array of their own.</summary>
    public int[] CountsArray() => Count == 0 ? [] : counts.AsSpan(0, Count).ToArray();

    private static int Slot(ulong term, int mask) => (int)((term ^ (term >> 29)) * 0x9E3779B97F4A7C15UL >> 40) & mask;

    private void Grow()
    {
        var size = keys.Length * 2;
        keys = new ulong[size];
        stamps = new int[size];
        slotOrder = new int[size];
        round = 1;
        var mask = size - 1;
        for (var i = 0; i < Count; i++)
        {
            var slot = Slot(terms[i], mask);
            while (stamps[slot] == round) slot = (slot + 1) & mask;
            stamps[slot] = round;
            keys[slot] = terms[i];
            slotOrder[slot] = i;
        }
    }
}
