using System.Text.RegularExpressions;
using Lineage.Extraction;
using Lineage.Text;

namespace Lineage.Clustering;

/// <summary>
/// Names in article text: runs of capitalised words, with the Arabic articles that often precede
/// them ("al-Tharda", "Deir el-Zour") and linking words inside ("Ministry of Defense"). Single
/// capitalised words that are common words (sentence starts) are left out.
/// </summary>
public static partial class NameExtractor
{
    public static IEnumerable<(string Name, NameOccurrence Occurrence)> Extract(int document, ExtractedDocument article)
    {
        var view = article.Content;
        var english = StopWordLists.For("en");
        var french = StopWordLists.For("fr");
        foreach (Match m in Name().Matches(view.Chars))
        {
            var name = m.Value.Trim();
            if (name.Length < 3) continue;
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 1)
            {
                var folded = SingleWord(name);
                if (folded is not null && (english.Contains(folded) || french.Contains(folded))) continue;
            }
            yield return (name, new NameOccurrence(document, view.ToSource(m.Index, m.Index + m.Length)));
        }
    }

    [ThreadStatic]
    private static TokenList? wordBuffer;

    /// <summary>A one-word name's folded form, if the tokenizer reads it as one word.</summary>
    private static string? SingleWord(string word)
    {
        var tokens = wordBuffer ??= new TokenList(4);
        Tokenizer.Tokenize(TextView.Identity(word), tokens);
        return tokens.Count == 1 ? tokens.FoldedOf(0).ToString() : null;
    }

    private const string Word = @"(?:(?:al|el|ad|ed|ash|esh|as|es|at|et|az|ez|ar|an)-)?\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)*";

    [GeneratedRegex(@"(?<![\p{L}\p{N}-])" + Word + @"(?:[ \u00A0](?:(?:of|de|du|bin|ibn|al|el)[ \u00A0])?" + Word + @"){0,4}(?![\p{L}\p{N}])")]
    private static partial Regex Name();
}
