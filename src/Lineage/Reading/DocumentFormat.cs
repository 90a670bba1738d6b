namespace Lineage.Reading;

/// <summary>
/// How a file is read (<see cref="InputFile.Format"/>) and how a document's text is viewed
/// (<see cref="Document.Format"/>). The two differ only for WARC: the file is <see cref="Warc"/>,
/// each page read from it is <see cref="Html"/>.
/// </summary>
public enum DocumentFormat
{
    Text,
    Markdown,
    Html,
    JsonLine,

    /// <summary>A PDF file; its document's text is what pdftotext extracts, viewed as plain text.</summary>
    Pdf,

    /// <summary>A web archive (.warc, .warc.gz); it holds many documents, each of them HTML.</summary>
    Warc,
}
