using System.Text;

namespace Lineage.Text;

/// <summary>Builds a <see cref="TextView"/> char by char, recording where each char came from.</summary>
public sealed class MappedTextBuilder
{
    private readonly StringBuilder chars = new();
    private readonly List<int> starts = new();
    private readonly List<int> ends = new();

    public int Length => chars.Length;

    public char LastChar => chars.Length == 0 ? '\n' : chars[^1];

    public void Append(char c, int sourceStart, int sourceEnd)
    {
        chars.Append(c);
        starts.Add(sourceStart);
        ends.Add(sourceEnd);
    }

    /// <summary>Appends a run of original text that maps one to one.</summary>
    public void AppendSource(string source, int start, int end)
    {
        for (var i = start; i < end; i++) Append(source[i], i, i + 1);
    }

    /// <summary>Appends a separator (a block break) unless the view already ends with one.</summary>
    public void AppendBreak(int sourceOffset)
    {
        if (chars.Length > 0 && chars[^1] != '\n') Append('\n', sourceOffset, sourceOffset);
    }

    public TextView Build() => TextView.Mapped(chars.ToString(), starts.ToArray(), ends.ToArray());
}
