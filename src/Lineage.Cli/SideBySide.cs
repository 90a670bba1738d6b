using System.Globalization;
using System.Text;
using Lineage.Alignment;
using Lineage.Text;
using Spectre.Console;

namespace Lineage.Cli;

/// <summary>
/// Passages shown side by side, one table per passage, each side's differing words coloured by
/// kind: what <c>lineage compare</c> and <c>lineage trace</c> print.
/// </summary>
internal static class SideBySide
{
    /// <summary>One document of the pair: its id and the text the passages' offsets index.</summary>
    public readonly record struct Side(string Id, string Text);

    public static void WriteLegend(IAnsiConsole console) =>
        console.MarkupLine("[yellow]typo[/]  [red]only in A / replaced[/]  [green]only in B / replacement[/]");

    public static void Write(IAnsiConsole console, Side a, Side b, IReadOnlyList<Passage> passages)
    {
        var number = 0;
        foreach (var passage in passages)
        {
            number++;
            var table = new Table().Border(TableBorder.Rounded).Expand()
                .Title(string.Create(CultureInfo.InvariantCulture, $"passage {number}: {passage.AlignedWords} words, identity {passage.Identity:P0}"))
                .AddColumn($"{Markup.Escape(a.Id)} [grey]{passage.A.Start}+{passage.A.Length}[/]")
                .AddColumn($"{Markup.Escape(b.Id)} [grey]{passage.B.Start}+{passage.B.Length}[/]");
            table.AddRow(Highlight(a.Text, passage.A, passage.Edits, sideA: true), Highlight(b.Text, passage.B, passage.Edits, sideA: false));
            console.Write(table);
        }
    }

    /// <summary>Spectre markup for one side of a passage, each edit coloured by kind.</summary>
    internal static string Highlight(string text, TextSpan passage, IReadOnlyList<Edit> edits, bool sideA)
    {
        var markup = new StringBuilder();
        var at = passage.Start;
        foreach (var edit in edits)
        {
            var span = sideA ? edit.A : edit.B;
            if (span.Length == 0 || span.Start < at) continue;
            markup.Append(Markup.Escape(text[at..span.Start]));
            var colour = edit.Kind switch
            {
                EditKind.Typo => "yellow",
                _ => sideA ? "red" : "green",
            };
            markup.Append('[').Append(colour).Append(']').Append(Markup.Escape(text.Substring(span.Start, span.Length))).Append("[/]");
            at = span.End;
        }
        if (at < passage.End) markup.Append(Markup.Escape(text[at..passage.End]));
        return markup.ToString();
    }
}
