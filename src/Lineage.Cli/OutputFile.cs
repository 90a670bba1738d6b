namespace Lineage.Cli;

/// <summary>
/// One file an option writes (<c>--json FILE</c>, <c>--csv FILE</c>, …), or stdout for <c>-</c>.
/// A symlink is written through to its target; a regular file is replaced at once by a complete
/// one (written beside it, then renamed), so a failed run never leaves half a file; a character
/// device or FIFO is written in place, as <c>/dev/null</c> and a pipe's reader expect.
/// </summary>
internal sealed class OutputFile
{
    private OutputFile(string option, string path, bool makeFolder = false, bool lineEnded = true)
    {
        this.makeFolder = makeFolder;
        this.lineEnded = lineEnded;
        Option = option;
        Path = path;
        IsStdout = path == "-";
        Target = IsStdout || path.Length == 0 ? path : TargetOf(path);
        Identity = IsStdout || path.Length == 0 ? default : FileIdentity.Of(Target);
    }

    private readonly bool makeFolder;
    private readonly bool lineEnded;

    /// <summary>The option that names it, for messages: <c>--json</c>.</summary>
    public string Option { get; }

    /// <summary>The path as the user gave it.</summary>
    public string Path { get; }

    public bool IsStdout { get; }

    /// <summary>
    /// Whether a person reads it as it is written (standard output on a terminal): JSON is indented
    /// for them, and written compact for files and pipes (half the bytes; <c>jq .</c> indents it).
    /// </summary>
    public bool ToTerminal => IsStdout && Terminal.OutIsInteractive;

    /// <summary>The file written: the path, or the final target of a symlink.</summary>
    public string Target { get; }

    /// <summary>What is at <see cref="Target"/> before the run.</summary>
    public FileIdentity Identity { get; }

    public string Describe() => IsStdout ? $"{Option} -" : $"{Option} {Path}";

    internal static OutputFile Named(string option, string path) => new(option, path);

    /// <summary>
    /// A file in a folder of outputs, the folder made (with any missing parents) when the file is
    /// written; a binary file (Parquet) is written as it is, with no line end after it.
    /// </summary>
    internal static OutputFile InFolder(string option, string path, bool binary) => new(option, path, makeFolder: true, lineEnded: !binary);

    /// <summary>Why this file cannot be written, or null when it can; checked before the work starts.</summary>
    public string? Problem()
    {
        if (IsStdout) return null;
        if (Path.Length == 0) return $"{Option}: give a file name ('-' for stdout).";
        switch (Identity.Kind)
        {
            case FileKind.Directory:
                return $"{Option} {Path}: is a folder; give a file name.";
            case FileKind.Special:
                return null;
        }
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Target))!;
        if (!Directory.Exists(folder)) return $"{Option} {Path}: no such folder {System.IO.Path.GetDirectoryName(Target)}.";
        var probe = TemporaryPath();
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose)) { }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"{Option} {Path}: cannot write in {folder} ({e.Message}).";
        }
        return null;
    }

    /// <summary>Writes the output; throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when the system refuses.</summary>
    public void Write(Action<Stream> write)
    {
        if (IsStdout)
        {
            using var stdout = Terminal.OpenStandardOutput();
            WriteEnded(stdout, write);
            stdout.Flush();
            return;
        }
        if (FileIdentity.Of(Target).Kind == FileKind.Special)
        {
            using var device = new FileStream(Target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1, FileOptions.None);
            WriteEnded(device, write);
            return;
        }
        if (makeFolder) Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Target))!);
        var temporary = TemporaryPath();
        try
        {
            using (var stream = File.Create(temporary)) WriteEnded(stream, write);
            if (!OperatingSystem.IsWindows() && File.Exists(Target)) File.SetUnixFileMode(temporary, File.GetUnixFileMode(Target));
            File.Move(temporary, Target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>Every text output ends with a line break, so a shell prompt or the next output never starts on its last line; a binary one is left as written.</summary>
    private void WriteEnded(Stream stream, Action<Stream> write)
    {
        if (!lineEnded)
        {
            write(stream);
            return;
        }
        var ended = new LineEndedStream(stream);
        write(ended);
        ended.EndLine();
    }

    private string TemporaryPath() => System.IO.Path.GetFullPath(Target) + ".tmp-" + Environment.ProcessId;

    /// <summary>The path written: a symlink's final target (even one that does not exist yet), else the path itself.</summary>
    private static string TargetOf(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target) return target.FullName;
        }
        catch (IOException)
        {
            // A symlink loop: left to the write, which reports it with the path.
        }
        return path;
    }
}
