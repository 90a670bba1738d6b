namespace Lineage.Reading.Pdf;

/// <summary>How a pdftotext run ended.</summary>
internal enum PdfToTextStatus
{
    /// <summary>Exit code 0; the output is the text.</summary>
    Ok,

    /// <summary>The program is not installed (not on PATH, or no file at the path given).</summary>
    NotFound,

    /// <summary>The program is there but could not be started (e.g. not executable).</summary>
    CannotStart,

    /// <summary>A non-zero exit code: pdftotext rejected the file (corrupt, encrypted, not a PDF).</summary>
    Failed,

    /// <summary>Stopped at the timeout.</summary>
    TimedOut,

    /// <summary>The text is longer than the limit for one document.</summary>
    TooLong,
}
