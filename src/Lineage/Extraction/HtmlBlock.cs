using AngleSharp.Dom;
using Lineage.Text;

namespace Lineage.Extraction;

/// <summary>
/// One block of a page's text (a paragraph, heading, list item, table cell, or the text between
/// two block elements), with the features the classifier reads and, once classified, its verdict.
/// </summary>
internal sealed class HtmlBlock
{
    public HtmlBlock(int index, TextSpan span, string text, int linkChars, IElement owner)
    {
        Index = index;
        Span = span;
        Text = text;
        LinkChars = linkChars;
        Owner = owner;
    }

    public int Index { get; }

    /// <summary>From the first to the last visible char of the block, in the page source.</summary>
    public TextSpan Span { get; }

    /// <summary>The visible text, white space collapsed.</summary>
    public string Text { get; }

    /// <summary>Chars (white space excluded) inside links.</summary>
    public int LinkChars { get; }

    /// <summary>The innermost block element around the text.</summary>
    public IElement Owner { get; }

    /// <summary>Chars, white space excluded.</summary>
    public int Chars { get; set; }

    public int Words { get; set; }

    public int StopWords { get; set; }

    public int Commas { get; set; }

    /// <summary>Sentence ends ('.', '!', '?' followed by a space or the end).</summary>
    public int Sentences { get; set; }

    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

    public double StopWordDensity => Words == 0 ? 0 : (double)StopWords / Words;

    public bool IsHeading { get; set; }

    /// <summary>Sum of the boilerplate (negative) and content (positive) hints of the block's element and its ancestors.</summary>
    public double Hint { get; set; }

    /// <summary>True when an ancestor is a boilerplate region: navigation, sidebar, comments, footer, share bar…</summary>
    public bool InBoilerplateRegion { get; set; }

    /// <summary>True when the block is inside the chosen main-content element.</summary>
    public bool InMainContent { get; set; }

    public BlockClass Initial { get; set; }

    public BlockClass Final { get; set; }

    /// <summary>The verdict: the block is part of the article.</summary>
    public bool IsArticle { get; set; }

    public override string ToString() => $"{Index} {Final} {Owner.LocalName} {Text[..Math.Min(Text.Length, 60)]}";
}
