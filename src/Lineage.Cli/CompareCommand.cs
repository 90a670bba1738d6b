using System.CommandLine;
using System.Globalization;
using System.Text;
using Lineage.Alignment;
using Lineage.Reading;
using Lineage.Text;
using Spectre.Console;

namespace Lineage.Cli;

/// <summary><c>lineage compare A B</c>: the aligned passages of two documents side by side, differences marked.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var first = new Argument<string>("a") { Description = "First document" };
        var second = new Argument<string>("b") { Description = "Second document" };
        var engine = new EngineOptions();
        var command = new Command("compare", "Show the passages two documents share, side by side, with differing words highlighted") { first, second };
        engine.AddTo(command);
        command.SetAction(parse =>
        {
            if (engine.TryBuild(parse) is not { } options) return ExitCodes.Usage;
            var a = ReadOne(parse.GetValue(first)!, options.Read);
            var b = ReadOne(parse.GetValue(second)!, options.Read);
            if (a is null || b is null) return ExitCodes.Usage;
            var alignment = PairAligner.Align(Tokenizer.Tokenize(a.View), Tokenizer.Tokenize(b.View), options.Alignment);
            Print(a, b, alignment);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Document? ReadOne(string path, ReadOptions options)
    {
        var problems = new List<ReadProblem>();
        var files = InputWalker.Walk([path], problems);
        var documents = new List<Document>();
        if (files.Count == 1) DocumentReader.Read(files[0], options, documents, problems);
        else if (files.Count > 1) problems.Add(new ReadProblem(path, "compare takes two files, not a folder", Skipped: true));
        foreach (var problem in problems) Terminal.Problem(problem);
        if (documents.Count == 0)
        {
            if (problems.Count == 0) Terminal.Fail($"{path}: not a readable document");
            return null;
        }
        if (documents.Count > 1) Terminal.Error.MarkupLine($"[grey]note:[/] {Markup.Escape(path)} holds {documents.Count} documents; comparing the first");
        return documents[0];
    }

    private static void Print(Document a, Document b, PairAlignment alignment)
    {
        var console = Terminal.Out;
        if (alignment.Passages.Count == 0)
        {
            console.MarkupLine($"{Markup.Escape(a.Id)} and {Markup.Escape(b.Id)} share no passage.");
            return;
        }
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[bold]{alignment.Passages.Count}[/] passages, {alignment.SharedWords:N0} shared words · {alignment.CoverageA:P0} of {Markup.Escape(a.Id)} · {alignment.CoverageB:P0} of {Markup.Escape(b.Id)}"));
        console.MarkupLine("[yellow]typo[/]  [red]only in A / replaced[/]  [green]only in B / replacement[/]");
        var number = 0;
        foreach (var passage in alignment.Passages)
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
