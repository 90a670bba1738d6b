using System.Buffers;
using Lineage.Text;

namespace Lineage.Clustering;

/// <summary>
/// A spelling-independent key for transliterated names, so Deir Ezzor, Deir el-Zour and Deir
/// al-Zour (or Turdah, al-Tharda and Tharda) meet: Arabic articles (al-, el-, ad-, ash-…) and
/// hyphens dropped, digraphs reduced (th→t, dh→d, kh→k, sh→s, gh→g, ph→f), vowels and a
/// final h dropped, doubled letters collapsed. The name itself is never rewritten: the key only
/// groups its variants.
/// </summary>
/// <remarks>
/// The words are the <see cref="Tokenizer"/>'s words of the name with hyphens and apostrophes
/// read as spaces, folded the same way, but read here in one pass over the name into a stack
/// buffer: a name is keyed without a token list or any string but the key.
/// </remarks>
public static class NameKey
{
    private static readonly string[] Articles = ["al", "el", "ad", "ed", "ash", "esh", "as", "es", "at", "et", "az", "ez", "ar", "er", "an", "en", "ath", "adh"];

    /// <summary>Each article with its hyphen, looked for in the name as written.</summary>
    private static readonly string[] HyphenatedArticles = Array.ConvertAll(Articles, a => a + "-");

    /// <summary>Names this long or shorter are keyed in a buffer on the stack.</summary>
    private const int StackChars = 256;

    public static string Of(string name)
    {
        char[]? rented = null;
        // Every char of the key comes from one char of the name.
        Span<char> buffer = name.Length <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(name.Length));
        var key = new Key(name, buffer);
        ReadWords(name, ref key);
        key.End();
        var result = key.ToString();
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>
    /// The tokenizer's word loop (<see cref="Tokenizer.Tokenize(TextView, int, int, TokenList, int)"/>)
    /// over <see cref="At"/>: the same words, cut at the same places, in the same folded form.
    /// </summary>
    private static void ReadWords(string name, ref Key key)
    {
        var classes = CharFolding.ClassTable;
        var folds = CharFolding.FoldTable;
        Span<char> word = stackalloc char[Tokenizer.MaxWordChars];
        var i = 0;
        while (i < name.Length)
        {
            var kind = classes[At(name, i)];
            if (kind == CharClass.Ideograph)
            {
                word[0] = At(name, i);
                key.Word(word[..1]);
                i++;
                continue;
            }
            if (kind != CharClass.WordChar)
            {
                i++;
                continue;
            }
            var length = 0;
            var hasUpper = false;
            while (i < name.Length && length < Tokenizer.MaxWordChars)
            {
                var c = At(name, i);
                var k = classes[c];
                if (k == CharClass.WordChar)
                {
                    word[length++] = folds[c];
                    hasUpper |= char.IsUpper(c);
                    i++;
                }
                else if (k == CharClass.Joiner)
                {
                    i++;
                }
                else if (k == CharClass.Apostrophe && i + 1 < name.Length && classes[At(name, i + 1)] == CharClass.WordChar)
                {
                    i++;
                }
                else if (k == CharClass.Hyphen && !hasUpper && LineEndHyphen(name, i, classes) is var next and > 0)
                {
                    i = next;
                }
                else
                {
                    break;
                }
            }
            key.Word(word[..length]);
        }
    }

    /// <summary>The name's char as the key reads it: hyphens and apostrophes part words as spaces do.</summary>
    private static char At(string name, int i) => name[i] is '-' or '\'' or '\u2019' ? ' ' : name[i];

    /// <summary>The tokenizer's line-end hyphen rule, over <see cref="At"/>.</summary>
    private static int LineEndHyphen(string name, int hyphen, ReadOnlySpan<CharClass> classes)
    {
        var j = hyphen + 1;
        while (j < name.Length && At(name, j) is ' ' or '\t') j++;
        if (j < name.Length && At(name, j) == '\r') j++;
        if (j >= name.Length || At(name, j) != '\n') return 0;
        j++;
        while (j < name.Length && At(name, j) is ' ' or '\t' or '\u00A0') j++;
        if (j >= name.Length || classes[At(name, j)] != CharClass.WordChar || !char.IsLower(At(name, j))) return 0;
        return j;
    }

    /// <summary>
    /// The key as its words arrive. An article is held back until another word follows, since
    /// only an article that is not the name's last word is dropped (when written with its hyphen).
    /// </summary>
    private ref struct Key(string name, Span<char> chars)
    {
        private readonly Span<char> chars = chars;
        private int length;
        private int pendingArticle = -1;

        public void Word(scoped ReadOnlySpan<char> word)
        {
            if (pendingArticle >= 0)
            {
                var article = pendingArticle;
                pendingArticle = -1;
                if (!IsFollowedByHyphen(article)) Consonants(Articles[article]);
            }
            var index = word.Length <= 3 ? ArticleIndex(word) : -1;
            if (index >= 0) pendingArticle = index;
            else Consonants(word);
        }

        public void End()
        {
            if (pendingArticle >= 0) Consonants(Articles[pendingArticle]);
            pendingArticle = -1;
        }

        public override readonly string ToString() => new(chars[..length]);

        private static int ArticleIndex(scoped ReadOnlySpan<char> word)
        {
            for (var a = 0; a < Articles.Length; a++)
                if (word.SequenceEqual(Articles[a])) return a;
            return -1;
        }

        /// <summary>The first place the article is written with a hyphen starts the name or follows a non-letter.</summary>
        private readonly bool IsFollowedByHyphen(int article)
        {
            var at = name.IndexOf(HyphenatedArticles[article], StringComparison.OrdinalIgnoreCase);
            return at >= 0 && (at == 0 || !char.IsLetter(name[at - 1]));
        }

        /// <summary>
        /// The word's consonants, appended with doubled letters collapsed. Replacing th, dh, kh,
        /// sh, gh and ph one after the other drops exactly the h's that follow t, d, k, s, g or p
        /// in the word (no replacement makes a pair an earlier one would have taken), and turns
        /// the p of ph into f; a final h is then dropped from what is left if it is over two letters.
        /// </summary>
        private void Consonants(scoped ReadOnlySpan<char> word)
        {
            Span<char> reduced = stackalloc char[Tokenizer.MaxWordChars];
            var n = 0;
            for (var j = 0; j < word.Length; j++)
            {
                var c = word[j];
                if (c == 'h' && j > 0 && word[j - 1] is 't' or 'd' or 'k' or 's' or 'g' or 'p') continue;
                reduced[n++] = c == 'p' && j + 1 < word.Length && word[j + 1] == 'h' ? 'f' : c;
            }
            if (n > 2 && reduced[n - 1] == 'h') n--;
            foreach (var c in reduced[..n])
            {
                if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y') continue;
                if (length > 0 && chars[length - 1] == c) continue;
                chars[length++] = c;
            }
        }
    }
}
