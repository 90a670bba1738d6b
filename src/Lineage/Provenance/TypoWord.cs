using System.Buffers;
using System.Runtime.CompilerServices;
using Lineage.Text;

namespace Lineage.Provenance;

/// <summary>
/// A differing word of a pair as provenance quotes it and looks it up: its span of the document's
/// text with each line ending (those <see cref="string.ReplaceLineEndings(string)"/> knows) read as
/// one space. Most words hold none: they are read from the text as they are, without a copy.
/// </summary>
internal readonly struct TypoWord(string text, TextSpan span)
{
    private static readonly SearchValues<char> LineEndings = SearchValues.Create("\r\n\f\u0085\u2028\u2029");

    public static TypoWord Of(string text, TextSpan span) => new(text, span);

    /// <summary>The chars as the text has them.</summary>
    public ReadOnlySpan<char> Written => text.AsSpan(span.Start, span.Length);

    /// <summary>True when the word as quoted is not <see cref="Written"/>: a line ending becomes a space.</summary>
    public bool HasLineEnding => Written.ContainsAny(LineEndings);

    public override string ToString() => Written.ToString().ReplaceLineEndings(" ");

    public void AppendTo(ref DefaultInterpolatedStringHandler to)
    {
        if (HasLineEnding) to.AppendLiteral(ToString());
        else to.AppendFormatted(Written);
    }
}
