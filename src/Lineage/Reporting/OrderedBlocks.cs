using System.Buffers;
using System.Collections.Concurrent;

namespace Lineage.Reporting;

/// <summary>
/// Blocks of bytes made on several threads and written in order, byte for byte what making them
/// one after another gives: batches of consecutive blocks are made into buffers of their own, at
/// most one batch a thread ahead of the writing, so memory holds a few batches, not the output.
/// </summary>
internal static class OrderedBlocks
{
    private const int BatchBlocks = 64;

    /// <param name="write">Writes block <c>i</c> into the buffer it is given.</param>
    public static void Write(Stream output, int count, int threads, Action<int, IBufferWriter<byte>> write)
    {
        if (threads <= 1)
        {
            var buffer = new ArrayBufferWriter<byte>();
            for (var i = 0; i < count; i++)
            {
                write(i, buffer);
                output.Write(buffer.WrittenSpan);
                buffer.ResetWrittenCount();
            }
            return;
        }
        var pending = new Queue<Task<ArrayBufferWriter<byte>>>();
        var free = new ConcurrentBag<ArrayBufferWriter<byte>>();
        for (var start = 0; start < count; start += BatchBlocks)
        {
            var (first, end) = (start, Math.Min(count, start + BatchBlocks));
            pending.Enqueue(Task.Run(() =>
            {
                if (!free.TryTake(out var buffer)) buffer = new ArrayBufferWriter<byte>();
                for (var i = first; i < end; i++) write(i, buffer);
                return buffer;
            }));
            while (pending.Count > threads) Written(output, pending.Dequeue(), free);
        }
        while (pending.Count > 0) Written(output, pending.Dequeue(), free);
    }

    private static void Written(Stream output, Task<ArrayBufferWriter<byte>> batch, ConcurrentBag<ArrayBufferWriter<byte>> free)
    {
        var buffer = batch.GetAwaiter().GetResult();
        output.Write(buffer.WrittenSpan);
        buffer.ResetWrittenCount();
        free.Add(buffer);
    }
}
