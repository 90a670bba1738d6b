using System.CommandLine;
using System.Globalization;
using Lineage.Indexing;
using Lineage.Reading;
using Lineage.Reporting;
using Lineage.Scanning;
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
        var engine = new EngineOptions();
        var store = new StoreOptions();
        var command = new Command("trace", "The stored documents a new document shares text with: coverage, passages side by side, provenance") { paths, json, add, top };
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
                jsonOut?.Write(stream => StoreJson.WriteTraces(index.Location, traces, stream));
                if (!toStdout)
                {
                    var stored = index.Stats().Documents;
                    foreach (var trace in traces) Print(trace, index.Location, stored, parse.GetValue(top));
                }
                if (adding)
                {
                    var added = Indexer.Add(index, documents, indexOptions);
                    if (!toStdout)
                        Terminal.Out.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                            $"added [bold]{added.Added}[/] documents to {Markup.Escape(index.Location)} ({added.AlreadyStored} already there) · {added.Pairs} new pairs"));
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
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[bold]{Markup.Escape(id)}[/]: {trace.Words:N0} words · shares text with [bold]{trace.Matches.Count}[/] of {stored:N0} stored documents ({trace.Candidates} candidates aligned) in {Markup.Escape(store)}{already}"));
        if (trace.Matches.Count == 0) return;

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("stored document")
            .AddColumn(new TableColumn("shared words").RightAligned())
            .AddColumn(new TableColumn("of this").RightAligned())
            .AddColumn(new TableColumn("of it").RightAligned())
            .AddColumn("it is");
        foreach (var match in trace.Matches)
        {
            table.AddRow(
                Markup.Escape(match.Stored.Document.Id),
                match.Alignment.SharedWords.ToString("N0", CultureInfo.InvariantCulture),
                match.Alignment.CoverageA.ToString("P0", CultureInfo.InvariantCulture),
                match.Alignment.CoverageB.ToString("P0", CultureInfo.InvariantCulture),
                Role(match));
        }
        console.Write(table);
        if (trace.Source is { } source)
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"likely source: [bold]{Markup.Escape(source.Stored.Document.Id)}[/], {source.Alignment.CoverageA:P0} of {Markup.Escape(id)} is its text · direction {(source.Provenance.Undetermined ? "not settled by the evidence (see below)" : $"from the evidence, confidence {source.Provenance.Confidence:0.00}")}"));

        for (var i = 0; i < Math.Min(top, trace.Matches.Count); i++)
        {
            var match = trace.Matches[i];
            var other = match.Stored;
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(other.Document.Id)}[/] · {Markup.Escape(other.Metadata.Site ?? "site unknown")} · {Markup.Escape(other.Metadata.Published ?? "date unknown")} · {Markup.Escape(other.Document.Path)}");
            var edge = match.Provenance;
            console.MarkupLine(edge.Undetermined
                ? "[grey]direction undetermined:[/]"
                : string.Create(CultureInfo.InvariantCulture, $"[bold]{Markup.Escape(edge.From)}[/] → {Markup.Escape(edge.To)}, confidence {edge.Confidence:0.00}:"));
            foreach (var evidence in edge.Evidence)
                console.MarkupLine($"  [grey]{Markup.Escape(evidence.Kind)}:[/] {Markup.Escape(evidence.Detail)}");
            SideBySide.WriteLegend(console);
            SideBySide.Write(console, new SideBySide.Side(trace.Article.Document.Id, trace.Article.Document.Text), new SideBySide.Side(other.Document.Id, other.Document.Text), match.Alignment.Passages);
        }
        if (trace.Matches.Count > top) console.MarkupLine($"[grey]… passages of {trace.Matches.Count - top} more matches with --top or --json[/]");
    }

    private static string Role(TraceMatch match) => match.Provenance.Undetermined
        ? "[grey]undetermined[/]"
        : string.Create(CultureInfo.InvariantCulture, $"{(match.IsSource ? "[green]source[/]" : "[yellow]copy[/]")} ({match.Provenance.Confidence:0.00})");
}
