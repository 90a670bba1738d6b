using System.Text;

namespace Lineage.Bench.Corpus;

/// <summary>
/// A newsroom's rewrite of another site's story: the same sentences, reworded. Words are swapped
/// for others (the generator has no synonyms, so a replaced word shares nothing with the one it
/// replaces, as a synonym does not), small numbers are spelled out, names respelled, and sentences
/// split, merged, reordered within their paragraph and dropped. No run of five words need survive,
/// so only a paraphrase-tolerant comparison finds the source.
/// </summary>
public static class Rewriter
{
    /// <summary>Share of lower-case words of four letters or more replaced.</summary>
    public const double Replaced = 0.2;

    /// <summary>Share of short function words dropped, and of gaps between words given one more.</summary>
    public const double FunctionChurn = 0.35;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Droppable =
        new HashSet<string>(StringComparer.Ordinal) { "the", "a", "an", "of", "that", "on", "in", "also", "had", "has", "was", "which" }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Fillers = ["also", "then", "now", "reportedly", "still", "already", "further", "later", "indeed", "too"];

    private static readonly string[] NumberWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    public static List<string> Rewrite(IReadOnlyList<string> paragraphs, Prng rng, Lexicon lexicon)
    {
        var result = new List<string>(paragraphs.Count);
        var b = new StringBuilder(2048);
        foreach (var paragraph in paragraphs)
        {
            var sentences = new List<string>(paragraph.Split(". ", StringSplitOptions.RemoveEmptyEntries));
            if (sentences.Count > 2 && rng.Chance(0.3)) sentences.RemoveAt(rng.Next(sentences.Count));
            if (sentences.Count > 1 && rng.Chance(0.3))
            {
                var at = rng.Next(sentences.Count - 1);
                (sentences[at], sentences[at + 1]) = (sentences[at + 1], sentences[at]);
            }
            var joined = new List<string>(sentences.Count + 2);
            for (var k = 0; k < sentences.Count; k++)
            {
                var sentence = Reword(sentences[k].TrimEnd('.'), rng, lexicon, b);
                var comma = sentence.IndexOf(", ", StringComparison.Ordinal);
                if (comma > 20 && comma < sentence.Length - 20 && rng.Chance(0.2))
                {
                    // One sentence split in two at a comma.
                    joined.Add(sentence[..comma]);
                    joined.Add(Capitalised(sentence[(comma + 2)..]));
                }
                else if (k + 1 < sentences.Count && rng.Chance(0.15))
                {
                    // Two sentences merged into one.
                    joined.Add(sentence + ", and " + Lowered(Reword(sentences[k + 1].TrimEnd('.'), rng, lexicon, b)));
                    k++;
                }
                else
                {
                    joined.Add(sentence);
                }
            }
            if (joined.Count > 0) result.Add(string.Join(". ", joined) + ".");
        }
        return result;
    }

    private static string Reword(string sentence, Prng rng, Lexicon lexicon, StringBuilder b)
    {
        b.Clear();
        var i = 0;
        while (i < sentence.Length)
        {
            if (!char.IsLetterOrDigit(sentence[i]))
            {
                b.Append(sentence[i++]);
                continue;
            }
            var start = i;
            while (i < sentence.Length && (char.IsLetterOrDigit(sentence[i]) || sentence[i] == ','
                && i + 1 < sentence.Length && char.IsDigit(sentence[i + 1]) && char.IsDigit(sentence[i - 1]))) i++;
            var word = sentence.AsSpan(start, i - start);
            if (lexicon.Language == Language.English && b.Length > 0 && b[^1] == ' ' && rng.Chance(FunctionChurn / 2))
                b.Append(Fillers[rng.Next(Fillers.Length)]).Append(' ');
            if (Droppable.Contains(word) && rng.Chance(FunctionChurn) && i < sentence.Length && sentence[i] == ' ')
            {
                i++;
                continue;
            }
            if (int.TryParse(word, out var n) && n >= 0 && n < NumberWords.Length && lexicon.Language == Language.English)
                b.Append(NumberWords[n]);
            else if (char.IsLower(word[0]) && word.Length >= 4 && rng.Chance(Replaced))
                b.Append(lexicon.Nouns.Uniform(rng));
            else if (char.IsUpper(word[0]) && start > 0 && word.Length >= 5 && rng.Chance(0.3))
                AppendRespelled(b, word, rng);
            else
                b.Append(word);
        }
        return b.ToString();
    }

    /// <summary>A name as another newsroom transliterates it: one vowel written another way ("Deir" / "Dair").</summary>
    private static void AppendRespelled(StringBuilder b, ReadOnlySpan<char> name, Prng rng)
    {
        const string vowels = "aeiou";
        var at = -1;
        for (var k = 1; k < name.Length; k++)
            if (vowels.Contains(name[k]) && (at < 0 || rng.Chance(0.5))) at = k;
        if (at < 0)
        {
            b.Append(name);
            return;
        }
        b.Append(name[..at]).Append(vowels[(vowels.IndexOf(name[at]) + 1 + rng.Next(3)) % vowels.Length]).Append(name[(at + 1)..]);
    }

    private static string Capitalised(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Lowered(string s) => s.Length > 1 && char.IsUpper(s[0]) && char.IsLower(s[1]) ? char.ToLowerInvariant(s[0]) + s[1..] : s;
}
