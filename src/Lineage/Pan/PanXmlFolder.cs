using Lineage.Reading;

namespace Lineage.Pan;

/// <summary>
/// Every PAN XML file below a folder, in name order. PAN's scorer reads <c>*.xml</c> in the folder
/// and its subfolders; walking all depths also takes a whole PAN 2013 corpus (<c>01-no-plagiarism/</c>,
/// <c>02-no-obfuscation/</c>, …) from its root. A file that is not PAN XML is a problem, not a stop.
/// </summary>
public static class PanXmlFolder
{
    public static IReadOnlyList<PanXmlFile> Read(string folder, ICollection<ReadProblem> problems)
    {
        var files = new List<PanXmlFile>();
        var paths = new List<string>(Directory.EnumerateFiles(folder, "*.xml", new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            MatchCasing = MatchCasing.CaseInsensitive,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        }));
        paths.Sort(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var name = Path.GetRelativePath(folder, path).Replace('\\', '/');
            try
            {
                files.Add(PanXml.Read(path, name, problems));
            }
            catch (InvalidDataException e)
            {
                problems.Add(new ReadProblem(path, e.Message, Skipped: true));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new ReadProblem(path, $"cannot be read: {e.Message}", Skipped: true));
            }
        }
        return files;
    }
}
