using System.Text;
using Lineage.Text;

namespace Lineage.Tests.Clustering;

/// <summary>
/// <see cref="Lineage.Clustering.NameKey"/> as first written, on strings and a token list: the
/// reference the one-pass key is checked against.
/// </summary>
internal static class NameKeyReference
{
    private static readonly string[] Articles = ["al", "el", "ad", "ed", "ash", "esh", "as", "es", "at", "et", "az", "ez", "ar", "er", "an", "en", "ath", "adh"];

    public static string Of(string name)
    {
        var tokens = Tokenizer.Tokenize(name.Replace('-', ' ').Replace('\'', ' ').Replace('’', ' '));
        var key = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens.FoldedOf(i).ToString();
            var hyphenatedArticle = i + 1 < tokens.Count && Array.IndexOf(Articles, word) >= 0 && IsFollowedByHyphen(name, word);
            if (hyphenatedArticle) continue;
            key.Append(Consonants(word));
        }
        return Collapse(key.ToString());
    }

    private static bool IsFollowedByHyphen(string name, string article)
    {
        var at = name.IndexOf(article + "-", StringComparison.OrdinalIgnoreCase);
        return at >= 0 && (at == 0 || !char.IsLetter(name[at - 1]));
    }

    private static string Consonants(string word)
    {
        var w = word.Replace("th", "t").Replace("dh", "d").Replace("kh", "k").Replace("sh", "s").Replace("gh", "g").Replace("ph", "f");
        if (w.Length > 2 && w[^1] == 'h') w = w[..^1];
        var consonants = new StringBuilder(w.Length);
        foreach (var c in w)
            if (c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y')) consonants.Append(c);
        return consonants.ToString();
    }

    private static string Collapse(string key)
    {
        var collapsed = new StringBuilder(key.Length);
        foreach (var c in key)
            if (collapsed.Length == 0 || collapsed[^1] != c) collapsed.Append(c);
        return collapsed.ToString();
    }
}
