namespace Lineage.Reading;

/// <summary>
/// Turns the paths a user gives into the files to read: folders are walked recursively (hidden
/// files and folders left out), files are taken as they are, and each file's format comes from
/// its extension. A document's id is its path relative to the folder given, without extension
/// (a file of many documents, JSONL or WARC, adds each one's line or record number).
/// </summary>
public static class InputWalker
{
    /// <summary>The extensions read, as listed to a user who gives a file of another type.</summary>
    public const string KnownExtensions = ".txt, .md, .markdown, .html, .htm, .jsonl, .pdf, .warc, .warc.gz";

    public static DocumentFormat? FormatOf(string path) => ExtensionOf(path).ToLowerInvariant() switch
    {
        ".txt" or ".text" => DocumentFormat.Text,
        ".md" or ".markdown" => DocumentFormat.Markdown,
        ".html" or ".htm" or ".xhtml" => DocumentFormat.Html,
        ".jsonl" or ".ndjson" => DocumentFormat.JsonLine,
        ".pdf" => DocumentFormat.Pdf,
        ".warc" or ".warc.gz" => DocumentFormat.Warc,
        _ => null,
    };

    /// <summary>The file's extension, two-part for a compressed web archive (<c>.warc.gz</c>), so that it is the format and is left out of the id.</summary>
    private static string ExtensionOf(string path) =>
        path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase) ? path[^".warc.gz".Length..] : Path.GetExtension(path);

    public static IReadOnlyList<InputFile> Walk(IEnumerable<string> paths, ICollection<ReadProblem> problems)
    {
        var files = new List<InputFile>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", new EnumerationOptions
                {
                    RecurseSubdirectories = true,
                    IgnoreInaccessible = true,
                    AttributesToSkip = System.IO.FileAttributes.Hidden | System.IO.FileAttributes.System,
                }).Order(StringComparer.Ordinal);
                foreach (var file in found)
                {
                    if (FormatOf(file) is not { } format) continue;
                    Add(files, ids, file, Path.GetRelativePath(path, file), format);
                }
            }
            else if (File.Exists(path))
            {
                if (FormatOf(path) is { } format) Add(files, ids, path, Path.GetFileName(path), format);
                else problems.Add(new ReadProblem(path, $"unknown file type '{Path.GetExtension(path)}' (known: {KnownExtensions})", Skipped: true));
            }
            else
            {
                problems.Add(new ReadProblem(path, "no such file or folder", Skipped: true));
            }
        }
        return files;
    }

    private static void Add(List<InputFile> files, HashSet<string> ids, string path, string relative, DocumentFormat format)
    {
        var withoutExtension = relative[..^ExtensionOf(relative).Length].Replace('\\', '/');
        // a.txt and a.md in one folder: the second keeps its extension so ids stay unique.
        var id = ids.Add(withoutExtension) ? withoutExtension : relative.Replace('\\', '/');
        ids.Add(id);
        files.Add(new InputFile(path, id, format, new FileInfo(path).Length));
    }
}
