using System.Text;
using Lineage.Alignment;
using Lineage.Reading;
using Lineage.Text;
using Spectre.Console;

namespace Lineage.Cli;

/// <summary>
/// Passages shown side by side, each side's differing words marked by kind: what
/// <c>lineage compare</c> and <c>lineage trace</c> print. A passage's offsets index the original
/// file (HTML markup included); what is shown is its visible text, as extracted. On a terminal,
/// one table per passage with colours; otherwise plain lines with wdiff-style marks.
/// </summary>
internal static class SideBySide
{
    /// <summary>One document of the pair: its id and the document the passages' offsets index.</summary>
    public readonly record struct Side(string Id, Document Document);

    /// <summary>A run of visible text and how it differs from the other side (null: it does not).</summary>
    internal readonly record struct Piece(string Text, EditKind? Kind);

    public static void WriteLegend()
    {
        if (Terminal.OutIsInteractive) Terminal.Out.MarkupLine("[yellow]typo[/]  [red]only in A / replaced[/]  [green]only in B / replacement[/]");
        else Terminal.Plain.WriteLine("marks: [~typo~]  [-only in A / replaced-]  {+only in B / replacement+}");
    }

    public static void Write(Side a, Side b, IReadOnlyList<Passage> passages)
    {
        var number = 0;
        foreach (var passage in passages)
        {
            number++;
            var title = $"passage {number}: {NumberFormat.Count(passage.AlignedWords, "word")}, identity {NumberFormat.Share(passage.Identity)}";
            var piecesA = Pieces(a.Document, passage.A, passage.Edits, sideA: true);
            var piecesB = Pieces(b.Document, passage.B, passage.Edits, sideA: false);
            if (!Terminal.OutIsInteractive)
            {
                var plain = Terminal.Plain;
                plain.WriteLine(title);
                plain.WriteLine($"A {a.Id} {passage.A.Start}+{passage.A.Length}: {Plain(piecesA, sideA: true)}");
                plain.WriteLine($"B {b.Id} {passage.B.Start}+{passage.B.Length}: {Plain(piecesB, sideA: false)}");
                plain.WriteLine();
                continue;
            }
            var table = new Table().Border(TableBorder.Rounded).Expand()
                .Title(Markup.Escape(title))
                .AddColumn($"{Markup.Escape(a.Id)} [grey]{passage.A.Start}+{passage.A.Length}[/]")
                .AddColumn($"{Markup.Escape(b.Id)} [grey]{passage.B.Start}+{passage.B.Length}[/]");
            table.AddRow(Coloured(piecesA, sideA: true), Coloured(piecesB, sideA: false));
            Terminal.Out.Write(table);
        }
    }

    /// <summary>
    /// Rewritten passages, numbered after the <paramref name="before"/> verbatim ones: each matched
    /// sentence pair side by side, the words one sentence has and its match lacks marked as
    /// only in A or only in B.
    /// </summary>
    public static void WriteRewritten(Side a, Side b, IReadOnlyList<RewordedPassage> passages, int before)
    {
        var number = before;
        foreach (var passage in passages)
        {
            number++;
            var title = $"passage {number}: rewritten, {NumberFormat.Count(passage.Words, "word")}, similarity {NumberFormat.Share(passage.Similarity)}";
            Table? table = null;
            if (Terminal.OutIsInteractive)
                table = new Table().Border(TableBorder.Rounded).Expand().Title(Markup.Escape(title))
                    .AddColumn($"{Markup.Escape(a.Id)} [grey]{passage.A.Start}+{passage.A.Length}[/]")
                    .AddColumn($"{Markup.Escape(b.Id)} [grey]{passage.B.Start}+{passage.B.Length}[/]");
            else Terminal.Plain.WriteLine(title);
            // Each side's changes alone, in that side's order, as Pieces walks them.
            var changedA = new List<Edit>();
            var changedB = new List<Edit>();
            foreach (var edit in passage.Changed) (edit.Kind == EditKind.OnlyInA ? changedA : changedB).Add(edit);
            foreach (var match in passage.Sentences)
            {
                var piecesA = Pieces(a.Document, match.A, changedA, sideA: true);
                var piecesB = Pieces(b.Document, match.B, changedB, sideA: false);
                if (table is not null)
                {
                    table.AddRow(Coloured(piecesA, sideA: true), Coloured(piecesB, sideA: false));
                    continue;
                }
                Terminal.Plain.WriteLine($"A {a.Id} {match.A.Start}+{match.A.Length}: {Plain(piecesA, sideA: true)}");
                Terminal.Plain.WriteLine($"B {b.Id} {match.B.Start}+{match.B.Length}: {Plain(piecesB, sideA: false)}");
            }
            if (table is not null) Terminal.Out.Write(table);
            else Terminal.Plain.WriteLine();
        }
    }

    /// <summary>
    /// The visible text of one side of a passage in runs by edit kind: the document's words-bearing
    /// chars (its view) whose place in the original lies inside the passage.
    /// </summary>
    internal static List<Piece> Pieces(Document document, TextSpan passage, IReadOnlyList<Edit> edits, bool sideA)
    {
        var pieces = new List<Piece>();
        var view = document.View;
        var chars = view.Chars;
        var run = new StringBuilder();
        EditKind? runKind = null;
        var edit = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            var at = view.SourceStart(i);
            if (at < passage.Start) continue;
            if (at >= passage.End) break;
            while (edit < edits.Count && End(edits[edit], sideA) <= at) edit++;
            EditKind? kind = null;
            if (edit < edits.Count && Span(edits[edit], sideA) is { Length: > 0 } span && span.Start <= at) kind = edits[edit].Kind;
            if (kind != runKind && run.Length > 0)
            {
                pieces.Add(new Piece(run.ToString(), runKind));
                run.Clear();
            }
            runKind = kind;
            run.Append(chars[i]);
        }
        if (run.Length > 0) pieces.Add(new Piece(run.ToString(), runKind));
        // Line breaks the view keeps between blocks can fall just inside the passage's ends.
        if (pieces.Count > 0) pieces[0] = pieces[0] with { Text = pieces[0].Text.TrimStart() };
        if (pieces.Count > 0) pieces[^1] = pieces[^1] with { Text = pieces[^1].Text.TrimEnd() };
        return pieces;
    }

    private static TextSpan Span(Edit edit, bool sideA) => sideA ? edit.A : edit.B;

    private static int End(Edit edit, bool sideA) => Span(edit, sideA).End;

    private static string Coloured(List<Piece> pieces, bool sideA)
    {
        var markup = new StringBuilder();
        foreach (var piece in pieces)
        {
            if (piece.Kind is null)
            {
                markup.Append(Markup.Escape(piece.Text));
                continue;
            }
            var colour = piece.Kind == EditKind.Typo ? "yellow" : sideA ? "red" : "green";
            markup.Append('[').Append(colour).Append(']').Append(Markup.Escape(piece.Text)).Append("[/]");
        }
        return markup.ToString();
    }

    // One line per side, so a script can pick a side by its first letter; wdiff's marks for changes.
    private static string Plain(List<Piece> pieces, bool sideA)
    {
        var text = new StringBuilder();
        foreach (var piece in pieces)
        {
            var flat = piece.Text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
            if (piece.Kind is null) text.Append(flat);
            else if (piece.Kind == EditKind.Typo) text.Append("[~").Append(flat).Append("~]");
            else if (sideA) text.Append("[-").Append(flat).Append("-]");
            else text.Append("{+").Append(flat).Append("+}");
        }
        return text.ToString();
    }
}
