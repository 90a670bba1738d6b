namespace Lineage.Reading;

/// <summary>
/// One article per line of a JSONL file (plain or gzipped). The text field is required; id, url,
/// site, date and title are used when present. Offsets index the text field's value. A bad line
/// is reported as <c>file:line</c> and skipped; the other lines are read. The file is streamed a
/// line at a time, and a line longer than the limit for one document (counted in UTF-8 bytes, as
/// it is on disk) is skipped without being held in memory.
/// </summary>
public static class JsonLinesReader
{
    public static void Read(InputFile file, ReadOptions options, ICollection<Document> documents, ICollection<ReadProblem> problems)
    {
        try
        {
            using var stream = file.Gzipped
                ? GzipFile.Open(file.Path)
                : new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            ReadLines(file, stream, options, documents, problems);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ReadProblem(file.Path, $"cannot be read: {e.Message}", Skipped: true));
        }
        catch (InvalidDataException)
        {
            problems.Add(new ReadProblem(file.Path, "its gzip data is corrupt or cut short; the lines before it are kept", Skipped: true));
        }
    }

    /// <summary>The lines of an open stream (the file's, or a test's).</summary>
    internal static void ReadLines(InputFile file, Stream stream, ReadOptions options, ICollection<Document> documents, ICollection<ReadProblem> problems)
    {
        var lines = new LineReader(stream, options.MaxDocumentBytes);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        var sawLine = false;
        while (lines.Next(out var line, out var length))
        {
            lineNumber++;
            if (length > options.MaxDocumentBytes)
            {
                sawLine = true;
                problems.Add(new ReadProblem($"{file.Path}:{lineNumber}",
                    $"line of {DocumentReader.Megabytes(length)} is more than the {DocumentReader.Megabytes(options.MaxDocumentBytes)} limit for one document (raise it with --max-doc-mb)", Skipped: true));
                continue;
            }
            if (IsBlank(line.Span)) continue;
            sawLine = true;
            if (JsonLine.Parse(file, lineNumber, line, options.Fields, ids, problems) is { } document) documents.Add(document);
        }
        if (!sawLine) problems.Add(new ReadProblem(file.Path, "empty file", Skipped: true));
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r\f\v"u8).IsEmpty;
}
