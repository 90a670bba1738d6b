using System.Text.Json;
using CsCheck;
using Lineage.Reporting;

namespace Lineage.Tests.Reporting;

public class StreamBufferWriterTests
{
    [Fact]
    public void Writes_the_bytes_handed_over_in_order_whatever_the_sizes_asked_for()
    {
        // Sizes up to past the buffer's first size, so the buffer grows while it holds bytes.
        Gen.Int[0, 3_000_000].Array[1, 12].Sample(sizes =>
        {
            using var stream = new MemoryStream();
            var writer = new StreamBufferWriter(stream);
            var expected = new List<byte>();
            var next = (byte)1;
            foreach (var size in sizes)
            {
                var span = writer.GetSpan(size);
                Assert.True(span.Length >= Math.Max(1, size));
                // Hand over fewer bytes than asked for, as a JSON writer does.
                var used = size / 2;
                for (var k = 0; k < used; k++) expected.Add(span[k] = next++);
                writer.Advance(used);
            }
            writer.Flush();
            Assert.Equal(expected, stream.ToArray());
        }, iter: 40, threads: 1);
    }

    [Fact]
    public void A_json_writer_through_it_writes_what_one_over_the_stream_writes()
    {
        var words = Enumerable.Range(0, 200_000).Select(i => $"word {i} \u00e9\u4e2d").ToList();
        var options = new JsonWriterOptions { Indented = true };
        using var direct = new MemoryStream();
        using (var json = new Utf8JsonWriter(direct, options)) JsonSerializer.Serialize(json, words);
        using var buffered = new MemoryStream();
        using (var json = StreamBufferWriter.Json(buffered, options)) JsonSerializer.Serialize(json.Writer, words);

        Assert.True(buffered.Length > 4 << 20, "the text should pass several blocks");
        Assert.Equal(direct.ToArray(), buffered.ToArray());
    }
}
