using System.Buffers;
using System.Text.Json;

namespace Lineage.Reporting;

/// <summary>
/// A JSON writer's bytes gathered in one buffer and written to a stream a block at a time. A
/// <see cref="Utf8JsonWriter"/> over a stream zeroes its buffer after every flush: for a report of
/// hundreds of megabytes that is as many bytes zeroed as written. Here the bytes the writer has
/// handed over (<see cref="Advance"/>) go to the stream once a block has gathered, when the writer
/// asks for room, and the buffer is reused as it is.
/// </summary>
internal sealed class StreamBufferWriter(Stream output) : IBufferWriter<byte>
{
    private const int BlockBytes = 1 << 20;

    private byte[] buffer = new byte[BlockBytes + BlockBytes / 2];
    private int written;

    public void Advance(int count)
    {
        if (count < 0 || written + count > buffer.Length) throw new ArgumentOutOfRangeException(nameof(count));
        written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        // Made room first: the buffer may be a new one after it.
        var at = Room(sizeHint);
        return buffer.AsMemory(at);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var at = Room(sizeHint);
        return buffer.AsSpan(at);
    }

    /// <summary>Writes what the writer handed over to the stream.</summary>
    public void Flush()
    {
        if (written == 0) return;
        output.Write(buffer, 0, written);
        written = 0;
    }

    /// <summary>Where the writer may write next, with at least <paramref name="sizeHint"/> bytes (one, if none asked) after it.</summary>
    private int Room(int sizeHint)
    {
        var needed = Math.Max(1, sizeHint);
        // What was handed over goes out before the buffer grows: it grows only for a value larger
        // than itself (a batch of a report's commonest names), and then to that value's size.
        if (written >= BlockBytes || buffer.Length - written < needed) Flush();
        if (buffer.Length < needed) buffer = new byte[needed];
        return written;
    }

    /// <summary>A JSON writer over <paramref name="output"/> through a buffer of this kind; disposing it writes out the rest.</summary>
    public static BufferedJson Json(Stream output, JsonWriterOptions options) => new(new StreamBufferWriter(output), options);

    /// <summary>A JSON writer and the buffer it writes through.</summary>
    internal sealed class BufferedJson(StreamBufferWriter buffer, JsonWriterOptions options) : IDisposable
    {
        public Utf8JsonWriter Writer { get; } = new(buffer, options);

        public void Dispose()
        {
            Writer.Dispose();
            buffer.Flush();
        }
    }
}
