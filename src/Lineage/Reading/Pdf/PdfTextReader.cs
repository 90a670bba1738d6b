using System.Globalization;
using System.Text;

namespace Lineage.Reading.Pdf;

/// <summary>
/// One document per PDF file: its text as pdftotext extracts it, pages joined by one line end,
/// which every offset of the document indexes (there is no way back to positions in the PDF). A PDF that cannot be read,
/// has no text layer, or a pdftotext that is missing, becomes one problem for that file; the
/// rest of the input is read as usual.
/// </summary>
public static class PdfTextReader
{
    /// <summary>Said when pdftotext is not installed, so the user knows what to install.</summary>
    public const string InstallHint = "install poppler-utils: apt-get install poppler-utils";

    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static void Read(InputFile file, ReadOptions options, ICollection<Document> documents, ICollection<ReadProblem> problems)
    {
        if (file.Length == 0)
        {
            problems.Add(new ReadProblem(file.Path, "empty file", Skipped: true));
            return;
        }
        var run = PdfToText.Extract(options.PdfToText, file.Path, options.MaxDocumentBytes, options.PdfTimeout);
        var tool = options.PdfToText;
        var said = Said(run.StandardError);
        string? problem = run.Status switch
        {
            PdfToTextStatus.NotFound => $"cannot read PDF: {tool} not found ({InstallHint})",
            PdfToTextStatus.CannotStart => $"cannot read PDF: {tool} could not be started: {said}",
            PdfToTextStatus.Failed => $"cannot read PDF: {tool} failed (exit code {run.ExitCode}){(said.Length > 0 ? ": " + said : "")}",
            PdfToTextStatus.TimedOut => string.Create(CultureInfo.InvariantCulture,
                $"cannot read PDF: {tool} took longer than {options.PdfTimeout.TotalSeconds:0.#} s and was stopped"),
            PdfToTextStatus.TooLong => $"its text is more than the {DocumentReader.Megabytes(options.MaxDocumentBytes)} limit for one document (raise it with --max-doc-mb)",
            _ => null,
        };
        if (problem is not null)
        {
            problems.Add(new ReadProblem(file.Path, problem, Skipped: true));
            return;
        }

        var text = JoinPages(LenientUtf8.GetString(run.Output));
        if (DocumentReader.Create(file.Path, file.Id, text, DocumentFormat.Pdf) is { } document)
        {
            documents.Add(document);
            return;
        }
        var why = string.IsNullOrWhiteSpace(text) ? "no text layer (scanned PDF?)" : "no words in its text";
        problems.Add(new ReadProblem(file.Path, said.Length > 0 ? $"{why}; {tool} said: {said}" : why, Skipped: true));
    }

    /// <summary>
    /// pdftotext ends every page with a paragraph break and a form feed. An article's paragraph
    /// mostly runs on over a page, so pages are joined by a single line end instead: a sentence
    /// stays one block of text, and a word hyphenated at the foot of a page is a line-end hyphen
    /// the tokenizer joins. Pages with no text (figures, scans) leave nothing.
    /// </summary>
    internal static string JoinPages(string output)
    {
        var text = new StringBuilder(output.Length);
        foreach (var page in output.Split('\f'))
        {
            var trimmed = page.TrimEnd('\n', '\r', ' ');
            if (trimmed.Trim().Length == 0) continue;
            text.Append(trimmed).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>pdftotext's messages on one line, each said once, kept short.</summary>
    private static string Said(string standardError)
    {
        var lines = standardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var said = string.Join("; ", lines.Distinct(StringComparer.Ordinal));
        return said.Length <= 300 ? said : said[..300] + "…";
    }
}
