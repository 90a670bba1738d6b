using Lineage.Alignment;
using Lineage.Text;

namespace Lineage.Storage;

/// <summary>Sorted span lists (boilerplate) and passage edits as compact varint blobs.</summary>
internal static class SpanCodec
{
    public static byte[] EncodeSpans(IReadOnlyList<TextSpan> spans)
    {
        var writer = new ByteWriter(4 + spans.Count * 4);
        writer.Write(spans.Count);
        var previousEnd = 0;
        foreach (var span in spans)
        {
            writer.WriteSigned(span.Start - previousEnd);
            writer.Write(span.Length);
            previousEnd = span.End;
        }
        return writer.ToArray();
    }

    public static List<TextSpan> DecodeSpans(ReadOnlySpan<byte> data)
    {
        var reader = new ByteReader(data);
        var count = reader.ReadCount(minBytes: 2);
        var spans = new List<TextSpan>(count);
        var previousEnd = 0;
        for (var i = 0; i < count; i++)
        {
            var start = reader.ReadPosition(previousEnd);
            var span = new TextSpan(start, reader.ReadLength(start));
            spans.Add(span);
            previousEnd = span.End;
        }
        return spans;
    }

    public static byte[] EncodeEdits(IReadOnlyList<Edit> edits)
    {
        var writer = new ByteWriter(4 + edits.Count * 8);
        writer.Write(edits.Count);
        foreach (var edit in edits)
        {
            writer.Write((int)edit.Kind);
            writer.Write(edit.A.Start);
            writer.Write(edit.A.Length);
            writer.Write(edit.B.Start);
            writer.Write(edit.B.Length);
        }
        return writer.ToArray();
    }

    public static List<Edit> DecodeEdits(ReadOnlySpan<byte> data)
    {
        var reader = new ByteReader(data);
        var count = reader.ReadCount(minBytes: 5);
        var edits = new List<Edit>(count);
        for (var i = 0; i < count; i++)
        {
            var kind = reader.ReadInt32();
            if (!Enum.IsDefined((EditKind)kind)) throw new StoreException($"a stored edit has an unknown kind ({kind}): the store was written by a newer Lineage or is damaged.");
            var aStart = reader.ReadInt32();
            var a = new TextSpan(aStart, reader.ReadLength(aStart));
            var bStart = reader.ReadInt32();
            var b = new TextSpan(bStart, reader.ReadLength(bStart));
            edits.Add(new Edit((EditKind)kind, a, b));
        }
        return edits;
    }
}
