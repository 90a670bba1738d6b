using System.Buffers;

namespace Lineage.Clustering;

/// <summary>
/// The names of a block of documents, read on one thread for <see cref="NameGrouper"/>: each
/// spelling numbered in the order the block first writes it, with its count, and each occurrence's
/// spelling number in the order the block holds them. The numbers live in pooled arrays,
/// given back by <see cref="Return"/>.
/// </summary>
internal sealed class NameBlock
{
    private NameBlock(int from, int to, List<string> spellings, List<int> occurrences, int[] numbers)
    {
        From = from;
        To = to;
        Spellings = spellings;
        Occurrences = occurrences;
        Numbers = numbers;
        Global = ArrayPool<int>.Shared.Rent(Math.Max(1, spellings.Count));
    }

    /// <summary>The first document of the block.</summary>
    public int From { get; }

    /// <summary>The document after the block's last.</summary>
    public int To { get; }

    public List<string> Spellings { get; }

    /// <summary>Each spelling's occurrences in the block.</summary>
    public List<int> Occurrences { get; }

    /// <summary>Each occurrence's spelling number in the block, in document then text order.</summary>
    public int[] Numbers { get; }

    /// <summary>Each spelling's number across the run, set when the blocks are joined.</summary>
    public int[] Global { get; }

    /// <summary>Reads documents [<paramref name="from"/>, <paramref name="to"/>), numbering spellings in <paramref name="known"/> (cleared first).</summary>
    public static NameBlock Read(IReadOnlyList<List<(string Name, NameOccurrence Occurrence)>> perDocument, int from, int to, Dictionary<string, int> known)
    {
        known.Clear();
        var total = 0;
        for (var d = from; d < to; d++) total += perDocument[d].Count;
        var numbers = ArrayPool<int>.Shared.Rent(Math.Max(1, total));
        var spellings = new List<string>();
        var occurrences = new List<int>();
        var j = 0;
        for (var d = from; d < to; d++)
            foreach (var (name, _) in perDocument[d])
            {
                if (!known.TryGetValue(name, out var number))
                {
                    known[name] = number = spellings.Count;
                    spellings.Add(name);
                    occurrences.Add(0);
                }
                occurrences[number]++;
                numbers[j++] = number;
            }
        return new NameBlock(from, to, spellings, occurrences, numbers);
    }

    public void Return()
    {
        ArrayPool<int>.Shared.Return(Numbers);
        ArrayPool<int>.Shared.Return(Global);
    }
}
