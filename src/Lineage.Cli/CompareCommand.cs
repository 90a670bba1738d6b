using System.CommandLine;
using System.Globalization;
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
        var engine = new EngineOptions(EngineParts.Read | EngineParts.Passages | EngineParts.WholeText);
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
        SideBySide.WriteLegend(console);
        SideBySide.Write(console, new SideBySide.Side(a.Id, a.Text), new SideBySide.Side(b.Id, b.Text), alignment.Passages);
    }
}
