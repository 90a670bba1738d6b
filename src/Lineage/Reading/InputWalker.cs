namespace Lineage.Reading;

/// <summary>
/// Turns the paths a user gives into the files to read: folders are walked recursively (hidden
/// files and folders left out), files are taken as they are, and each file's format comes from
/// its extension (<c>.gz</c> after it: gzipped). A document's id is its path relative to the
/// folder given (a file given by itself: its path as given), without extension; a file of many
/// documents, JSONL or WARC, adds each one's line or record number.
/// Only regular files are opened: a FIFO blocks until someone writes to it and a device such as
/// <c>/dev/zero</c> never ends, so both are reported and left alone. Symbolic links are followed,
/// but a folder already walked (known by its device and inode) is not walked again, so a link
/// back up the tree cannot make the walk go round.
/// </summary>
public static class InputWalker
{
    /// <summary>The extensions read, as listed to a user who gives a file of another type.</summary>
    public const string KnownExtensions =
        ".txt, .text, .md, .markdown, .html, .htm, .xhtml, .jsonl, .ndjson, .pdf, .warc, .warc.gz, and the text, markdown, HTML and JSONL ones gzipped (.jsonl.gz, .html.gz, …)";

    private const string Gzip = ".gz";

    public static DocumentFormat? FormatOf(string path) =>
        ExtensionOf(path, out var gzipped) is { } extension ? FormatOfExtension(gzipped ? extension[..^Gzip.Length] : extension) : null;

    private static DocumentFormat? FormatOfExtension(string extension) => extension.ToLowerInvariant() switch
    {
        ".txt" or ".text" => DocumentFormat.Text,
        ".md" or ".markdown" => DocumentFormat.Markdown,
        ".html" or ".htm" or ".xhtml" => DocumentFormat.Html,
        ".jsonl" or ".ndjson" => DocumentFormat.JsonLine,
        ".pdf" => DocumentFormat.Pdf,
        ".warc" or ".warc.gz" => DocumentFormat.Warc,
        _ => null,
    };

    /// <summary>
    /// The extension that says the format, and whether the file is gzipped: <c>.warc.gz</c> is one
    /// format (a WARC reader reads its gzip members itself); <c>.html.gz</c> is HTML, gzipped.
    /// </summary>
    private static string? ExtensionOf(string path, out bool gzipped)
    {
        gzipped = false;
        if (path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase)) return path[^".warc.gz".Length..];
        if (!path.EndsWith(Gzip, StringComparison.OrdinalIgnoreCase)) return Path.GetExtension(path);
        var inner = Path.GetExtension(path[..^Gzip.Length]);
        // A gzipped PDF is not read: pdftotext takes a file, and no crawl ships PDFs that way.
        if (FormatOfExtension(inner) is null or DocumentFormat.Pdf) return null;
        gzipped = true;
        return inner + path[^Gzip.Length..];
    }

    public static IReadOnlyList<InputFile> Walk(IEnumerable<string> paths, ICollection<ReadProblem> problems)
    {
        var found = new List<(string Path, string Relative)>();
        var walked = new HashSet<string>(StringComparer.Ordinal);
        paths = paths as IReadOnlyList<string> ?? paths.ToArray();
        var given = CommonFolder(paths);
        foreach (var path in paths)
        {
            var status = FileStatus.Of(path);
            switch (status.Kind)
            {
                case FileKind.Directory:
                    var start = found.Count;
                    WalkFolder(path, status, walked, found, problems);
                    found.Sort(start, found.Count - start, OrdinalByPath.Instance);
                    break;
                case FileKind.Regular:
                    if (FormatOf(path) is not null)
                        found.Add((path, Path.GetRelativePath(given!, Path.GetFullPath(path))));
                    else
                        problems.Add(new ReadProblem(path, $"unknown file type '{Path.GetExtension(path)}' (known: {KnownExtensions})", Skipped: true));
                    break;
                case FileKind.Special:
                    problems.Add(new ReadProblem(path, SpecialMessage, Skipped: true));
                    break;
                default:
                    problems.Add(new ReadProblem(path, "no such file or folder", Skipped: true));
                    break;
            }
        }

        var files = new List<InputFile>(found.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, relative) in found) files.Add(Create(ids, path, relative));
        return files;
    }

    /// <summary>
    /// The deepest folder holding every file given by itself: their ids are their paths from it,
    /// so <c>c1/story.txt</c> and <c>c2/story.txt</c> are <c>c1/story</c> and <c>c2/story</c>, and one
    /// file alone is known by its name.
    /// </summary>
    private static string? CommonFolder(IEnumerable<string> paths)
    {
        string? common = null;
        foreach (var path in paths)
        {
            if (FileStatus.Of(path).Kind == FileKind.Directory) continue;
            var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Path.GetFullPath(path);
            if (common is null)
            {
                common = folder;
                continue;
            }
            while (!IsWithin(folder, common) && Path.GetDirectoryName(common) is { } parent) common = parent;
        }
        return common;
    }

    private static bool IsWithin(string folder, string ancestor) =>
        folder == ancestor || (folder.StartsWith(ancestor, StringComparison.Ordinal)
                               && (ancestor.EndsWith(Path.DirectorySeparatorChar) || folder[ancestor.Length] == Path.DirectorySeparatorChar));

    private const string SpecialMessage = "not a regular file (a FIFO, socket or device); not opened";

    /// <summary>Walks one folder tree without recursion (a deep tree cannot overflow the stack).</summary>
    private static void WalkFolder(string root, FileStatus rootStatus, HashSet<string> walked, List<(string, string)> found, ICollection<ReadProblem> problems)
    {
        var pending = new Stack<(string Path, FileStatus Status)>();
        pending.Push((root, rootStatus));
        while (pending.Count > 0)
        {
            var (folder, status) = pending.Pop();
            if (!walked.Add(status.Identity))
            {
                // Reached again through a symbolic link: its files are read once.
                if (folder != root) problems.Add(new ReadProblem(folder, "a link to a folder already read; not read again", Skipped: false));
                continue;
            }
            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new ReadProblem(folder, $"folder cannot be read ({ReasonOf(e)}); its files are left out", Skipped: true));
                continue;
            }
            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry);
                if (name.StartsWith('.')) continue;
                var entryStatus = FileStatus.Of(entry);
                switch (entryStatus.Kind)
                {
                    case FileKind.Directory:
                        pending.Push((entry, entryStatus));
                        break;
                    case FileKind.Regular when FormatOf(entry) is not null:
                        found.Add((entry, Path.GetRelativePath(root, entry)));
                        break;
                    case FileKind.Special when FormatOf(entry) is not null:
                        problems.Add(new ReadProblem(entry, SpecialMessage, Skipped: true));
                        break;
                }
            }
        }
    }

    private static string ReasonOf(Exception e) => e is UnauthorizedAccessException ? "permission denied" : e.Message;

    private static InputFile Create(HashSet<string> ids, string path, string relative)
    {
        relative = relative.Replace('\\', '/');
        var extension = ExtensionOf(relative, out var gzipped)!;
        var withoutExtension = relative[..^extension.Length];
        // a.txt and a.md in one folder: the second keeps its extension so ids stay unique; the
        // same file given twice gets a number.
        var id = withoutExtension;
        if (!ids.Add(id))
        {
            id = relative;
            for (var n = 2; !ids.Add(id); n++) id = $"{relative}#{n}";
        }
        long length;
        try
        {
            length = new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            length = 0;
        }
        return new InputFile(path, id, FormatOfExtension(gzipped ? extension[..^Gzip.Length] : extension)!.Value, length) { Gzipped = gzipped };
    }

    private sealed class OrdinalByPath : IComparer<(string Path, string Relative)>
    {
        public static readonly OrdinalByPath Instance = new();

        public int Compare((string Path, string Relative) x, (string Path, string Relative) y) => string.CompareOrdinal(x.Path, y.Path);
    }
}
