using System.CommandLine;
using System.Globalization;
using Lineage.Indexing;
using Lineage.Reading;
using Lineage.Reporting;
using Lineage.Storage;
using Spectre.Console;

namespace Lineage.Cli;

/// <summary>
/// <c>lineage trace FILE...</c>: the stored documents each file shares text with, coverage,
/// passages side by side and who copied whom, without adding the file (unless <c>--add</c>).
/// </summary>
internal static class TraceCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("files") { Description = "Files or folders to trace ('-' reads one text document from stdin)", Arity = ArgumentArity.OneOrMore };
        var json = new Option<string?>("--json") { Description = "Write the traces as JSON to FILE ('-' for stdout, which replaces the text report)" };
        var add = new Option<bool>("--add") { Description = "Add the traced documents to the store afterwards" };
        var top = new Option<int>("--top") { Description = "Matches shown with their passages, per traced document", DefaultValueFactory = _ => 3 }.AtLeast(0);
        var engine = new EngineOptions(EngineParts.All | EngineParts.Rewrites);
        var store = new StoreOptions();
        var command = new Command("trace", "The stored documents a new document shares text with, verbatim or reworded: coverage, derivation, passages side by side, provenance") { paths, json, add, top };
        store.AddTo(command);
        engine.AddTo(command);
        command.SetAction(parse =>
        {
            if (engine.TryBuild(parse) is not { } options) return ExitCodes.Usage;
            var inputs = parse.GetValue(paths)!;
            var outputs = new OutputFiles();
            var jsonOut = outputs.Add("--json", parse.GetValue(json));
            if (!outputs.Check([.. inputs, parse.GetValue(store.Store)!])) return ExitCodes.Usage;
            var problems = new List<ReadProblem>();
            var documents = Read(inputs, options.Read, problems);
            foreach (var problem in problems) Terminal.Problem(problem);
            if (documents.Count == 0)
            {
                Terminal.Fail("nothing to trace: no readable document in the input.");
                return ExitCodes.Usage;
            }
            var adding = parse.GetValue(add);
            using var index = store.Open(parse, adding ? StoreAccess.CreateIfMissing : StoreAccess.Existing, engine, ref options);
            if (index is null) return ExitCodes.Usage;
            var indexOptions = new IndexOptions { Scan = options };
            var toStdout = outputs.AnyToStdout;
            try
            {
                var traces = new List<TraceResult>(documents.Count);
                foreach (var document in documents) traces.Add(Tracer.Trace(index, document, indexOptions));
                jsonOut?.Write(stream => StoreJson.WriteTraces(index.Location, traces, stream, jsonOut.ToTerminal));
                if (!toStdout)
                {
                    var stored = index.Stats().Documents;
                    foreach (var trace in traces) Print(trace, index.Location, stored, parse.GetValue(top));
                }
                if (adding)
                {
                    var added = Indexer.Add(index, documents, indexOptions);
                    if (!toStdout)
                        Terminal.Out.MarkupLine(
                            $"added [bold]{NumberFormat.Count(added.Added, "document")}[/] to {Markup.Escape(index.Location)} ({NumberFormat.Count(added.AlreadyStored)} already there) · {NumberFormat.Count(added.Pairs, "new pair")}");
                }
            }
            catch (Exception e) when (e is ArgumentException or StoreException)
            {
                Terminal.Fail(e.Message);
                return ExitCodes.Usage;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Terminal.Fail($"cannot write {jsonOut?.Describe()}: {e.Message}");
                return ExitCodes.Usage;
            }
            foreach (var problem in problems)
                if (problem.Skipped) return ExitCodes.SomeInputSkipped;
            return ExitCodes.Ok;
        });
        return command;
    }

    private static List<Document> Read(string[] paths, ReadOptions options, List<ReadProblem> problems)
    {
        var documents = new List<Document>();
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (path != "-")
            {
                files.Add(path);
                continue;
            }
            using var stdin = Console.OpenStandardInput();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            var bytes = buffer.ToArray();
            var file = new InputFile("-", "stdin", DocumentFormat.Text, bytes.Length);
            if (DocumentReader.FromBytes(file, bytes, problems) is { } document) documents.Add(document);
        }
        foreach (var file in InputWalker.Walk(files, problems)) DocumentReader.Read(file, options, documents, problems);
        return documents;
    }

    private static void Print(TraceResult trace, string store, long stored, int top)
    {
        var console = Terminal.Out;
        var id = trace.Article.Document.Id;
        var already = trace.StoredAs is null ? "" : $" · its very text is stored as {Markup.Escape(trace.StoredAs)}";
        console.MarkupLine(
            $"[bold]{Markup.Escape(id)}[/]: {NumberFormat.Count(trace.Words, "word")} · shares text with [bold]{NumberFormat.Count(trace.Matches.Count)}[/] of {NumberFormat.Count(stored, "stored document")} ({NumberFormat.Count(trace.Candidates, "candidate")} aligned) in {Markup.Escape(store)}{already}");
        if (trace.Matches.Count == 0) return;

        var table = new ResultTable()
            .Column("stored document")
            .Column("shared words", rightAligned: true)
            .Column("of this", rightAligned: true)
            .Column("of it", rightAligned: true);
        var derivations = trace.Matches.Count > 0 && trace.Matches[0].Rewritten is not null;
        if (derivations) table.Column("derivation");
        table.Column("it is");
        foreach (var match in trace.Matches)
        {
            string[] cells = [match.Stored.Document.Id, NumberFormat.Count(match.SharedWords), NumberFormat.Share(match.CoverageA), NumberFormat.Share(match.CoverageB)];
            if (match.Rewritten is { } rewritten) cells = [.. cells, ScanCommand.Derivation(rewritten.Derivation)];
            table.Row([.. cells, Role(match)]);
        }
        table.Write();
        if (trace.Source is { } source)
            console.MarkupLine(
                $"likely source: [bold]{Markup.Escape(source.Stored.Document.Id)}[/], {NumberFormat.Share(source.CoverageA)} of {Markup.Escape(id)} is its text{Reworded(source)} · direction {(source.Provenance.Undetermined ? "not settled by the evidence (see below)" : $"from the evidence, confidence {NumberFormat.Confidence(source.Provenance.Confidence)}")}");

        for (var i = 0; i < Math.Min(top, trace.Matches.Count); i++)
        {
            var match = trace.Matches[i];
            var other = match.Stored;
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(other.Document.Id)}[/] · {Markup.Escape(other.Metadata.Site ?? "site unknown")} · {Markup.Escape(other.Metadata.Published ?? "date unknown")} · {Markup.Escape(other.Document.Path)}");
            var edge = match.Provenance;
            console.MarkupLine(!match.IsSubstantial
                ? $"[grey]a shared passage, {NumberFormat.Share(match.CoverageA)} of this and {NumberFormat.Share(match.CoverageB)} of it: too little to tell a copy (under {NumberFormat.Share(TraceMatch.MinShare)} of either){(edge.Evidence.Count > 0 ? "; the evidence on the two documents:" : "")}[/]"
                : edge.Undetermined
                ? "[grey]direction undetermined:[/]"
                : $"[bold]{Markup.Escape(edge.From)}[/] → {Markup.Escape(edge.To)}, confidence {NumberFormat.Confidence(edge.Confidence)}:");
            foreach (var evidence in edge.Evidence)
                console.MarkupLine($"  [grey]{Markup.Escape(evidence.Kind)}:[/] {Markup.Escape(evidence.Detail)}");
            SideBySide.WriteLegend();
            var traced = new SideBySide.Side(id, trace.Article.Document);
            var storedSide = new SideBySide.Side(other.Document.Id, other.Document);
            SideBySide.Write(traced, storedSide, match.Alignment.Passages);
            if (match.Rewritten is { } rewritten) SideBySide.WriteRewritten(traced, storedSide, rewritten.Passages, match.Alignment.Passages.Count);
        }
        if (trace.Matches.Count > top) console.MarkupLine($"[grey]… passages of {NumberFormat.Count(trace.Matches.Count - top, "more match", "more matches")} with --top or --json[/]");
    }

    /// <summary>How the source's text is in the traced document, when not verbatim alone.</summary>
    private static string Reworded(TraceMatch source) =>
        source.Rewritten is not { Passages.Count: > 0 } ? "" : source.Alignment.Passages.Count == 0 ? ", reworded" : ", in part reworded";

    private static string Role(TraceMatch match) => match.Role switch
    {
        "source" or "copy" => $"{match.Role} ({NumberFormat.Confidence(match.Provenance.Confidence)})",
        "passage" => "shared passage",
        _ => match.Role,
    };
}
