using Lineage.Text;

namespace Lineage.Extraction;

/// <summary>One line or paragraph of a document's view: its view range and its place in the original text.</summary>
public readonly record struct TextBlock(int ViewStart, int ViewEnd, TextSpan Source)
{
    /// <summary>The blocks of a view: its non-blank lines, trimmed.</summary>
    public static List<TextBlock> Split(TextView view)
    {
        var chars = view.Chars;
        var blocks = new List<TextBlock>(chars.AsSpan().Count('\n') + 1);
        var start = 0;
        for (var i = 0; i <= chars.Length; i++)
        {
            if (i < chars.Length && chars[i] != '\n') continue;
            int from = start, to = i;
            while (from < to && char.IsWhiteSpace(chars[from])) from++;
            while (to > from && char.IsWhiteSpace(chars[to - 1])) to--;
            if (to > from) blocks.Add(new TextBlock(from, to, view.ToSource(from, to)));
            start = i + 1;
        }
        return blocks;
    }

    public string Text(TextView view) => view.Chars[ViewStart..ViewEnd];
}
