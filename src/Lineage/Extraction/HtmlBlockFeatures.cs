using System.Collections.Frozen;
using Lineage.Text;

namespace Lineage.Extraction;

/// <summary>
/// Fills in each block's text features: chars, words, stop words of the page's language (jusText's
/// strongest signal, Pomikálek 2011, §4.2), commas and sentence ends, and whether it is a heading.
/// </summary>
internal static class HtmlBlockFeatures
{
    public static void Compute(List<HtmlBlock> blocks, FrozenSet<string> stopWords)
    {
        var lookup = stopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = new TokenList();
        foreach (var block in blocks)
        {
            var text = block.Text;
            Tokenizer.Tokenize(TextView.Identity(text), tokens);
            block.Words = tokens.Count;
            var stop = 0;
            for (var i = 0; i < tokens.Count; i++)
                if (lookup.Contains(tokens.FoldedOf(i))) stop++;
            block.StopWords = stop;
            int chars = 0, commas = 0, sentences = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == ' ') continue;
                chars++;
                if (c is ',' or '\u060C' or '\u3001' or '\uFF0C') commas++;
                else if (c is '.' or '!' or '?' or '\u3002' && (i + 1 == text.Length || text[i + 1] == ' ') && i > 0 && char.IsLetter(text[i - 1])) sentences++;
            }
            block.Chars = chars;
            block.Commas = commas;
            block.Sentences = sentences;
            block.IsHeading = block.Owner.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
        }
    }

    /// <summary>
    /// The page's language: the one its longer blocks read as, else the declared one when Lineage
    /// knows it, else null (no stop-word list fits). The text comes first because templates declare
    /// the site's language whatever the article is written in.
    /// </summary>
    public static string? Language(List<HtmlBlock> blocks, string? declared)
    {
        var text = new System.Text.StringBuilder();
        foreach (var block in blocks)
            if (block.Text.Length >= 80) text.Append(block.Text).Append('\n');
        if (LanguageIdentifier.Identify(Tokenizer.Tokenize(text.ToString())) is { } identified) return identified;
        if (declared is not null)
        {
            var code = declared.Trim();
            var dash = code.IndexOfAny(['-', '_']);
            if (dash > 0) code = code[..dash];
            code = code.ToLowerInvariant();
            if (StopWordLists.Languages.Contains(code)) return code;
        }
        return null;
    }
}
