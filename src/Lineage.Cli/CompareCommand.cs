using System.CommandLine;
using Lineage.Pipeline;
using Lineage.Reading;
using Lineage.Reporting;
using Lineage.Scanning;
using Spectre.Console;

namespace Lineage.Cli;

/// <summary>
/// <c>lineage compare A B</c>: the passages two documents share, side by side, differences marked,
/// as <c>lineage scan</c> finds them (articles compared, shared site furniture left out, the same
/// coverage). <c>FILE#ID</c> names one document of a JSONL file, a WARC or a folder, by the id scan reports.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var first = new Argument<string>("a") { Description = "First document: a file, or FILE#ID for one document of a JSONL file, WARC or folder (the id scan shows)" };
        var second = new Argument<string>("b") { Description = "Second document, as the first" };
        var json = new Option<string?>("--json") { Description = "Write the two documents and their pair as JSON (scan's format) to FILE ('-' for stdout, which replaces the text report)" };
        var engine = new EngineOptions(EngineParts.Read | EngineParts.Passages | EngineParts.WholeText | EngineParts.Rewrites);
        var command = new Command("compare", "Show the passages two documents share, side by side, with differing words highlighted") { first, second, json };
        engine.AddTo(command);
        command.SetAction(parse =>
        {
            if (engine.TryBuild(parse) is not { } options) return ExitCodes.Usage;
            var nameA = parse.GetValue(first)!;
            var nameB = parse.GetValue(second)!;
            var outputs = new OutputFiles();
            var jsonOut = outputs.Add("--json", parse.GetValue(json));
            if (!outputs.Check([FileOf(nameA), FileOf(nameB)])) return ExitCodes.Usage;
            var a = ReadOne(nameA, options.Read);
            var b = ReadOne(nameB, options.Read);
            if (a is null || b is null) return ExitCodes.Usage;
            var result = Scanner.Compare(a, b, options);
            try
            {
                jsonOut?.Write(stream => JsonReport.Write(result, stream, jsonOut.ToTerminal));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Terminal.Fail($"cannot write {jsonOut!.Describe()}: {e.Message}");
                return ExitCodes.Usage;
            }
            if (!outputs.AnyToStdout) Print(result);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The file or folder part of a name: the name itself when such a file exists, else what comes before its last '#'.</summary>
    private static string FileOf(string name) => Split(name).Path;

    private static (string Path, string? Id) Split(string name)
    {
        if (File.Exists(name) || Directory.Exists(name)) return (name, null);
        var hash = name.LastIndexOf('#');
        return hash > 0 ? (name[..hash], name[(hash + 1)..]) : (name, null);
    }

    /// <summary>The one document a name stands for, or null after saying why there is none (or more than one).</summary>
    private static Document? ReadOne(string name, ReadOptions options)
    {
        var (path, id) = Split(name);
        var problems = new List<ReadProblem>();
        var files = InputWalker.Walk([path], problems);
        if (id is null && files.Count > 1)
        {
            Terminal.Fail($"{path}: a folder of {NumberFormat.Count(files.Count, "file")}; name one document as {path}#ID (an id scan reports, e.g. {path}#{files[0].Id}).");
            return null;
        }
        var documents = new List<Document>();
        foreach (var file in files)
        {
            // In a folder, only the file the id names (or a file of many documents) needs reading.
            if (id is not null && files.Count > 1 && file.Id != id && !id.StartsWith(file.Id + ":", StringComparison.Ordinal)
                && file.Format is not (DocumentFormat.JsonLine or DocumentFormat.Warc)) continue;
            DocumentReader.Read(file, options, documents, problems);
        }
        foreach (var problem in problems) Terminal.Problem(problem);
        if (id is not null)
        {
            var chosen = Choose(documents, id);
            if (chosen is null) Terminal.Fail($"{path}: no document with the id '{id}'{(documents.Count > 0 ? $" (its first: '{documents[0].Id}')" : "")}.");
            return chosen;
        }
        if (documents.Count == 0)
        {
            if (problems.Count == 0) Terminal.Fail($"{path}: not a readable document");
            return null;
        }
        if (documents.Count > 1)
        {
            Terminal.Fail($"{path} holds {NumberFormat.Count(documents.Count, "document")}; name one as {path}#ID (e.g. {path}#{documents[0].Id}).");
            return null;
        }
        return documents[0];
    }

    /// <summary>The document with this id; else the one whose id ends in ':ID' (a line or record number) or whose URL it is.</summary>
    private static Document? Choose(List<Document> documents, string id)
    {
        foreach (var document in documents)
            if (document.Id == id) return document;
        foreach (var document in documents)
            if (document.Id.EndsWith(":" + id, StringComparison.Ordinal) || document.Url == id) return document;
        return null;
    }

    private static void Print(ScanResult result)
    {
        var a = result.Documents[0];
        var b = result.Documents[1];
        var pair = result.Pairs.Count == 0 ? null : result.Pairs[0];
        var rewritten = pair?.Rewritten;
        var count = pair is null ? 0 : pair.Alignment.Passages.Count + (rewritten?.Passages.Count ?? 0);
        var judged = rewritten is null ? "" : $" · {Markup.Escape(Derivation(rewritten.Derivation, a.Id, b.Id))}";
        if (pair is null || count == 0)
        {
            Terminal.Out.MarkupLine($"{Markup.Escape(a.Id)} and {Markup.Escape(b.Id)} share no passage.{judged}");
            return;
        }
        var alignment = pair.Alignment;
        Terminal.Out.MarkupLine(
            $"[bold]{NumberFormat.Count(count, "passage")}[/], {NumberFormat.Count(pair.SharedWords, "shared word")} · {NumberFormat.Share(rewritten?.CoverageA ?? alignment.CoverageA)} of {Markup.Escape(a.Id)} · {NumberFormat.Share(rewritten?.CoverageB ?? alignment.CoverageB)} of {Markup.Escape(b.Id)}{judged}");
        SideBySide.WriteLegend();
        SideBySide.Write(new SideBySide.Side(a.Id, a), new SideBySide.Side(b.Id, b), alignment.Passages);
        if (rewritten is not null) SideBySide.WriteRewritten(new SideBySide.Side(a.Id, a), new SideBySide.Side(b.Id, b), rewritten.Passages, alignment.Passages.Count);
    }

    /// <summary>The derivation with its evidence: <c>rewrite 84 % (b: 84 % matched, 3 % verbatim; a: 71 %, 2 %)</c>.</summary>
    private static string Derivation(Lineage.Alignment.PairDerivation d, string idA, string idB)
    {
        var derivedIsA = d.Derived == Lineage.Alignment.PairSide.A;
        var (first, firstMatched, firstVerbatim) = derivedIsA ? (idA, d.MatchedA, d.VerbatimA) : (idB, d.MatchedB, d.VerbatimB);
        var (other, otherMatched, otherVerbatim) = derivedIsA ? (idB, d.MatchedB, d.VerbatimB) : (idA, d.MatchedA, d.VerbatimA);
        return $"{ScanCommand.Derivation(d)}: {NumberFormat.Share(firstMatched)} of {first} matched, {NumberFormat.Share(firstVerbatim)} verbatim; of {other} {NumberFormat.Share(otherMatched)}, {NumberFormat.Share(otherVerbatim)}";
    }
}
