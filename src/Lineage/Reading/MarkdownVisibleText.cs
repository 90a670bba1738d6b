using Lineage.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lineage.Reading;

/// <summary>
/// The words of a markdown document without its markup: headings, paragraphs, list items, link
/// text and code are kept; link targets, image addresses, emphasis marks and raw HTML are not.
/// Parsed with Markdig, whose precise source locations map each kept char to the original file.
/// </summary>
public static class MarkdownVisibleText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>Said of a document read as plain text because its markdown nests too deep.</summary>
    public const string TooDeepMessage = "markdown nested deeper than the parser's limit of 128 levels; read as plain text";

    public static TextView Extract(string markdown) => Extract(markdown, out _);

    /// <param name="warning">Null, or why the text is viewed as it is, markup and all, so that
    /// its words are still read: it nests deeper than Markdig parses (128 levels, its guard
    /// against stack overflow), or so that parsing it would take minutes (<see cref="MarkdownShape"/>).</param>
    public static TextView Extract(string markdown, out string? warning)
    {
        warning = null;
        if (MarkdownShape.Measure(markdown).IsPastLimit(out var pastLimit))
        {
            warning = pastLimit;
            return TextView.Identity(markdown);
        }
        var view = new MappedTextBuilder();
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            warning = TooDeepMessage;
            return TextView.Identity(markdown);
        }
        foreach (var block in document.Descendants())
        {
            switch (block)
            {
                case LeafBlock { Inline: { } inline } leaf:
                    view.AppendBreak(leaf.Span.Start);
                    AppendInlines(markdown, inline, view);
                    break;
                case CodeBlock code:
                    view.AppendBreak(code.Span.Start);
                    // The group's array is null for a block with no line, and longer than its count otherwise.
                    var lines = code.Lines.Lines;
                    for (var i = 0; lines is not null && i < code.Lines.Count; i++)
                    {
                        var line = lines[i];
                        if (line.Slice.Text is null) continue;
                        AppendSlice(markdown, line.Slice.Text, line.Slice.Start, line.Slice.End, view);
                        view.AppendBreak(line.Slice.End + 1);
                    }
                    break;
            }
        }
        return view.Build();
    }

    private static void AppendInlines(string markdown, ContainerInline container, MappedTextBuilder view)
    {
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AppendSlice(markdown, literal.Content.Text, literal.Content.Start, literal.Content.End, view, literal.Span);
                    break;
                case CodeInline code:
                    foreach (var c in code.Content) view.Append(c, code.Span.Start, code.Span.End + 1);
                    break;
                case HtmlEntityInline entity:
                    foreach (var c in entity.Transcoded.ToString()) view.Append(c, entity.Span.Start, entity.Span.End + 1);
                    break;
                case LineBreakInline lineBreak:
                    view.Append('\n', lineBreak.Span.Start, lineBreak.Span.Start);
                    break;
            }
        }
    }

    /// <summary>Markdig slices are inclusive at both ends; a slice over another string maps to the inline's own span.</summary>
    private static void AppendSlice(string markdown, string? text, int start, int endInclusive, MappedTextBuilder view, SourceSpan? fallback = null)
    {
        if (text is null || endInclusive < start) return;
        if (ReferenceEquals(text, markdown))
        {
            view.AppendSource(markdown, start, endInclusive + 1);
            return;
        }
        var span = fallback ?? new SourceSpan(start, endInclusive);
        for (var i = start; i <= endInclusive; i++) view.Append(text[i], span.Start, span.End + 1);
    }
}
