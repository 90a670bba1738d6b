using Lineage.Reading;

namespace Lineage.Cli;

/// <summary>
/// The outputs a command was asked for, checked together before the work starts: each can be
/// written, stdout is named at most once, no two options name one file, and none would overwrite
/// an input (a file given, or a readable file inside a folder given). Every output option goes
/// through here, so a new one gets all of these checks by being added.
/// </summary>
internal sealed class OutputFiles
{
    private readonly List<OutputFile> files = [];
    private readonly List<OutputFolder> folders = [];

    /// <summary>The output an option names, or null when the option was not given.</summary>
    public OutputFile? Add(string option, string? path)
    {
        if (path is null) return null;
        var file = OutputFile.Named(option, path);
        files.Add(file);
        return file;
    }

    /// <summary>The folder an option names, or null when the option was not given.</summary>
    public OutputFolder? AddFolder(string option, string? path, IReadOnlyList<string> fileNames, bool binary = false)
    {
        if (path is null) return null;
        var folder = OutputFolder.Named(option, path, fileNames, binary);
        folders.Add(folder);
        return folder;
    }

    /// <summary>Some output goes to stdout, in place of the text report.</summary>
    public bool AnyToStdout
    {
        get
        {
            foreach (var file in files)
                if (file.IsStdout) return true;
            return false;
        }
    }

    /// <summary>Says what is wrong (one line per problem) and returns false, or returns true when every output can be written.</summary>
    public bool Check(IReadOnlyList<string> inputs)
    {
        var problems = Problems(inputs);
        foreach (var problem in problems) Terminal.Fail(problem);
        return problems.Count == 0;
    }

    public List<string> Problems(IReadOnlyList<string> inputs)
    {
        var problems = new List<string>();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            if (file.Problem() is { } problem)
            {
                problems.Add(problem);
                continue;
            }
            for (var j = 0; j < i; j++)
            {
                var other = files[j];
                if (file.IsStdout && other.IsStdout)
                    problems.Add($"{other.Option} and {file.Option} both write to stdout ('-'); give one of them a file.");
                else if (!file.IsStdout && !other.IsStdout && Same(file, other))
                    problems.Add($"{other.Describe()} and {file.Describe()} name the same file; give each its own.");
            }
            if (file.IsStdout || !file.Identity.Exists) continue;
            foreach (var input in inputs)
            {
                if (input == "-") continue;
                var given = FileIdentity.Of(input);
                if (file.Identity.SameFileAs(given))
                    problems.Add($"{file.Describe()}: is the input file {input}; writing it would destroy it.");
                else if (given.Kind == FileKind.Directory && file.Identity.Kind == FileKind.Regular
                    && InputWalker.FormatOf(file.Target) is not null && Inside(file.Identity.RealPath, given.RealPath))
                    problems.Add($"{file.Describe()}: is an input file inside {input}; writing it would destroy it.");
            }
        }
        for (var f = 0; f < folders.Count; f++)
        {
            var folder = folders[f];
            if (folder.Problem(inputs) is { } problem)
            {
                problems.Add(problem);
                continue;
            }
            for (var g = 0; g < f; g++)
                if (string.Equals(folders[g].Identity.RealPath, folder.Identity.RealPath, StringComparison.Ordinal))
                    problems.Add($"{folders[g].Describe()} and {folder.Describe()} name the same folder; give each its own.");
            foreach (var file in files)
            {
                if (file.IsStdout) continue;
                var target = FileIdentity.RealPathOf(file.Target);
                if (string.Equals(target, folder.Identity.RealPath, StringComparison.Ordinal))
                    problems.Add($"{file.Describe()} and {folder.Describe()} name the same path; give each its own.");
                foreach (var name in folder.FileNames)
                    if (string.Equals(target, folder.RealPathOf(name), StringComparison.Ordinal))
                        problems.Add($"{file.Describe()} is a file {folder.Describe()} writes; give each its own.");
            }
        }
        return problems;
    }

    private static bool Same(OutputFile a, OutputFile b) =>
        a.Identity.SameFileAs(b.Identity)
        || string.Equals(FileIdentity.RealPathOf(a.Target), FileIdentity.RealPathOf(b.Target), StringComparison.Ordinal);

    /// <summary>The path lies within the folder (both real paths).</summary>
    internal static bool Inside(string path, string folder) =>
        path.StartsWith(folder.EndsWith(System.IO.Path.DirectorySeparatorChar) ? folder : folder + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
