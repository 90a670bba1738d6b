using System.Text;

namespace Lineage.Bench.Corpus;

/// <summary>
/// A newsroom's rewrite of another site's story: the same sentences, reworded, as wire copy is
/// rewritten. Words are swapped for others (the generator has no synonyms, so a replaced word
/// shares nothing with the one it replaces, as a synonym does not), small numbers are spelled
/// out, names respelled, clauses moved within their sentence ("In recent days, the spokesman
/// said …" → "The spokesman said … in recent days"), and sentences split, merged, reordered within
/// their paragraph and dropped; the headline is reworded too. Most content words stay, yet no run
/// of <see cref="MaxRun"/> + 1 source words survives: each run is cut after two to
/// <see cref="MaxRun"/> unchanged words by a replaced, dropped or added word, so only a
/// paraphrase-tolerant comparison finds the source.
/// </summary>
public static class Rewriter
{
    /// <summary>Share of lower-case words of four letters or more replaced wherever they stand.</summary>
    public const double Replaced = 0.2;

    /// <summary>Share of short function words dropped.</summary>
    public const double FunctionChurn = 0.25;

    /// <summary>Longest run of source words the rewrite keeps unchanged.</summary>
    public const int MaxRun = 4;

    /// <summary>Share of sentences whose clauses, split at a comma, trade places.</summary>
    public const double ClauseMoved = 0.4;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Droppable =
        new HashSet<string>(StringComparer.Ordinal) { "the", "a", "an", "of", "that", "on", "in", "also", "had", "has", "was", "which" }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Fillers = ["also", "then", "now", "reportedly", "still", "already", "further", "later", "indeed", "too"];

    private static readonly string[] NumberWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    /// <summary>The headline in other words.</summary>
    public static string RewriteTitle(string title, Prng rng, Lexicon lexicon) => new Rewording(rng, lexicon).Sentence(title);

    public static List<string> Rewrite(IReadOnlyList<string> paragraphs, Prng rng, Lexicon lexicon)
    {
        var result = new List<string>(paragraphs.Count);
        // One rewording for the whole text: a run is counted across the sentences and paragraphs it joins.
        var rewording = new Rewording(rng, lexicon);
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
                var sentence = rewording.Sentence(ClausesMoved(sentences[k].TrimEnd('.'), rng));
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
                    joined.Add(sentence + ", and " + Lowered(rewording.Sentence(ClausesMoved(sentences[k + 1].TrimEnd('.'), rng))));
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

    /// <summary>
    /// "A, B" told as "B, A": the attribution or the time phrase moved to the other end. Only
    /// where both clauses have three words or more, and not inside a quotation, whose words a
    /// rewrite keeps in their order.
    /// </summary>
    private static string ClausesMoved(string sentence, Prng rng)
    {
        if (!rng.Chance(ClauseMoved) || sentence.AsSpan().IndexOfAny('"', '\u201C', '\u201D') >= 0) return sentence;
        var comma = sentence.IndexOf(", ", StringComparison.Ordinal);
        if (comma < 0) return sentence;
        var first = sentence[..comma];
        var second = sentence[(comma + 2)..];
        if (Words(first) < 3 || Words(second) < 3) return sentence;
        return Capitalised(second) + ", " + Lowered(first);
    }

    private static int Words(string s)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) n++;
            inWord = letter;
        }
        return n;
    }

    /// <summary>
    /// Sentences reworded one after another, counting the source words kept unchanged in a row: a
    /// run reaching its limit (two to <see cref="MaxRun"/>, drawn anew after each cut) is cut by the
    /// next word, replaced if it is a content word, dropped if a function word, else preceded by an
    /// added word.
    /// </summary>
    private sealed class Rewording(Prng rng, Lexicon lexicon)
    {
        private readonly StringBuilder b = new(512);
        private int run;
        private int limit = 2 + rng.Next(MaxRun - 1);

        public string Sentence(string sentence)
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
                // A dropped word takes the space after it along.
                if (!Word(sentence, start, i) && i < sentence.Length && sentence[i] == ' ') i++;
            }
            return b.ToString();
        }

        /// <summary>Writes the word as reworded, or nothing: false when it is dropped.</summary>
        private bool Word(string sentence, int start, int end)
        {
            var word = sentence.AsSpan(start, end - start);
            var mustChange = run >= limit;
            var content = char.IsLetter(word[0]) && !char.IsUpper(word[0]) && word.Length >= 4;
            if (Droppable.Contains(word) && (mustChange || rng.Chance(FunctionChurn)) && end < sentence.Length && sentence[end] == ' ')
            {
                Cut();
                return false;
            }
            if (SpelledOut(sentence, start, end, out var spelled))
            {
                b.Append(spelled);
                Cut();
            }
            else if (content && (rng.Chance(Replaced) || mustChange && rng.Chance(0.5)))
            {
                b.Append(lexicon.Nouns.Uniform(rng));
                Cut();
            }
            else if (char.IsUpper(word[0]) && start > 0 && word.Length >= 5 && rng.Chance(0.3))
            {
                AppendRespelled(word);
                Cut();
            }
            else if (mustChange)
            {
                b.Append(Added()).Append(' ').Append(word);
                run = 1;
            }
            else
            {
                b.Append(word);
                // "16,000" is two words to a tokenizer.
                run += 1 + word.Count(',');
            }
            return true;
        }

        private void Cut()
        {
            run = 0;
            limit = 2 + rng.Next(MaxRun - 1);
        }

        private string Added() => lexicon.Language == Language.English ? Fillers[rng.Next(Fillers.Length)] : lexicon.Adverbs.Uniform(rng);

        /// <summary>A whole small number in words ("9" → "nine"), never a part of "55.7" or "1,200".</summary>
        private bool SpelledOut(string sentence, int start, int end, out string spelled)
        {
            spelled = "";
            if (lexicon.Language != Language.English || !int.TryParse(sentence.AsSpan(start, end - start), out var n) || n < 0 || n >= NumberWords.Length) return false;
            if (start > 0 && sentence[start - 1] is '.' or ',' && start > 1 && char.IsDigit(sentence[start - 2])) return false;
            if (end + 1 < sentence.Length && sentence[end] is '.' or ',' && char.IsDigit(sentence[end + 1])) return false;
            spelled = NumberWords[n];
            return true;
        }

        /// <summary>A name as another newsroom transliterates it: one vowel written another way ("Deir" / "Dair").</summary>
        private void AppendRespelled(ReadOnlySpan<char> name)
        {
            const string vowels = "aeiou";
            var at = -1;
            for (var k = 1; k < name.Length; k++)
                if (vowels.Contains(name[k]) && (at < 0 || rng.Chance(0.5))) at = k;
            if (at < 0)
            {
                b.Append(name);
                run++;
                return;
            }
            b.Append(name[..at]).Append(vowels[(vowels.IndexOf(name[at]) + 1 + rng.Next(3)) % vowels.Length]).Append(name[(at + 1)..]);
        }
    }

    private static string Capitalised(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Lowered(string s) => s.Length > 1 && char.IsUpper(s[0]) && char.IsLower(s[1]) ? char.ToLowerInvariant(s[0]) + s[1..] : s;
}
