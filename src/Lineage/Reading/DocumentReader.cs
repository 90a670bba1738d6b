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
    public static void Read(InputFile file, ReadOptions options, ICollection<Document> documents, ICollection<ReadProblem> problems)
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
        if (file.Length > options.MaxDocumentBytes)
        {
            problems.Add(new ReadProblem(file.Path,
                $"{Megabytes(file.Length)} is more than the {Megabytes(options.MaxDocumentBytes)} limit for one document (raise it with --max-doc-mb)", Skipped: true));
            return;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ReadProblem(file.Path, $"cannot be read: {e.Message}", Skipped: true));
            return;
        }
        if (FromBytes(file, bytes, problems) is { } document) documents.Add(document);
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
        var document = Create(file.Path, file.Id, decoded.Text, file.Format, decoded.EncodingName);
        if (document is null) problems.Add(new ReadProblem(file.Path, "no words in it", Skipped: true));
        return document;
    }

    /// <summary>A document from text already decoded; null when the text holds no word.</summary>
    public static Document? Create(string path, string id, string text, DocumentFormat format, string encoding = "utf-8", int? line = null)
    {
        var view = format switch
        {
            DocumentFormat.Html => HtmlVisibleText.Extract(text),
            DocumentFormat.Markdown => MarkdownVisibleText.Extract(text),
            _ => TextView.Identity(text),
        };
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
