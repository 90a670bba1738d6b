using System.Text;

namespace Lineage.Bench.Corpus;

/// <summary>
/// The small damage text takes on its way from one site to another: typos (a letter swapped,
/// dropped, doubled or hit next to the right key), words replaced by an editor, and doubled
/// spaces. Words are found by letters alone, so punctuation and quotes survive untouched.
/// </summary>
public static class Reprinter
{
    private const string Keyboard = "qwertyuiopasdfghjklzxcvbnm";

    public static List<string> Edit(IReadOnlyList<string> paragraphs, Prng rng, Lexicon lexicon, EditRates rates)
    {
        var edited = new List<string>(paragraphs.Count);
        var b = new StringBuilder(2048);
        foreach (var paragraph in paragraphs)
        {
            b.Clear();
            var i = 0;
            while (i < paragraph.Length)
            {
                if (!char.IsLetter(paragraph[i]))
                {
                    b.Append(paragraph[i]);
                    if (paragraph[i] == ' ' && rng.Chance(rates.DoubledSpace)) b.Append(' ');
                    i++;
                    continue;
                }
                var start = i;
                while (i < paragraph.Length && char.IsLetter(paragraph[i])) i++;
                var word = paragraph.AsSpan(start, i - start);
                if (rng.Chance(rates.Substitution) && word.Length >= 3 && char.IsLower(word[0]))
                    b.Append(lexicon.Nouns.Uniform(rng));
                else if (rng.Chance(rates.Typo) && word.Length >= 5)
                    AppendTypo(b, word, rng);
                else
                    b.Append(word);
            }
            edited.Add(b.ToString());
        }
        return edited;
    }

    private static void AppendTypo(StringBuilder b, ReadOnlySpan<char> word, Prng rng)
    {
        var at = rng.Next(1, word.Length - 1);
        switch (rng.Next(4))
        {
            case 0:
                b.Append(word[..at]).Append(word[at + 1]).Append(word[at]).Append(word[(at + 2)..]);
                break;
            case 1:
                b.Append(word[..at]).Append(word[(at + 1)..]);
                break;
            case 2:
                b.Append(word[..(at + 1)]).Append(word[at..]);
                break;
            default:
                var replacement = word[at] is >= 'a' and <= 'z' ? Keyboard[(Keyboard.IndexOf(word[at]) + 1) % Keyboard.Length] : word[at];
                b.Append(word[..at]).Append(replacement).Append(word[(at + 1)..]);
                break;
        }
    }
}
