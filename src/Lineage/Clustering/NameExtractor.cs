using System.Collections.Frozen;
using Lineage.Extraction;
using Lineage.Text;

namespace Lineage.Clustering;

/// <summary>
/// Names in article text: runs of capitalised words, with the Arabic articles that often precede
/// them ("al-Tharda", "Deir el-Zour") and linking words inside ("Ministry of Defense"). Single
/// capitalised words that are common words (sentence starts) are left out.
/// </summary>
public static class NameExtractor
{
    public static IEnumerable<(string Name, NameOccurrence Occurrence)> Extract(int document, ExtractedDocument article)
    {
        var found = new List<(string, NameOccurrence)>();
        ExtractTo(document, article, found);
        return found;
    }

    /// <summary>Adds the names of one article to <paramref name="found"/>, in the order they are written.</summary>
    public static void ExtractTo(int document, ExtractedDocument article, List<(string Name, NameOccurrence Occurrence)> found)
    {
        var view = article.Content;
        var english = StopWordLists.For("en").GetAlternateLookup<ReadOnlySpan<char>>();
        var french = StopWordLists.For("fr").GetAlternateLookup<ReadOnlySpan<char>>();
        var text = view.Chars;
        // Names recur: each spelling is one string, and judged once, however often it is written.
        var spellings = spellingBuffer ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (spellings.Count > 100_000) spellings.Clear();
        var spelling = spellings.GetAlternateLookup<ReadOnlySpan<char>>();
        var scanner = new NameScanner(text);
        while (scanner.Next(out var start, out var end))
        {
            var written = text.AsSpan(start, end - start).Trim();
            if (written.Length < 3) continue;
            if (!spelling.TryGetValue(written, out var name))
            {
                var spelled = written.ToString();
                name = IsCommonWord(spelled, english, french) ? null : spelled;
                spellings[spelled] = name;
            }
            if (name is null) continue;
            found.Add((name, new NameOccurrence(document, view.ToSource(start, end))));
        }
    }

    /// <summary>A single word (no space inside: a non-breaking space joins words into one name) that a stop-word list holds.</summary>
    private static bool IsCommonWord(string name, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> english, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> french)
    {
        if (name.Contains(' ')) return false;
        var folded = SingleWord(name);
        return !folded.IsEmpty && (english.Contains(folded) || french.Contains(folded));
    }

    [ThreadStatic]
    private static Dictionary<string, string?>? spellingBuffer;

    [ThreadStatic]
    private static TokenList? wordBuffer;

    /// <summary>A one-word name's folded form, if the tokenizer reads it as one word (else empty).</summary>
    private static ReadOnlySpan<char> SingleWord(string word)
    {
        var tokens = wordBuffer ??= new TokenList(4);
        Tokenizer.Tokenize(TextView.Identity(word), tokens);
        return tokens.Count == 1 ? tokens.FoldedOf(0) : [];
    }
}
