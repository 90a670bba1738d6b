using Lineage.Reading.Pdf;
using Lineage.Reading.Warc;
using Lineage.Text;

namespace Lineage.Reading;

/// <summary>
/// Reads one file into documents. Never throws for a problem in the file itself: an unreadable,
/// binary, empty or oversized file, a malformed JSONL line, a PDF pdftotext cannot read or a
/// broken WARC record becomes a <see cref="ReadProblem"/>
/// naming the file and what is wrong, and the rest of the input is read as usual.
/// </summary>
public static class DocumentReader
{
    /// <summary>Said of a file whose reader failed in a way it does not expect: a bug to report, not a bad file.</summary>
    internal const string InternalError = "cannot be read: internal error";

    public static void Read(InputFile file, ReadOptions options, ICollection<Document> documents, ICollection<ReadProblem> problems)
    {
        try
        {
            ReadFile(file, options, documents, problems);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A reader's own bug or a library's surprise on one odd file must cost that file, not
            // the run: the documents read before it are kept, and the file is named.
            problems.Add(new ReadProblem(file.Path, $"{InternalError} ({e.GetType().Name}: {e.Message})", Skipped: true));
        }
    }

    private static void ReadFile(InputFile file, ReadOptions options, ICollection<Document> documents, ICollection<ReadProblem> problems)
    {
        // Formats that hold many documents, or whose file size says nothing of its text's, apply the limit themselves.
        switch (file.Format)
        {
            case DocumentFormat.JsonLine:
                JsonLinesReader.Read(file, options, documents, problems);
                return;
            case DocumentFormat.Warc:
                WarcReader.Read(file, options, documents, problems);
                return;
            case DocumentFormat.Pdf:
                PdfTextReader.Read(file, options, documents, problems);
                return;
        }
        if (!file.Gzipped && file.Length > options.MaxDocumentBytes)
        {
            problems.Add(new ReadProblem(file.Path,
                $"{Megabytes(file.Length)} is more than the {Megabytes(options.MaxDocumentBytes)} limit for one document (raise it with --max-doc-mb)", Skipped: true));
            return;
        }

        byte[]? bytes;
        try
        {
            string? problem = null;
            bytes = file.Gzipped ? GzipFile.ReadAll(file.Path, options.MaxDocumentBytes, out problem) : File.ReadAllBytes(file.Path);
            if (bytes is null)
            {
                problems.Add(new ReadProblem(file.Path, problem!, Skipped: true));
                return;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ReadProblem(file.Path, $"cannot be read: {e.Message}", Skipped: true));
            return;
        }
        if (FromBytes(file, bytes, problems) is { } document) documents.Add(document);
    }

    /// <summary>
    /// One file read as plain text whatever its extension, as evaluation sets name their texts;
    /// null, with the reason in <paramref name="problems"/>, when it is missing, cannot be read or
    /// holds no readable text. <paramref name="hadByteOrderMark"/> tells whether the decoded text
    /// starts one char after the file's first (a UTF-8 byte-order mark was dropped).
    /// </summary>
    public static Document? ReadAsPlainText(string path, ICollection<ReadProblem> problems, out bool hadByteOrderMark)
    {
        hadByteOrderMark = false;
        if (!File.Exists(path))
        {
            problems.Add(new ReadProblem(path, "no such file", Skipped: true));
            return null;
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ReadProblem(path, $"cannot be read: {e.Message}", Skipped: true));
            return null;
        }
        hadByteOrderMark = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var file = new InputFile(path, Path.GetFileNameWithoutExtension(path), DocumentFormat.Text, bytes.LongLength);
        return FromBytes(file, bytes, problems);
    }

    /// <summary>Decodes and views one file's bytes; null (with a problem said) when it holds no readable text.</summary>
    public static Document? FromBytes(InputFile file, byte[] bytes, ICollection<ReadProblem> problems)
    {
        if (bytes.Length == 0)
        {
            problems.Add(new ReadProblem(file.Path, "empty file", Skipped: true));
            return null;
        }
        if (TextDecoder.LooksBinary(bytes))
        {
            problems.Add(new ReadProblem(file.Path, "binary data, not text (NUL or control bytes)", Skipped: true));
            return null;
        }
        var decoded = TextDecoder.Decode(bytes, file.Format == DocumentFormat.Html);
        if (decoded.Warning is { } warning) problems.Add(new ReadProblem(file.Path, warning, Skipped: false));
        var document = Create(file.Path, file.Id, decoded.Text, file.Format, decoded.EncodingName, problems: problems);
        if (document is null) problems.Add(new ReadProblem(file.Path, "no words in it", Skipped: true));
        return document;
    }

    /// <summary>A document from text already decoded; null when the text holds no word.</summary>
    /// <param name="problems">Where a warning about the text goes (markdown too deeply nested, read as plain text).</param>
    public static Document? Create(string path, string id, string text, DocumentFormat format, string encoding = "utf-8", int? line = null,
        ICollection<ReadProblem>? problems = null)
    {
        TextView view;
        switch (format)
        {
            case DocumentFormat.Html:
                view = HtmlVisibleText.Extract(text);
                if (HtmlShape.Measure(text).IsPastLimit(out var warning)) problems?.Add(new ReadProblem(path, warning, Skipped: false));
                break;
            case DocumentFormat.Markdown:
                view = MarkdownVisibleText.Extract(text, out var plain);
                if (plain is not null) problems?.Add(new ReadProblem(path, plain, Skipped: false));
                break;
            default:
                view = TextView.Identity(text);
                break;
        }
        if (!HasWord(view.Chars)) return null;
        return new Document { Id = id, Path = path, Text = text, View = view, Format = format, Encoding = encoding, Line = line };
    }

    private static bool HasWord(string chars)
    {
        foreach (var c in chars)
            if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    internal static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):0.#} MB";
}
