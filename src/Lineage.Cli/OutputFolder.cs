namespace Lineage.Cli;

/// <summary>
/// A folder an option writes several files into (<c>--passim DIR</c>), made when missing. Only a
/// folder that is empty or holds nothing but the files this option writes is used, so a mistyped
/// path never mixes the output with other files, and a run repeated into the same folder replaces
/// its own files. Each file is written through <see cref="OutputFile"/>: complete or not at all.
/// </summary>
internal sealed class OutputFolder
{
    private OutputFolder(string option, string path, IReadOnlyList<string> fileNames, bool binary)
    {
        this.binary = binary;
        Option = option;
        Path = path;
        FileNames = fileNames;
        Identity = path.Length == 0 ? default : FileIdentity.Of(path);
    }

    private readonly bool binary;

    public string Option { get; }

    /// <summary>The path as the user gave it.</summary>
    public string Path { get; }

    /// <summary>The names of the files written inside it.</summary>
    public IReadOnlyList<string> FileNames { get; }

    public FileIdentity Identity { get; }

    public string Describe() => $"{Option} {Path}";

    internal static OutputFolder Named(string option, string path, IReadOnlyList<string> fileNames, bool binary = false) => new(option, path, fileNames, binary);

    /// <summary>The real path of one of its files, to tell it from other outputs.</summary>
    public string RealPathOf(string fileName) => System.IO.Path.Combine(Identity.RealPath, fileName);

    /// <summary>Why this folder cannot be written, or null when it can; checked before the work starts.</summary>
    public string? Problem(IReadOnlyList<string> inputs)
    {
        if (Path.Length == 0 || Path == "-") return $"{Option}: give a folder name.";
        foreach (var input in inputs)
        {
            if (input == "-") continue;
            var given = FileIdentity.Of(input);
            if (!given.Exists) continue;
            if (Identity.SameFileAs(given) || OutputFiles.Inside(given.RealPath, Identity.RealPath))
                return $"{Describe()}: is or holds the input {input}; give a folder of its own.";
        }
        switch (Identity.Kind)
        {
            case FileKind.Missing:
                break;
            case FileKind.Directory:
                if (Foreign() is { } other)
                    return $"{Describe()}: holds {other}, which is not one of its files ({string.Join(", ", FileNames)}); give an empty or new folder.";
                break;
            default:
                return $"{Describe()}: is not a folder; give a folder name.";
        }
        var existing = Identity.RealPath;
        while (!Directory.Exists(existing))
        {
            if (System.IO.File.Exists(existing)) return $"{Describe()}: {existing} is a file, so the folder cannot be made.";
            existing = System.IO.Path.GetDirectoryName(existing) ?? "/";
        }
        var probe = System.IO.Path.Combine(existing, ".lineage-probe-" + Environment.ProcessId);
        try
        {
            using (System.IO.File.Create(probe, 1, FileOptions.DeleteOnClose)) { }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"{Describe()}: cannot write in {existing} ({e.Message}).";
        }
        return null;
    }

    /// <summary>The output for one of its files; writing it makes the folder when missing.</summary>
    public OutputFile File(string fileName) => OutputFile.InFolder(Option, System.IO.Path.Combine(Path, fileName), binary);

    private string? Foreign()
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(Path))
        {
            var name = System.IO.Path.GetFileName(entry);
            if (!System.IO.File.Exists(entry) || !Contains(FileNames, name)) return name;
        }
        return null;
    }

    private static bool Contains(IReadOnlyList<string> names, string name)
    {
        foreach (var n in names)
            if (string.Equals(n, name, StringComparison.Ordinal)) return true;
        return false;
    }
}
