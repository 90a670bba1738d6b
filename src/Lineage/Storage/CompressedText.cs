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
        if (length == 0) return "";
        var utf8 = new byte[length];
        if (!BrotliDecoder.TryDecompress(stored.AsSpan(4), utf8, out var written) || written != length)
            throw new StoreException("a stored text does not decompress: the store is damaged.");
        return Encoding.UTF8.GetString(utf8);
    }
}
