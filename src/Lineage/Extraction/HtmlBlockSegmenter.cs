using System.Text;
using AngleSharp.Dom;
using Lineage.Text;

namespace Lineage.Extraction;

/// <summary>
/// Cuts a parsed page into text blocks: a block ends at every block-level element's start and end
/// and at two consecutive <c>&lt;br&gt;</c> (as jusText does), and each block keeps its exact span in
/// the page source. Invisible subtrees (scripts, forms' controls, hidden elements) give no text.
/// </summary>
internal static class HtmlBlockSegmenter
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    private static readonly HashSet<string> InvisibleElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe", "object", "embed", "select",
        "option", "textarea", "button", "input", "canvas", "audio", "video", "map", "noembed", "noframes", "datalist",
    };

    public static List<HtmlBlock> Segment(IDocument document, string html)
    {
        var root = document.DocumentElement;
        var state = new State(html);
        if (root is null) return state.Blocks;

        // Iterative, so a pathologically deep page cannot overflow the stack.
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement element)
            {
                if (exit)
                {
                    state.Exit(element);
                    continue;
                }
                state.Enter(element);
                stack.Push((element, true));
                // By index: AngleSharp finds a node's previous sibling by searching its parent's
                // children, which made a body of 200,000 blocks quadratic.
                var children = element.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--) stack.Push((children[i], false));
            }
            else if (node is IText text)
            {
                state.Text(text.Data);
            }
        }
        state.Flush();
        return state.Blocks;
    }

    internal static bool IsBlockElement(IElement element) => BlockElements.Contains(element.LocalName);

    private static bool IsInvisible(IElement element)
    {
        if (InvisibleElements.Contains(element.LocalName)) return true;
        if (element.HasAttribute("hidden")) return true;
        if (element.GetAttribute("aria-hidden") is "true") return true;
        var style = element.GetAttribute("style");
        if (style is not null && (HasDeclaration(style, "display", "none") || HasDeclaration(style, "visibility", "hidden"))) return true;
        if (element.LocalName == "input" || element.GetAttribute("type") is "hidden") return true;
        return false;
    }

    private static bool HasDeclaration(string style, string property, string value)
    {
        var at = style.IndexOf(property, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return false;
        var colon = style.IndexOf(':', at + property.Length);
        if (colon < 0) return false;
        var rest = style.AsSpan(colon + 1).TrimStart();
        return rest.StartsWith(value, StringComparison.OrdinalIgnoreCase);
    }

    private sealed class State(string html)
    {
        private readonly HtmlSourceLocator locator = new(html);
        private readonly StringBuilder text = new();
        private readonly Stack<IElement> owners = new();
        private int anchor;
        private int invisibleDepth;
        private int linkDepth;
        private int linkChars;
        private int start = -1;
        private int end;
        private bool pendingSpace;
        private bool brSinceText;

        public List<HtmlBlock> Blocks { get; } = [];

        public void Enter(IElement element)
        {
            if (element.SourceReference?.Position.Index is int index && index >= 0 && index < html.Length && html[index] == '<')
                anchor = index;
            if (invisibleDepth > 0 || IsInvisible(element))
            {
                invisibleDepth++;
                return;
            }
            var name = element.LocalName;
            if (name == "br")
            {
                if (brSinceText) Flush();
                brSinceText = true;
                pendingSpace = true;
                return;
            }
            if (name == "img" && text.Length > 0) pendingSpace = true;
            if (IsBlockElement(element))
            {
                Flush();
                owners.Push(element);
            }
            if (name == "a" && element.HasAttribute("href")) linkDepth++;
        }

        public void Exit(IElement element)
        {
            if (invisibleDepth > 0)
            {
                invisibleDepth--;
                return;
            }
            if (IsBlockElement(element))
            {
                Flush();
                if (owners.Count > 0 && owners.Peek() == element) owners.Pop();
            }
            if (element.LocalName == "a" && element.HasAttribute("href")) linkDepth--;
        }

        public void Text(string data)
        {
            // Invisible text is still located, so the source cursor moves past it.
            if (!locator.TryLocate(data, anchor, out var span))
            {
                if (data.Length > 0 && char.IsWhiteSpace(data[^1])) pendingSpace = text.Length > 0;
                return;
            }
            if (invisibleDepth > 0) return;
            if (start >= 0 && span.Start < end) Flush();
            if (start < 0) start = span.Start;
            end = span.End;
            if (text.Length > 0 && (pendingSpace || char.IsWhiteSpace(data[0]))) text.Append(' ');
            var before = text.Length;
            AppendCollapsed(data);
            if (linkDepth > 0) linkChars += CountNonSpace(text, before);
            pendingSpace = char.IsWhiteSpace(data[^1]);
            brSinceText = false;
        }

        public void Flush()
        {
            if (start >= 0 && text.Length > 0 && owners.Count > 0)
                Blocks.Add(new HtmlBlock(Blocks.Count, TextSpan.FromBounds(start, end), text.ToString(), linkChars, owners.Peek()));
            text.Clear();
            start = -1;
            end = 0;
            linkChars = 0;
            pendingSpace = false;
            brSinceText = false;
        }

        private void AppendCollapsed(string data)
        {
            var space = false;
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = true;
                    continue;
                }
                if (space && text.Length > 0 && text[^1] != ' ') text.Append(' ');
                space = false;
                text.Append(c);
            }
        }

        private static int CountNonSpace(StringBuilder builder, int from)
        {
            var count = 0;
            for (var i = from; i < builder.Length; i++)
                if (builder[i] != ' ') count++;
            return count;
        }
    }
}
