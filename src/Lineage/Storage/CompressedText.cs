using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Lineage.Storage;

/// <summary>
/// A document's text as stored: UTF-8, Brotli-compressed (news text shrinks to about a third),
/// after a 4-byte little-endian count of the UTF-8 bytes so decompression allocates once.
/// </summary>
internal static class CompressedText
{
    private const int Quality = 5;
    private const int WindowBits = 22;

    public static byte[] Compress(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var output = new byte[4 + BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        BinaryPrimitives.WriteInt32LittleEndian(output, utf8.Length);
        if (!BrotliEncoder.TryCompress(utf8, output.AsSpan(4), out var written, Quality, WindowBits))
            throw new InvalidOperationException("Brotli could not compress into its own maximum size.");
        return output[..(4 + written)];
    }

    public static string Decompress(byte[] stored)
    {
        if (stored.Length < 4) throw new StoreException("a stored text is truncated: the store is damaged.");
        var length = BinaryPrimitives.ReadInt32LittleEndian(stored);
        if (length < 0) throw new StoreException("a stored text has a negative length: the store is damaged.");
        if (length == 0) return "";
        // A damaged count could ask for 2 GB: past what the stored bytes could plausibly hold, the
        // buffer grows only as far as the stream really decompresses.
        var utf8 = length <= GuessLimit(stored.Length) ? new byte[length] : Grow(stored, length);
        if (!BrotliDecoder.TryDecompress(stored.AsSpan(4), utf8, out var written) || written != length)
            throw new StoreException("a stored text does not decompress: the store is damaged.");
        return Encoding.UTF8.GetString(utf8);
    }

    /// <summary>News text compresses to a third, rarely better than a twentieth; allocating that much up front is safe.</summary>
    private static long GuessLimit(int storedLength) => 64L * 1024 + 64L * storedLength;

    /// <summary>A buffer of <paramref name="length"/> bytes, allocated only once the stream has shown it decompresses that far.</summary>
    private static byte[] Grow(byte[] stored, int length)
    {
        using var decoder = new BrotliDecoder();
        var chunk = new byte[64 * 1024];
        var source = stored.AsSpan(4);
        long total = 0;
        while (true)
        {
            var status = decoder.Decompress(source, chunk, out var consumed, out var written);
            source = source[consumed..];
            total += written;
            if (total > length) break;
            if (status == System.Buffers.OperationStatus.Done) break;
            if (status == System.Buffers.OperationStatus.InvalidData || (status == System.Buffers.OperationStatus.NeedMoreData && consumed == 0 && written == 0))
                break;
        }
        if (total != length) throw new StoreException("a stored text does not decompress: the store is damaged.");
        return new byte[length];
    }
}
