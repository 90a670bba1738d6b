using Lineage.Reading;

namespace Lineage.Pan;

/// <summary>
/// PAN's pairs file (text alignment, 2012–2015): one <c>suspicious-documentN.txt source-documentM.txt</c>
/// per line, separated by white space. Blank lines are allowed; any other line that is not two names
/// is a problem naming its line, and the rest of the file is read.
/// </summary>
public static class PanPairsFile
{
    public static IReadOnlyList<PanPair> Parse(TextReader reader, string path, ICollection<ReadProblem> problems)
    {
        var pairs = new List<PanPair>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0) continue;
            if (fields.Length != 2)
            {
                problems.Add(new ReadProblem($"{path}:{number}", $"expected two file names (suspicious, source), found {fields.Length} fields", Skipped: true));
                continue;
            }
            pairs.Add(new PanPair(fields[0], fields[1], number));
        }
        return pairs;
    }

    /// <summary>Reads the file; an unreadable file throws (the caller has nothing to do without it).</summary>
    public static IReadOnlyList<PanPair> Read(string path, ICollection<ReadProblem> problems)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, path, problems);
    }
}
