namespace Lineage.Cli;

/// <summary>
/// Passes bytes through to an output and remembers the last one, so the output can be ended with
/// a line break when the writer did not end it with one. Disposing it leaves the output open.
/// </summary>
internal sealed class LineEndedStream(Stream inner) : Stream
{
    private int last = -1;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Writes a line break unless nothing was written or the last byte was one.</summary>
    public void EndLine()
    {
        if (last is not (-1 or '\n')) WriteByte((byte)'\n');
        inner.Flush();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (buffer.IsEmpty) return;
        inner.Write(buffer);
        last = buffer[^1];
    }

    public override void WriteByte(byte value)
    {
        inner.WriteByte(value);
        last = value;
    }

    public override void Flush() => inner.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
