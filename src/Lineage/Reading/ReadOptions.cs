namespace Lineage.Reading;

/// <summary>How input files are read.</summary>
public sealed record ReadOptions
{
    /// <summary>Largest document read, in bytes: anything bigger is not an article and is skipped with a message.</summary>
    public long MaxDocumentBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Field names of a JSONL article.</summary>
    public JsonLinesFields Fields { get; init; } = new();

    /// <summary>The pdftotext program (poppler-utils) that extracts a PDF's text: a name looked up on PATH, or a path.</summary>
    public string PdfToText { get; init; } = "pdftotext";

    /// <summary>How long one PDF may take to extract before pdftotext is stopped and the file reported.</summary>
    public TimeSpan PdfTimeout { get; init; } = TimeSpan.FromSeconds(60);
}

/// <summary>Which JSON fields of a JSONL line hold the article text and its metadata.</summary>
public sealed record JsonLinesFields
{
    public string Text { get; init; } = "text";
    public string Id { get; init; } = "id";
    public string Url { get; init; } = "url";
    public string Site { get; init; } = "site";
    public string Date { get; init; } = "date";
    public string Title { get; init; } = "title";

    /// <summary>Applies a <c>name=field</c> override, e.g. <c>text=body</c>.</summary>
    public JsonLinesFields With(string assignment)
    {
        var eq = assignment.IndexOf('=');
        if (eq <= 0 || eq == assignment.Length - 1)
            throw new ArgumentException($"'{assignment}' is not of the form name=field (e.g. text=body).");
        var name = assignment[..eq].Trim().ToLowerInvariant();
        var field = assignment[(eq + 1)..].Trim();
        return name switch
        {
            "text" => this with { Text = field },
            "id" => this with { Id = field },
            "url" => this with { Url = field },
            "site" => this with { Site = field },
            "date" => this with { Date = field },
            "title" => this with { Title = field },
            _ => throw new ArgumentException($"'{name}' is not a JSONL field Lineage reads (text, id, url, site, date, title)."),
        };
    }
}
