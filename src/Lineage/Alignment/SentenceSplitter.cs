using Lineage.Text;

namespace Lineage.Alignment;

/// <summary>
/// Cuts a tokenized text into sentences, reading only the chars between words: a sentence ends
/// after a full stop, question or exclamation mark followed by a space (Latin, Arabic "؟", Urdu
/// "۔", Devanagari "।"; CJK "。！？" need no space), or at a blank line between paragraphs. No language's
/// abbreviation list: a stop after a single letter (an initial, "J. Smith") or before a
/// lower-case word ("approx. nine") does not end a sentence, and a sentence of fewer than
/// <see cref="MinWords"/> words joins the next (short sentences are joined in Sanchez-Perez et al. 2014 too),
/// so an abbreviation that still cuts costs a short fragment, not a lost match.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Sentences with fewer words join the next one (the last joins the one before).</summary>
    public const int MinWords = 4;

    public static IReadOnlyList<Sentence> Split(string text, TokenList tokens)
    {
        var sentences = new List<Sentence>();
        if (tokens.Count == 0) return sentences;
        var starts = tokens.Starts;
        var ends = tokens.Ends;
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var gapEnd = i + 1 < tokens.Count ? starts[i + 1] : text.Length;
            var last = i + 1 == tokens.Count;
            if (!last && !EndsSentence(text, tokens, i, ends[i], gapEnd)) continue;
            if (!last && i + 1 - first < MinWords) continue;
            sentences.Add(new Sentence(new TokenRange(first, i + 1), TextSpan.FromBounds(starts[first], SentenceEnd(text, ends[i], gapEnd))));
            first = i + 1;
        }
        // A short tail joins the sentence before it.
        if (sentences.Count >= 2 && sentences[^1].Words.Length < MinWords)
        {
            var tail = sentences[^1];
            var previous = sentences[^2];
            sentences.RemoveAt(sentences.Count - 1);
            sentences[^1] = new Sentence(new TokenRange(previous.Words.Start, tail.Words.End), TextSpan.FromBounds(previous.Span.Start, tail.Span.End));
        }
        return sentences;
    }

    private static bool EndsSentence(string text, TokenList tokens, int word, int gapStart, int gapEnd)
    {
        var newlines = 0;
        var stop = false;
        var spaceAfterStop = false;
        for (var k = gapStart; k < gapEnd; k++)
        {
            var c = text[k];
            if (c == '\n')
            {
                newlines++;
                if (stop) spaceAfterStop = true;
            }
            else if (IsStop(c))
            {
                stop = true;
                // CJK text puts no space after its full-width stops.
                spaceAfterStop |= c is '\u3002' or '\uFF01' or '\uFF1F';
            }
            else if (stop && char.IsWhiteSpace(c)) spaceAfterStop = true;
        }
        if (newlines >= 2) return true;
        if (!stop || !spaceAfterStop) return false;
        // A stop after a capital initial, or before a lower-case word, ends an abbreviation far
        // more often than a sentence.
        if (tokens.FoldedOf(word).Length == 1 && char.IsUpper(text[tokens.Starts[word]])) return false;
        return !char.IsLower(text[gapEnd]);
    }

    /// <summary>A sentence's span runs to its closing punctuation (and quote), not into the spaces after it.</summary>
    private static int SentenceEnd(string text, int wordEnd, int gapEnd)
    {
        var end = wordEnd;
        for (var k = wordEnd; k < gapEnd; k++)
        {
            var c = text[k];
            if (char.IsWhiteSpace(c)) break;
            end = k + 1;
        }
        return end;
    }

    private static bool IsStop(char c) => c is '.' or '!' or '?' or '\u061F' or '\u06D4' or '\u0964' or '\u3002' or '\uFF01' or '\uFF1F' or '\u2026';
}
