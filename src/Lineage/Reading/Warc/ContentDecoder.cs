using System.IO.Compression;

namespace Lineage.Reading.Warc;

/// <summary>
/// Undoes one HTTP content coding (RFC 9110 §8.4.1): gzip, deflate or br, never writing more than
/// a limit, so a small compressed body cannot expand past the limit for one document.
/// </summary>
internal static class ContentDecoder
{
    /// <summary>What decoding gave: the bytes, and whether they stop early (or a problem instead).</summary>
    internal readonly record struct Decoded(byte[]? Bytes, bool CutShort, string? Problem);

    public static Decoded Decode(byte[] body, string coding, long maxBytes)
    {
        switch (coding.Trim().ToLowerInvariant())
        {
            case "" or "identity":
                return new Decoded(body, false, null);
            case "gzip" or "x-gzip":
                // Some crawlers store the payload decoded and keep the Content-Encoding header: no
                // gzip magic number (RFC 1952 §2.3.1) means there is nothing to undo.
                return body is [0x1F, 0x8B, ..] ? Inflate(new GZipStream(new MemoryStream(body), CompressionMode.Decompress), "gzip", maxBytes) : new Decoded(body, false, null);
            case "deflate":
                // "deflate" is meant to be zlib-wrapped (RFC 1950) but servers also send raw deflate (RFC 1951).
                if (LooksDecoded(body)) return new Decoded(body, false, null);
                return IsZlibHeader(body)
                    ? Inflate(new ZLibStream(new MemoryStream(body), CompressionMode.Decompress), "deflate", maxBytes)
                    : Inflate(new DeflateStream(new MemoryStream(body), CompressionMode.Decompress), "deflate", maxBytes);
            case "br":
                return LooksDecoded(body) ? new Decoded(body, false, null) : Inflate(new BrotliStream(new MemoryStream(body), CompressionMode.Decompress), "br", maxBytes);
            default:
                return new Decoded(null, false, $"its body has a content coding Lineage cannot undo ('{coding.Trim()}')");
        }
    }

    private static Decoded Inflate(Stream decompressor, string coding, long maxBytes)
    {
        using (decompressor)
        using (var output = new MemoryStream())
        {
            var buffer = new byte[81920];
            try
            {
                int read;
                while ((read = decompressor.Read(buffer)) > 0)
                {
                    if (output.Length + read > maxBytes)
                        return new Decoded(null, false, $"its {coding}-encoded body expands past the {DocumentReader.Megabytes(maxBytes)} limit for one document (raise it with --max-doc-mb)");
                    output.Write(buffer, 0, read);
                }
            }
            catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException)
            {
                // A body the crawler cut short ends in the middle of the compressed data: keep what
                // came out. (BrotliStream says "invalid data" with an InvalidOperationException, and
                // zlib some corrupt streams with a ZLibException, an IOException.)
                if (output.Length > 0) return new Decoded(output.ToArray(), true, null);
                return new Decoded(null, false, $"its {coding}-encoded body is corrupt ({e.Message})");
            }
            return new Decoded(output.ToArray(), false, null);
        }
    }

    /// <summary>True when the body already starts like markup: then it was stored decoded.</summary>
    private static bool LooksDecoded(ReadOnlySpan<byte> body)
    {
        var text = body.TrimStart(" \t\r\n"u8);
        return text.IsEmpty || text[0] == '<';
    }

    private static bool IsZlibHeader(ReadOnlySpan<byte> body) =>
        body.Length >= 2 && (body[0] & 0x0F) == 8 && ((body[0] << 8) | body[1]) % 31 == 0;
}
