using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Lineage.Reporting;

/// <summary>
/// The items of one JSON array, made and serialised in batches on several threads and written in
/// order, byte for byte what one writer gives: each batch is written by a writer of its own, nested
/// as deep as the array (so indentation agrees), and its items go into the array as one raw value
/// (the array's writer adds the comma between batches, as it would between items). A large
/// report's writing then takes a share of the run's threads instead of one; at most a few batches
/// wait at once, each of about <see cref="BatchBytes"/> (sized from the bytes the last batch's
/// items took: a corpus's commonest names come first and each can be megabytes), so memory does not
/// grow with the report. Each item is made by the thread that serialises it, just before: made
/// ahead and left waiting for a batch, the report's model of a large corpus outlived collections
/// and was promoted, to be reclaimed only by a full one. The batches' buffers are used again (each
/// is larger than the runtime's small-object limit: one allocated a batch would cost a full
/// collection every few batches).
/// </summary>
internal static class JsonArrayChunks
{
    private const int MaxBatchItems = 256;
    private const int BatchBytes = 256 * 1024;

    /// <summary>Items given as a sequence: on several threads only a list, or a sequence short enough to be held as one.</summary>
    public static void Write<T>(Utf8JsonWriter json, IEnumerable<T> items, JsonTypeInfo<T> type, int threads)
    {
        if (threads <= 1 && items is not IReadOnlyList<T>)
        {
            json.WriteStartArray();
            foreach (var item in items) JsonSerializer.Serialize(json, item, type);
            json.WriteEndArray();
            return;
        }
        var list = items as IReadOnlyList<T> ?? [.. items];
        Write(json, list.Count, i => list[i], type, threads);
    }

    /// <param name="item">Makes item <c>i</c> of the <paramref name="count"/>; called once for each, from any thread.</param>
    public static void Write<T>(Utf8JsonWriter json, int count, Func<int, T> item, JsonTypeInfo<T> type, int threads) =>
        Write(json, count, (writer, i) => JsonSerializer.Serialize(writer, item(i), type), threads);

    /// <param name="write">Writes item <c>i</c> of the <paramref name="count"/> as one JSON value; called once for each, from any thread.</param>
    public static void Write(Utf8JsonWriter json, int count, Action<Utf8JsonWriter, int> write, int threads)
    {
        json.WriteStartArray();
        if (threads <= 1)
        {
            for (var i = 0; i < count; i++) write(json, i);
            json.WriteEndArray();
            return;
        }
        var depth = json.CurrentDepth;
        var options = json.Options;
        var pending = new Queue<Task<Batch>>();
        var buffers = new ConcurrentBag<ArrayBufferWriter<byte>>();
        // The first batch is small, to learn what an item weighs.
        var size = 8;
        for (var start = 0; start < count;)
        {
            var end = (int)Math.Min(count, (long)start + size);
            pending.Enqueue(Started(start, end, write, options, depth, buffers));
            start = end;
            // Serialising runs ahead of writing by a batch a thread, no more.
            while (pending.Count > threads) size = Written(json, pending.Dequeue(), buffers);
        }
        while (pending.Count > 0) Written(json, pending.Dequeue(), buffers);
        json.WriteEndArray();
    }

    /// <summary>A batch's bytes: its items from <see cref="Start"/> on.</summary>
    private readonly record struct Batch(ArrayBufferWriter<byte> Buffer, int Start, int Items);

    private static Task<Batch> Started(int first, int end, Action<Utf8JsonWriter, int> write, JsonWriterOptions options, int depth, ConcurrentBag<ArrayBufferWriter<byte>> buffers) => Task.Run(() =>
    {
        if (!buffers.TryTake(out var buffer)) buffer = new ArrayBufferWriter<byte>(BatchBytes + BatchBytes / 2);
        using var writer = new Utf8JsonWriter(buffer, options);
        for (var d = 0; d < depth; d++) writer.WriteStartArray();
        writer.Flush();
        var start = buffer.WrittenCount;
        for (var i = first; i < end; i++) write(writer, i);
        writer.Flush();
        return new Batch(buffer, start, end - first);
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
