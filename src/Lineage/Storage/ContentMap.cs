using Lineage.Text;

namespace Lineage.Storage;

/// <summary>
/// An article view (<see cref="TextView"/> over a document's text) stored without its chars:
/// runs of view chars that copy consecutive chars of the text keep only where the run starts;
/// any other char (a block break, a decoded entity) is kept with its source range. Rebuilding the
/// view from the text and this map gives back the same chars and the same offsets, so a stored
/// document is tokenized and aligned exactly as when it was added, without extracting it again.
/// </summary>
internal static class ContentMap
{
    private const int IdentityTag = 0;
    private const int MappedTag = 1;

    public static byte[] Encode(TextView view, string text)
    {
        var writer = new ByteWriter(16);
        if (view.IsIdentity && view.Chars == text)
        {
            writer.Write(IdentityTag);
            return writer.ToArray();
        }
        var chars = view.Chars;
        writer.Write(MappedTag);
        writer.Write(chars.Length);
        var previousEnd = 0;
        var i = 0;
        while (i < chars.Length)
        {
            var j = i + 1;
            if (Copies(view, chars, text, i))
            {
                var start = view.SourceStart(i);
                while (j < chars.Length && Copies(view, chars, text, j) && view.SourceStart(j) == start + (j - i)) j++;
                writer.Write(((ulong)(j - i) << 1) | 1);
                writer.WriteSigned(start - previousEnd);
                previousEnd = start + (j - i);
            }
            else
            {
                while (j < chars.Length && !Copies(view, chars, text, j)) j++;
                writer.Write((ulong)(j - i) << 1);
                for (var k = i; k < j; k++)
                {
                    var source = view.ToSource(k, k + 1);
                    writer.Write(chars[k]);
                    writer.WriteSigned(source.Start - previousEnd);
                    writer.Write(source.Length);
                    previousEnd = source.End;
                }
            }
            i = j;
        }
        return writer.ToArray();
    }

    public static TextView Decode(ReadOnlySpan<byte> data, string text)
    {
        var reader = new ByteReader(data);
        var tag = reader.ReadInt32();
        if (tag == IdentityTag) return TextView.Identity(text);
        if (tag != MappedTag) throw new StoreException($"a stored article map has an unknown form ({tag}): the store was written by a newer Lineage or is damaged.");
        var length = reader.ReadInt32();
        // A view copies each char of its text at most once, and any other char costs bytes of the
        // map: a length past twice both together is damage, refused before arrays are sized by it.
        if (length > 2L * (text.Length + data.Length)) throw new StoreException("a stored article map is longer than its text and map allow: the store is damaged.");
        if (AsLines(data, text, length) is { } lines) return lines;
        var chars = new char[length];
        var starts = new int[length];
        var ends = new int[length];
        var previousEnd = 0;
        var i = 0;
        while (i < length)
        {
            var header = reader.ReadUInt64();
            var run = (int)Math.Min(header >> 1, int.MaxValue);
            if (run == 0 || run > length - i) throw new StoreException("a stored article map is malformed: the store is damaged.");
            if ((header & 1) == 1)
            {
                var start = reader.ReadPosition(previousEnd);
                if (start + run > text.Length) throw new StoreException("a stored article map points outside its text: the store is damaged.");
                for (var k = 0; k < run; k++)
                {
                    chars[i + k] = text[start + k];
                    starts[i + k] = start + k;
                    ends[i + k] = start + k + 1;
                }
                previousEnd = start + run;
            }
            else
            {
                for (var k = 0; k < run; k++)
                {
                    chars[i + k] = (char)reader.ReadInt32();
                    var start = reader.ReadPosition(previousEnd);
                    var end = start + reader.ReadLength(start);
                    if (end > text.Length) throw new StoreException("a stored article map points outside its text: the store is damaged.");
                    starts[i + k] = start;
                    ends[i + k] = end;
                    previousEnd = end;
                }
            }
            i += run;
        }
        return TextView.Mapped(new string(chars), starts, ends);
    }

    /// <summary>
    /// The article view of a plain-text document is lines of the text joined by blank lines of no
    /// width: rebuilt by <see cref="TextView.Restrict"/> it maps by segments, a few ints a line
    /// instead of two a char. Null when the map has any other shape (or the result differs).
    /// </summary>
    private static TextView? AsLines(ReadOnlySpan<byte> data, string text, int length)
    {
        var reader = new ByteReader(data);
        reader.ReadInt32();
        reader.ReadInt32();
        var ranges = new List<(int Start, int End)>();
        var previousEnd = 0;
        var breakAt = -1;
        var i = 0;
        while (i < length)
        {
            var header = reader.ReadUInt64();
            var run = (int)Math.Min(header >> 1, int.MaxValue);
            if (run == 0 || run > length - i) return null;
            if ((header & 1) == 1)
            {
                var start = reader.ReadPosition(previousEnd);
                if (start + run > text.Length || (ranges.Count > 0 && breakAt != start) || (ranges.Count == 0 && breakAt >= 0)) return null;
                ranges.Add((start, start + run));
                previousEnd = start + run;
                breakAt = -1;
            }
            else
            {
                if (run != 2 || ranges.Count == 0 || breakAt >= 0) return null;
                for (var k = 0; k < 2; k++)
                {
                    var c = reader.ReadInt32();
                    var start = reader.ReadPosition(previousEnd);
                    if (c != '\n' || reader.ReadInt32() != 0 || (k == 1 && start != breakAt)) return null;
                    breakAt = start;
                    previousEnd = start;
                }
            }
            i += run;
        }
        if (breakAt >= 0 || ranges.Count == 0) return null;
        var view = TextView.Identity(text).Restrict(ranges);
        return view.Chars.Length == length ? view : null;
    }

    /// <summary>View char <paramref name="i"/> is the text's char at its source, one for one.</summary>
    private static bool Copies(TextView view, string chars, string text, int i)
    {
        var source = view.ToSource(i, i + 1);
        return source.Length == 1 && source.Start < text.Length && text[source.Start] == chars[i];
    }
}
