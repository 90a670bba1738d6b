using System.Text.RegularExpressions;

namespace Lineage.Tests.Clustering;

/// <summary>
/// The expression names were first found with: the reference <see cref="Lineage.Clustering.NameExtractor"/>'s
/// hand-written scan is checked against.
/// </summary>
internal static partial class NameExpressionReference
{
    private const string Word = @"(?:(?:al|el|ad|ed|ash|esh|as|es|at|et|az|ez|ar|an)-)?\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)*";

    [GeneratedRegex(@"(?<![\p{L}\p{N}-])" + Word + @"(?:[ \u00A0](?:(?:of|de|du|bin|ibn|al|el)[ \u00A0])?" + Word + @"){0,4}(?![\p{L}\p{N}])")]
    public static partial Regex Name();

    public static List<(int Start, int End)> Matches(string text)
    {
        var found = new List<(int, int)>();
        foreach (var m in Name().EnumerateMatches(text)) found.Add((m.Index, m.Index + m.Length));
        return found;
    }
}
