using System.IO.Compression;

namespace Lineage.Reading;

/// <summary>
/// A gzipped input file (<c>.html.gz</c>, <c>.jsonl.gz</c>, …), every member of it (RFC 1952
/// §2.2: members are concatenated). Never more than a limit is decompressed into memory, so a
/// small file that expands to gigabytes (a gzip bomb) is refused after reading only the limit.
/// </summary>
public static class GzipFile
{
    /// <summary>A stream of the decompressed data, for formats read line by line.</summary>
    public static Stream Open(string path) =>
        new GZipStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan), CompressionMode.Decompress);

    /// <summary>The decompressed bytes, or null and a problem (corrupt, or larger than <paramref name="maxBytes"/>).</summary>
    public static byte[]? ReadAll(string path, long maxBytes, out string? problem)
    {
        problem = null;
        using var input = Open(path);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                if (output.Length + read > maxBytes)
                {
                    problem = $"its gzip data expands past the {DocumentReader.Megabytes(maxBytes)} limit for one document (raise it with --max-doc-mb)";
                    return null;
                }
                output.Write(buffer, 0, read);
            }
        }
        // zlib reports some corrupt streams with its own IOException (ZLibException, not public);
        // other IOExceptions are the disk's, said as such by the caller.
        catch (Exception e) when (e is InvalidDataException || e.GetType().Name == "ZLibException")
        {
            problem = output.Length == 0 ? "not gzip data, or corrupt gzip data" : "its gzip data is corrupt or cut short";
            return null;
        }
        return output.ToArray();
    }
}
