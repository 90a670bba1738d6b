using System.IO.Compression;
using Lineage.Reading;

namespace Lineage.Evaluation;

/// <summary>Reads a benchmark file as text, un-gzipping a <c>.gz</c> and decoding as <see cref="TextDecoder"/> does.</summary>
public static class BenchmarkFile
{
    public static string ReadText(string path, bool isHtml)
    {
        byte[] bytes;
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gzip.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        else
        {
            bytes = File.ReadAllBytes(path);
        }
        return TextDecoder.Decode(bytes, isHtml).Text;
    }

    /// <summary>The files of <paramref name="folder"/> whose names end with <paramref name="suffix"/>, in ordinal order.</summary>
    internal static List<string> List(string folder, string suffix)
    {
        if (!Directory.Exists(folder)) throw new ExtractionSetException($"{folder}: no such folder.");
        var files = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder))
            if (file.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) files.Add(file);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>The file name without <paramref name="suffix"/>.</summary>
    internal static string Stem(string path, string suffix)
    {
        var name = Path.GetFileName(path);
        return name[..^suffix.Length];
    }
}
