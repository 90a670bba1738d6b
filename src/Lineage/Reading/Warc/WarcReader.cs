using System.IO.Compression;

namespace Lineage.Reading.Warc;

/// <summary>
/// Documents from a web archive (ISO 28500, WARC/1.0 and 1.1), plain or gzipped (as crawls ship
/// it, one gzip member per record, which <see cref="GZipStream"/> reads on from one to the next).
/// One document per <c>response</c> record whose HTTP payload is a 2xx HTML page: its text is the
/// decoded payload, its id <c>FILE-ID:N</c> with N the record's 1-based position in the file (the
/// WARC-Record-ID is a UUID that says nothing to a reader; the URL is kept in <see cref="Document.Url"/>).
/// The file is streamed: only one record's block is held at a time, and the limit for one
/// document applies to each record. A record that cannot be read becomes a problem naming the
/// file, the record and its byte offset; when the data is cut short, the records before it are kept.
/// </summary>
public static class WarcReader
{
    /// <summary>The first bytes of a response's block read to see what it holds, before deciding to read the rest.</summary>
    private const int HeadBytes = 64 * 1024;

    public static WarcTally Read(InputFile file, ReadOptions options, ICollection<Document> documents, ICollection<ReadProblem> problems)
    {
        if (file.Length == 0)
        {
            problems.Add(new ReadProblem(file.Path, "empty file", Skipped: true));
            return default;
        }
        FileStream stream;
        try
        {
            stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ReadProblem(file.Path, $"cannot be read: {e.Message}", Skipped: true));
            return default;
        }

        using (stream)
        {
            var compressed = IsGzip(stream);
            using var input = compressed ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream;
            var reader = new WarcRecordReader(input);
            var tally = new Counter();
            try
            {
                while (reader.ReadHeader() is { } header)
                {
                    tally.Records++;
                    ReadRecord(file, options, header, reader, Where(tally.Records, reader.RecordStart, compressed), tally, documents, problems);
                }
            }
            catch (Exception e) when (e is WarcFormatException or InvalidDataException or IOException)
            {
                var what = e switch
                {
                    WarcFormatException => e.Message,
                    InvalidDataException => $"the gzip data is corrupt or cut short ({e.Message})",
                    _ => $"cannot be read: {e.Message}",
                };
                // Records++ comes after a header is read: a failure inside a header is the next record's.
                var record = reader.InHeader ? tally.Records + 1 : tally.Records;
                var kept = tally.Pages == 1 ? "the 1 page before it is kept" : $"the {tally.Pages} pages before it are kept";
                problems.Add(new ReadProblem(file.Path, $"{Where(record, reader.RecordStart, compressed)}: {what}; {kept}", Skipped: true));
            }
            return tally.ToTally();
        }
    }

    private static void ReadRecord(InputFile file, ReadOptions options, WarcRecordHeader header, WarcRecordReader reader, string where,
        Counter tally, ICollection<Document> documents, ICollection<ReadProblem> problems)
    {
        var length = header.ContentLength;
        if (!string.Equals(header.Type, "response", StringComparison.OrdinalIgnoreCase))
        {
            tally.NotResponses++;
            reader.SkipBlock(length, length);
            return;
        }
        // A response to a dns: or ftp: request holds no HTTP message (§6.3.3).
        if (header.ContentType is not { } type || !type.StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
        {
            tally.NotHtml++;
            reader.SkipBlock(length, length);
            return;
        }

        var head = new byte[(int)Math.Min(length, HeadBytes)];
        reader.ReadBlock(head, length);
        var rest = length - head.Length;
        if (HttpResponse.Parse(head, whole: rest == 0, out var malformed) is not { } response)
        {
            problems.Add(new ReadProblem(file.Path, $"{where}: {malformed}", Skipped: true));
            reader.SkipBlock(rest, length);
            return;
        }
        if (!response.IsHtml || !response.IsSuccess)
        {
            if (response.IsHtml) tally.NotSuccess++;
            else tally.NotHtml++;
            reader.SkipBlock(rest, length);
            return;
        }
        if (length - response.BodyOffset > options.MaxDocumentBytes)
        {
            problems.Add(new ReadProblem(file.Path,
                $"{where}: its body of {DocumentReader.Megabytes(length - response.BodyOffset)} is more than the {DocumentReader.Megabytes(options.MaxDocumentBytes)} limit for one document (raise it with --max-doc-mb)", Skipped: true));
            reader.SkipBlock(rest, length);
            return;
        }

        var block = head;
        if (rest > 0)
        {
            block = new byte[length];
            head.CopyTo(block, 0);
            reader.ReadBlock(block.AsSpan(head.Length), length);
        }

        var payload = HttpPayload.Decode(response, block.AsSpan(response.BodyOffset), options.MaxDocumentBytes);
        if (payload.Problem is { } problem)
        {
            problems.Add(new ReadProblem(file.Path, $"{where}: {problem}", Skipped: true));
            return;
        }
        if (payload.Warning is { } cut) problems.Add(new ReadProblem(file.Path, $"{where}: {cut}", Skipped: false));
        var bytes = payload.Bytes!;
        if (TextDecoder.LooksBinary(bytes))
        {
            problems.Add(new ReadProblem(file.Path, $"{where}: its HTML payload is binary data (NUL or control bytes)", Skipped: true));
            return;
        }

        var decoded = TextDecoder.Decode(bytes, isHtml: true, response.Charset);
        if (DocumentReader.Create(file.Path, $"{file.Id}:{tally.Records}", decoded.Text, DocumentFormat.Html, decoded.EncodingName) is not { } page)
        {
            tally.Wordless++;
            return;
        }
        if (decoded.Warning is { } warning) problems.Add(new ReadProblem(file.Path, $"{where}: {warning}", Skipped: false));
        tally.Pages++;
        documents.Add(new Document
        {
            Id = page.Id,
            Path = page.Path,
            Text = page.Text,
            View = page.View,
            Format = DocumentFormat.Html,
            Encoding = page.Encoding,
            Url = header.TargetUri,
            Date = header.Date,
        });
    }

    private static bool IsGzip(FileStream stream)
    {
        Span<byte> magic = stackalloc byte[2];
        var read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = 0;
        return read == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
    }

    private static string Where(int record, long offset, bool compressed) =>
        $"record {record} at byte {offset}{(compressed ? " of the uncompressed data" : "")}";

    private sealed class Counter
    {
        public int Records;
        public int Pages;
        public int NotResponses;
        public int NotHtml;
        public int NotSuccess;
        public int Wordless;

        public WarcTally ToTally() => new(Records, Pages, NotResponses, NotHtml, NotSuccess, Wordless);
    }
}
