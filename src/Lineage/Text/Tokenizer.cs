namespace Lineage.Text;

/// <summary>
/// Splits text into words in any script, keeping each word's span in the original text.
/// Words are letters and digits (with combining marks and inner apostrophes); CJK ideographs and
/// kana are one word each; case, accents and Arabic letter variants are folded; a word broken
/// across a line by a hyphen ("oppo-\nsition") is one word when both halves are lower case, so
/// PDF-extracted text matches the web page it came from.
/// </summary>
public static class Tokenizer
{
    /// <summary>
    /// The version of what makes a word: where words start and end, and their folded forms
    /// (character tables included). A store records it and refuses another, since its postings
    /// hash the words of this tokenizer; any change to a value pinned by the golden tests must bump it.
    /// </summary>
    public const int Version = 1;

    /// <summary>The longest word kept whole; longer runs (base64, hashes) are cut into pieces.</summary>
    public const int MaxWordChars = 64;

    public static TokenList Tokenize(TextView view)
    {
        var tokens = new TokenList(Math.Max(16, view.Chars.Length / 6));
        Tokenize(view, tokens);
        return tokens;
    }

    public static TokenList Tokenize(string text) => Tokenize(TextView.Identity(text));

    /// <summary>
    /// Appends the words of <paramref name="view"/> to <paramref name="tokens"/> (cleared first),
    /// stopping after <paramref name="maxTokens"/> words: the first words are the same either way.
    /// </summary>
    public static void Tokenize(TextView view, TokenList tokens, int maxTokens = int.MaxValue) =>
        Tokenize(view, 0, view.Chars.Length, tokens, maxTokens);

    /// <summary>
    /// The words of the view chars [<paramref name="from"/>, <paramref name="to"/>) only, as if
    /// they were the whole text (a word is not joined across <paramref name="to"/>): one line of
    /// a view read without copying it out.
    /// </summary>
    public static void Tokenize(TextView view, int from, int to, TokenList tokens, int maxTokens = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(to, view.Chars.Length);
        tokens.Clear();
        var text = view.Chars.AsSpan(0, to);
        var classes = CharFolding.ClassTable;
        var folds = CharFolding.FoldTable;
        var i = from;
        // A range deep in a segmented view finds its first segment by binary search, not by a walk from the first.
        var hint = from == 0 ? 0 : -1;
        if (to - from > ReservedLength && maxTokens == int.MaxValue) Reserve(text, from, classes, tokens);
        var sentenceStart = true;
        while (i < text.Length && tokens.Count < maxTokens)
        {
            var kind = classes[text[i]];
            if (kind == CharClass.Ideograph)
            {
                var single = tokens.BeginToken(1);
                single[0] = text[i];
                Emit(view, tokens, i, i + 1, single[..1], sentenceStart ? WordShape.StartsSentence : WordShape.None, ref hint);
                sentenceStart = false;
                i++;
                continue;
            }
            if (kind != CharClass.WordChar)
            {
                sentenceStart |= EndsSentence(text[i]);
                i++;
                continue;
            }

            var start = i;
            var buffer = tokens.BeginToken(MaxWordChars);
            var length = 0;
            var hasUpper = false;
            while (i < text.Length && length < MaxWordChars)
            {
                var c = text[i];
                var k = classes[c];
                if (k == CharClass.WordChar)
                {
                    buffer[length++] = folds[c];
                    hasUpper |= char.IsUpper(c);
                    i++;
                }
                else if (k == CharClass.Joiner)
                {
                    i++;
                }
                else if (k == CharClass.Apostrophe && i + 1 < text.Length && classes[text[i + 1]] == CharClass.WordChar)
                {
                    i++;
                }
                else if (k == CharClass.Hyphen && !hasUpper && TryLineEndHyphen(text, i, classes) is var next and > 0)
                {
                    i = next;
                }
                else
                {
                    break;
                }
            }
            var end = i;
            // Trailing joiners after the last letter belong to the word; trailing apostrophes do not.
            Emit(view, tokens, start, end, buffer[..length], (sentenceStart ? WordShape.StartsSentence : WordShape.None) | (char.IsUpper(text[start]) ? WordShape.Capitalised : WordShape.None), ref hint);
            sentenceStart = false;
        }
    }

    /// <summary>Texts longer than this (in chars) have their words counted before they are read (<see cref="Reserve"/>).</summary>
    private const int ReservedLength = 1 << 20;

    /// <summary>
    /// Sizes <paramref name="tokens"/> for the words of a long text in one pass that only classifies
    /// chars, so the list never grows by doubling (<see cref="TokenList.Reserve"/>). The count is an
    /// upper bound: a word starts at a letter after a non-letter, at a cut every
    /// <see cref="MaxWordChars"/> letters, or is an ideograph; its folded form has at most its letters.
    /// </summary>
    private static void Reserve(ReadOnlySpan<char> text, int from, ReadOnlySpan<CharClass> classes, TokenList tokens)
    {
        long starts = 0, letters = 0;
        var previous = CharClass.Separator;
        for (var i = from; i < text.Length; i++)
        {
            var kind = classes[text[i]];
            if (kind == CharClass.WordChar)
            {
                letters++;
                if (previous != CharClass.WordChar) starts++;
            }
            else if (kind == CharClass.Ideograph)
            {
                starts++;
                letters++;
            }
            previous = kind;
        }
        var words = starts + letters / MaxWordChars + 1;
        tokens.Reserve((int)Math.Min(words, Array.MaxLength - 1), (int)Math.Min(letters + MaxWordChars, Array.MaxLength));
    }

    /// <summary>Marks after which a capital says nothing about a name: sentence and clause ends, line breaks, opening quotes.</summary>
    private static bool EndsSentence(char c) => c is '.' or '!' or '?' or ':' or ';' or '\n' or '\r' or '\u2026'
        or '"' or '\u201C' or '\u201E' or '\u00AB' or '\u2018' or '\u3002' or '\uFF01' or '\uFF1F' or '\u061F' or '\u06D4' or '\u0964';

    /// <summary>
    /// If the hyphen at <paramref name="hyphen"/> ends a line and the next line goes on with a
    /// lower-case letter, returns the index of that letter; otherwise 0.
    /// </summary>
    private static int TryLineEndHyphen(ReadOnlySpan<char> text, int hyphen, ReadOnlySpan<CharClass> classes)
    {
        var j = hyphen + 1;
        while (j < text.Length && text[j] is ' ' or '\t') j++;
        if (j < text.Length && text[j] == '\r') j++;
        if (j >= text.Length || text[j] != '\n') return 0;
        j++;
        while (j < text.Length && text[j] is ' ' or '\t' or '\u00A0') j++;
        if (j >= text.Length || classes[text[j]] != CharClass.WordChar || !char.IsLower(text[j])) return 0;
        return j;
    }

    private static void Emit(TextView view, TokenList tokens, int viewStart, int viewEnd, ReadOnlySpan<char> folded, WordShape shape, ref int hint)
    {
        var span = view.ToSource(viewStart, viewEnd, ref hint);
        tokens.EndToken(span.Start, span.End, folded.Length, TokenHash.Of(folded), shape);
    }
}
