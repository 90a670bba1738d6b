using System.Text.RegularExpressions;
using Lineage.Extraction;
using Lineage.Text;

namespace Lineage.Clustering;

/// <summary>
/// Quoted speech in an article: text between “ ”, " ", « » or ‘ ’ of three words or more, with
/// the speaker when the sentence names one ("Maria Zakharova said", "the ministry’s statement
/// said", "The Syrian Foreign Ministry called the strikes a “…”").
/// </summary>
public static partial class QuoteExtractor
{
    private const int MinWords = 3;
    private const int MaxChars = 1500;

    public static List<QuoteOccurrence> Extract(int document, ExtractedDocument article)
    {
        var found = new List<QuoteOccurrence>();
        var view = article.Content;
        var text = view.Chars;
        // Every form of the pattern opens and closes with one quotation mark: the quoted words are
        // the match less its first and last char, so the matches need not be kept as objects.
        foreach (var match in Quoted().EnumerateMatches(text))
        {
            var (innerStart, innerLength) = (match.Index + 1, match.Length - 2);
            if (innerLength > MaxChars) continue;
            // Counting stops at the words needed.
            var words = wordBuffer ??= new TokenList(MinWords);
            Tokenizer.Tokenize(view, innerStart, innerStart + innerLength, words, MinWords);
            if (words.Count < MinWords) continue;
            var start = innerStart;
            var end = innerStart + innerLength;
            while (start < end && (char.IsWhiteSpace(text[start]) || char.IsPunctuation(text[start]) && text[start] is not '(')) start++;
            while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '.' or ';' or ':')) end--;
            var quote = text[start..end].ReplaceLineEndings(" ");
            found.Add(new QuoteOccurrence(document, view.ToSource(start, end), quote, Speaker(text, match.Index, match.Index + match.Length)));
        }
        return found;
    }

    [ThreadStatic]
    private static TokenList? wordBuffer;

    /// <summary>The speaker named before the quotation in its sentence, or right after it.</summary>
    internal static string? Speaker(string text, int quoteStart, int quoteEnd)
    {
        var (sentenceStart, afterEnd) = SentenceAround(text, quoteStart, quoteEnd);
        // Most quotations name no speaker: the sentence is searched on spans, and a match object is
        // made only for the speaker found, on the matched chars alone. Neither pattern looks past
        // its match (the \b closing SpeakerAfter holds at the end of the chars as it held before
        // the next one), so the match there is the same.
        foreach (var m in SpeakerAfter().EnumerateMatches(text.AsSpan(quoteEnd, afterEnd - quoteEnd)))
            return SpeakerIn(SpeakerAfter(), text, quoteEnd + m.Index, m.Length);
        var (last, length) = (-1, 0);
        foreach (var m in SpeakerBefore().EnumerateMatches(text.AsSpan(sentenceStart, quoteStart - sentenceStart))) (last, length) = (m.Index, m.Length);
        return last < 0 ? null : SpeakerIn(SpeakerBefore(), text, sentenceStart + last, length);
    }

    /// <summary>Where the quotation's sentence starts, and where the text after the quotation that may name its speaker ends.</summary>
    internal static (int SentenceStart, int AfterEnd) SentenceAround(string text, int quoteStart, int quoteEnd)
    {
        var sentenceStart = quoteStart;
        while (sentenceStart > 0)
        {
            var c = text[sentenceStart - 1];
            if (c == '\n' || (c is '.' or '!' or '?' && text[sentenceStart] == ' ')) break;
            sentenceStart--;
        }
        var afterEnd = quoteEnd;
        while (afterEnd < text.Length && text[afterEnd] is not ('.' or '\n' or '“' or '«')) afterEnd++;
        return (sentenceStart, afterEnd);
    }

    private static string SpeakerIn(Regex speaker, string text, int start, int length) =>
        Clean(speaker.Match(text.Substring(start, length)).Groups["who"].Value);

    internal static string Clean(string speaker)
    {
        var s = speaker.Trim().Replace('’', '\'');
        if (s.StartsWith("The ", StringComparison.Ordinal)) s = "the " + s[4..];
        return s;
    }

    [GeneratedRegex(@"“(?<q>[^“”]+)”|«(?<q>[^«»]+)»|""(?<q>[^""\n]+)""|‘(?<q>[^‘’]+(?:’\p{L}[^‘’]*)*)’(?!\p{L})")]
    private static partial Regex Quoted();

    private const string Who = @"(?<who>(?:[Tt]he\s+)?(?:(?:\p{Lu}[\p{L}’'.-]*|of|the|for|and)\s+){0,6}?(?:\p{Lu}[\p{L}’'.-]*|ministry(?:[’']s)?\s+statement|ministry|statement|spokesman|spokeswoman|source|official|officials|military|army|government))";
    private const string Verb = @"(?:said|says|told|stated|added|noted|declared|called\s+(?:the\s+)?\w+\s+(?:an?\s+)?|warned|claimed|insisted|wrote|announced|stressed|released\s+a\s+statement,?\s+saying(?:\s+that)?)";

    [GeneratedRegex(Who + @"\s+" + Verb)]
    internal static partial Regex SpeakerBefore();

    [GeneratedRegex(@"^\W*,?\s*" + Who + @"\s+(?:said|says|told|added|stated|noted|wrote|insisted)\b")]
    internal static partial Regex SpeakerAfter();
}
