using Lineage.Text;

namespace Lineage.Extraction;

/// <summary>
/// Reads a plain-text or markdown article the way a person does: the title, the header lines
/// (byline, dateline, filing labels), the body, and the footer that sites append (attribution,
/// copyright, disclaimers), plus interface furniture anywhere. Each block gets a role; the
/// header and footer lines also yield the article's metadata (<see cref="TextMetadataReader"/>).
/// </summary>
public static class TextArticleReader
{
    /// <summary>A line this long that is not a header line starts the body.</summary>
    private const int BodyLineWords = 12;

    /// <summary>Header lines are looked for among the first blocks only.</summary>
    private const int MaxHeaderBlocks = 15;

    private static bool EndsSentence(string line) => line.Length > 0 && line[^1] is '.' or '!' or '?' or '"' or '”' or '»' or ':';

    public static BlockRole[] Classify(string source, TextView view, IReadOnlyList<TextBlock> blocks, bool isMarkdown)
    {
        var roles = new BlockRole[blocks.Count];
        var lines = new Lines(view, blocks);

        var bodyStart = blocks.Count;
        var titleFound = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var words = lines.Words(i);
            if (IsFurniture(lines, i, words))
            {
                roles[i] = BlockRole.Furniture;
                continue;
            }
            var line = lines.Text(i);
            if (IsHeaderLine(line, words))
            {
                roles[i] = BlockRole.Header;
                continue;
            }
            if (!titleFound && ReadsAsTitle(source, view, blocks, i, line, words, isMarkdown))
            {
                roles[i] = BlockRole.Title;
                titleFound = true;
                continue;
            }
            // Text that is neither title nor header: the title, if any, was before it.
            if (words.Count >= 8) titleFound = true;
            // A sentence of some length, or a long line, starts the body; so does running out of header room.
            if ((words.Count >= BodyLineWords && EndsSentence(line)) || words.Count >= 2 * BodyLineWords || i >= MaxHeaderBlocks)
            {
                bodyStart = i;
                break;
            }
        }

        for (var i = bodyStart; i < blocks.Count; i++)
            if (IsFurniture(lines, i, lines.Words(i))) roles[i] = BlockRole.Furniture;

        // The footer: from the first footer line in the second half of the article on.
        var footerFrom = Math.Max(bodyStart + 1, blocks.Count * 2 / 5);
        for (var i = footerFrom; i < blocks.Count; i++)
        {
            if (!LinePatterns.FooterStart().IsMatch(lines.Span(i))) continue;
            for (var j = i; j < blocks.Count; j++) roles[j] = BlockRole.Footer;
            break;
        }
        return roles;
    }

    internal static List<string> FoldedWords(string line)
    {
        var tokens = Tokenizer.Tokenize(line);
        var words = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++) words.Add(tokens.FoldedOf(i).ToString());
        return words;
    }

    private static bool IsFurniture(Lines lines, int i, LineWords words) =>
        (words.Short is { } few && LinePatterns.IsFurniture(few)) || LinePatterns.MayBeAppeal(lines.Span(i)) && LinePatterns.Appeal().IsMatch(lines.Span(i))
        || words.Count <= 3 && LinePatterns.AddressOnly().IsMatch(lines.Span(i));

    /// <summary>Bylines, datelines, labels and short dated lines ("South Front 19 September 2016").</summary>
    internal static bool IsHeaderLine(string line, LineWords words)
    {
        if (LinePatterns.Label().IsMatch(line) || LinePatterns.Byline().IsMatch(line)) return true;
        return words.Count <= 10 && DateParser.First(line) is not null;
    }

    /// <summary>A markdown heading: its source line starts with '#' (in .md files and in text saved from markdown alike).</summary>
    private static bool IsHeading(string source, TextBlock block)
    {
        var lineStart = block.Source.Start;
        while (lineStart > 0 && source[lineStart - 1] != '\n') lineStart--;
        while (lineStart < source.Length && source[lineStart] is ' ' or '\t') lineStart++;
        return lineStart < source.Length && source[lineStart] == '#';
    }

    /// <summary>
    /// A title is a heading, or a short line standing alone (blank line after it) whose content
    /// words are mostly capitalised and which does not end like a sentence.
    /// </summary>
    private static bool ReadsAsTitle(string source, TextView view, IReadOnlyList<TextBlock> blocks, int i, string line, LineWords words, bool isMarkdown)
    {
        if (words.Count is < 2 or > 30) return false;
        if (IsHeading(source, blocks[i])) return true;
        if (EndsSentence(line) || line.EndsWith(',') || !(char.IsUpper(line[0]) || char.IsDigit(line[0]))) return false;
        // Markdown paragraphs are separate blocks already; in plain text a title has a blank line after it.
        var standsAlone = isMarkdown || i + 1 >= blocks.Count || HasBlankLineBetween(view, blocks[i], blocks[i + 1]);
        if (!standsAlone) return false;
        int capitalised = 0, content = 0;
        var stopWords = StopWordLists.For("en");
        foreach (var piece in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var folded = FoldedWords(piece);
            if (folded.Count == 0) continue;
            if (stopWords.Contains(folded[0]) && !char.IsUpper(piece[0])) continue;
            content++;
            if (char.IsUpper(piece[0]) || !char.IsLetter(piece[0])) capitalised++;
        }
        return content > 0 && capitalised * 2 >= content;
    }

    private static bool HasBlankLineBetween(TextView view, TextBlock first, TextBlock second)
    {
        var newlines = 0;
        for (var k = first.ViewEnd; k < second.ViewStart; k++)
            if (view.Chars[k] == '\n') newlines++;
        return newlines >= 2;
    }

    /// <summary>
    /// A document's lines as the tests read them: without inline markup. A line without markup (most
    /// lines, and nearly every body paragraph) is read in place in the view; only a line with markup,
    /// or one a test needs as a string, is copied out, once.
    /// </summary>
    private sealed class Lines(TextView view, IReadOnlyList<TextBlock> blocks)
    {
        private readonly string?[] texts = new string?[blocks.Count];
        private readonly LineWords?[] words = new LineWords?[blocks.Count];

        public string Text(int i) => texts[i] ??= InlineMarkup.Strip(blocks[i].Text(view));

        public ReadOnlySpan<char> Span(int i) => texts[i] ?? (IsPlain(i) ? Raw(i) : Text(i));

        public LineWords Words(int i)
        {
            if (words[i] is { } known) return known;
            var counted = IsPlain(i) ? LineWords.Of(view, blocks[i].ViewStart, blocks[i].ViewEnd) : LineWords.Of(Text(i));
            words[i] = counted;
            return counted;
        }

        /// <summary>The line as it stands in the view.</summary>
        private ReadOnlySpan<char> Raw(int i) => view.Chars.AsSpan(blocks[i].ViewStart, blocks[i].ViewEnd - blocks[i].ViewStart);

        /// <summary>Not copied out yet, and nothing for <see cref="InlineMarkup.Strip"/> to take away.</summary>
        private bool IsPlain(int i) => texts[i] is null && !InlineMarkup.MayHoldMarkup(Raw(i));
    }

    /// <summary>
    /// How many words a line has, counted up to <see cref="MaxCounted"/> (no test of a line looks
    /// further, and a paragraph need not be read to its end), and for a short line (the only kind
    /// that can be furniture) the words themselves.
    /// </summary>
    internal readonly record struct LineWords(int Count, List<string>? Short)
    {
        private const int ShortLine = 6;

        /// <summary>One more than the largest word count a test compares with (a title's 30).</summary>
        public const int MaxCounted = 31;

        [ThreadStatic]
        private static TokenList? buffer;

        public static LineWords Of(string line) => Of(TextView.Identity(line), 0, line.Length);

        /// <summary>The words of view chars [from, to), read in place.</summary>
        public static LineWords Of(TextView view, int from, int to)
        {
            var tokens = buffer ??= new TokenList(256);
            Tokenizer.Tokenize(view, from, to, tokens, MaxCounted);
            if (tokens.Count > ShortLine) return new LineWords(tokens.Count, null);
            var words = new List<string>(tokens.Count);
            for (var i = 0; i < tokens.Count; i++) words.Add(tokens.FoldedOf(i).ToString());
            return new LineWords(tokens.Count, words);
        }
    }
}
