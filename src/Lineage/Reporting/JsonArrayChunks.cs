using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Lineage.Reporting;

/// <summary>
/// The items of one JSON array, serialised in batches on several threads and written in order,
/// byte for byte what one writer gives: each batch is written by a writer of its own, nested as
/// deep as the array (so indentation agrees), and its items go into the array as one raw value
/// (the array's writer adds the comma between batches, as it would between items). A large
/// report's writing then takes a share of the run's threads instead of one; at most a few batches
/// wait at once, each of about <see cref="BatchBytes"/> (sized from the bytes the last batch's
/// items took: a corpus's commonest names come first and each can be megabytes), so memory does not
/// grow with the report. The batches' buffers are used again (each is larger than the runtime's
/// small-object limit: one allocated a batch would cost a full collection every few batches).
/// </summary>
internal static class JsonArrayChunks
{
    private const int MaxBatchItems = 256;
    private const int BatchBytes = 256 * 1024;

    public static void Write<T>(Utf8JsonWriter json, IEnumerable<T> items, JsonTypeInfo<T> type, int threads)
    {
        json.WriteStartArray();
        if (threads <= 1)
        {
            foreach (var item in items) JsonSerializer.Serialize(json, item, type);
            json.WriteEndArray();
            return;
        }
        var depth = json.CurrentDepth;
        var options = json.Options;
        var pending = new Queue<Task<Batch>>();
        var buffers = new ConcurrentBag<ArrayBufferWriter<byte>>();
        // The first batch is small, to learn what an item weighs.
        var size = 8;
        var batch = new List<T>(size);
        foreach (var item in items)
        {
            batch.Add(item);
            if (batch.Count < size) continue;
            pending.Enqueue(Started(batch, type, options, depth, buffers));
            batch = [];
            // Serialising runs ahead of writing by a batch a thread, no more.
            while (pending.Count > threads) size = Written(json, pending.Dequeue(), buffers);
        }
        if (batch.Count > 0) pending.Enqueue(Started(batch, type, options, depth, buffers));
        while (pending.Count > 0) Written(json, pending.Dequeue(), buffers);
        json.WriteEndArray();
    }

    /// <summary>A batch's bytes: its items from <see cref="Start"/> on.</summary>
    private readonly record struct Batch(ArrayBufferWriter<byte> Buffer, int Start, int Items);

    private static Task<Batch> Started<T>(List<T> items, JsonTypeInfo<T> type, JsonWriterOptions options, int depth, ConcurrentBag<ArrayBufferWriter<byte>> buffers) => Task.Run(() =>
    {
        if (!buffers.TryTake(out var buffer)) buffer = new ArrayBufferWriter<byte>(BatchBytes + BatchBytes / 2);
        using var writer = new Utf8JsonWriter(buffer, options);
        for (var d = 0; d < depth; d++) writer.WriteStartArray();
        writer.Flush();
        var start = buffer.WrittenCount;
        foreach (var item in items) JsonSerializer.Serialize(writer, item, type);
        writer.Flush();
        return new Batch(buffer, start, items.Count);
    });

    /// <summary>Writes the batch when it is ready; gives the items a batch of <see cref="BatchBytes"/> holds, judged by this one.</summary>
    private static int Written(Utf8JsonWriter json, Task<Batch> task, ConcurrentBag<ArrayBufferWriter<byte>> buffers)
    {
        var batch = task.GetAwaiter().GetResult();
        var bytes = batch.Buffer.WrittenSpan[batch.Start..];
        json.WriteRawValue(bytes, skipInputValidation: true);
        json.Flush();
        var items = (int)Math.Clamp((long)BatchBytes * batch.Items / Math.Max(1, bytes.Length), 1, MaxBatchItems);
        batch.Buffer.ResetWrittenCount();
        buffers.Add(batch.Buffer);
        return items;
    }
}
