using System.Text;
using Lineage.Reading.Warc;

namespace Lineage.Tests.Reading;

public class ChunkedDecoderTests
{
    [Fact]
    public void Joins_the_chunks_and_drops_extensions_and_trailers()
    {
        var body = Encoding.ASCII.GetBytes("<p>Chunked bodies come in pieces of any size.</p>");
        foreach (var size in new[] { 1, 3, 7, 16, 1000 })
        {
            var decoded = ChunkedDecoder.Decode(TestWarc.Chunked(body, size))!.Value;
            Assert.True(decoded.Complete);
            Assert.Equal(body, decoded.Bytes);
        }
    }

    [Fact]
    public void Keeps_what_arrived_of_a_body_cut_short()
    {
        var chunked = "5\r\nHello\r\nA\r\n, wor"u8.ToArray();
        var decoded = ChunkedDecoder.Decode(chunked)!.Value;
        Assert.False(decoded.Complete);
        Assert.Equal("Hello, wor", Encoding.ASCII.GetString(decoded.Bytes));
    }

    [Fact]
    public void Leaves_a_body_that_does_not_start_with_a_chunk_size_alone()
    {
        Assert.Null(ChunkedDecoder.Decode("<!DOCTYPE html><p>x</p>"u8));
        Assert.Null(ChunkedDecoder.Decode(ReadOnlySpan<byte>.Empty));
    }

    [Fact]
    public void Reads_bare_line_feeds_and_upper_case_hex()
    {
        var decoded = ChunkedDecoder.Decode("B\n<p>eleven</\n1\np\n0\n\n"u8)!.Value;
        Assert.True(decoded.Complete);
        Assert.Equal("<p>eleven</p", Encoding.ASCII.GetString(decoded.Bytes));
    }
}
