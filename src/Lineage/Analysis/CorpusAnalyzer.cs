using System.Collections.Concurrent;
using Lineage.Clustering;
using Lineage.Provenance;
using Lineage.Scanning;
using Lineage.Text;

namespace Lineage.Analysis;

/// <summary>Runs the analyses over a scan's articles and pairs; each is a pure function of them.</summary>
public static class CorpusAnalyzer
{
    private const int Steps = 6;

    /// <param name="partEnded">
    /// Called where a part of the analysis has ended and the working data it built are garbage: once
    /// the pass over the documents is done (their rebuilt chars, tokens and matches), and once the
    /// stories' vectors are made (every document's word counts). A caller that keeps the process's
    /// memory low collects there (the CLI does): left to the collector, that garbage outlives the
    /// next part, which is then built beside it instead of in its room.
    /// </param>
    public static CorpusAnalysis Analyze(ScanResult scan, StoryOptions? options = null, IProgress<ScanProgress>? progress = null, int parallelism = 0,
        Action? partEnded = null)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount };
        var articles = scan.Articles;
        // Each document's findings in a slot of its own, so joining them in document order needs no sort.
        var quotesOf = new List<QuoteOccurrence>[articles.Count];
        var namesOf = new List<(string, NameOccurrence)>[articles.Count];
        var factsOf = new List<FactMention>[articles.Count];
        var step = 0;
        void Advance() => progress?.Report(new ScanProgress(ScanStage.Analysing, Interlocked.Increment(ref step), Steps));
        progress?.Report(new ScanProgress(ScanStage.Analysing, 0, Steps));
        // One pass over the documents: each is tokenized once, for the stories' words and for the
        // pairs' typo words provenance looks up, beside the quotes, names and facts of its text.
        var vocabulary = ProvenanceBuilder.VocabularyFor(articles, scan.Pairs);
        var terms = new StoryTerms(articles.Count);
        var workers = new ConcurrentBag<Worker>();
        Parallel.For(0, articles.Count, parallel, () => new Worker(), (i, _, worker) =>
        {
            // An article view may rebuild its chars when asked after a collection; held here, they
            // are built once for all that reads them below.
            var chars = articles[i].Content.Chars;
            quotesOf[i] = InTextOrder(QuoteExtractor.Extract(i, articles[i]), static q => q.Span.Start);
            // Found into the worker's list and kept in one of their exact size: a list grown name by
            // name leaves twice its size behind.
            worker.Names.Clear();
            NameExtractor.ExtractTo(i, articles[i], worker.Names);
            namesOf[i] = InTextOrder(new List<(string, NameOccurrence)>(worker.Names), static n => n.Item2.Span.Start);
            factsOf[i] = FactExtractor.ExtractList(i, articles[i]);
            var tokens = worker.Terms.Tokens;
            Tokenizer.Tokenize(articles[i].Content, tokens);
            terms.Count(i, articles[i], tokens, worker.Terms);
            vocabulary?.Visit(i, tokens);
            GC.KeepAlive(chars);
            return worker;
        }, workers.Add);
        partEnded?.Invoke();
        Advance();
        // The threads' words joined into one numbering, with their document counts, beside the name
        // groups; provenance, quote clusters and reuse clusters need nothing of the stories: they run
        // beside them.
        var oneThread = parallel.MaxDegreeOfParallelism == 1;
        var documentCounts = Started(oneThread, () =>
        {
            terms.Join(WorkersTerms(workers), parallel);
            // The workers' buffers (tokens, names) are done with: let them go with the threads' tables.
            workers.Clear();
            return terms;
        });
        var orderedQuotes = Joined(quotesOf);
        Array.Clear(quotesOf);
        var beside = Started(oneThread, () =>
        {
            var edges = After(ProvenanceBuilder.Build(articles, scan.Pairs, vocabulary), Advance);
            return (Provenance: edges, Clusters: ReuseClusterer.Cluster(scan.Pairs));
        });
        // The quotes' clusters, the longest work beside the stories at scale, on a task of their own.
        var quoteClusters = Started(oneThread, () => After(QuoteClusterer.Cluster(orderedQuotes, parallel), Advance));
        var duplicates = DuplicateGroups.Of(scan);
        var nameGroups = NameGrouper.Group(namesOf, parallel);
        Array.Clear(namesOf);
        Advance();
        var stories = StoryClusterer.Cluster(articles, documentCounts.Result, duplicates, nameGroups, options ?? new StoryOptions(), parallel, partEnded);
        Advance();
        var storyFacts = StoryFacts.Of(stories, Joined(factsOf));
        Advance();
        var (provenance, clusters) = beside.Result;
        return new CorpusAnalysis(duplicates, stories, clusters, quoteClusters.Result, nameGroups, storyFacts, provenance) { Threads = parallel.MaxDegreeOfParallelism };
    }

    private static IEnumerable<StoryTerms.Scratch> WorkersTerms(IEnumerable<Worker> workers)
    {
        foreach (var worker in workers) yield return worker.Terms;
    }

    /// <summary>What one thread of the pass over the documents works with.</summary>
    private sealed class Worker
    {
        public StoryTerms.Scratch Terms { get; } = new();

        public List<(string, NameOccurrence)> Names { get; } = new(256);
    }

    /// <summary>A document's findings by their start in the original text (extraction keeps text order, so this rarely moves anything).</summary>
    private static List<T> InTextOrder<T>(List<T> found, Func<T, int> start)
    {
        for (var k = 1; k < found.Count; k++)
            if (start(found[k]) < start(found[k - 1])) return found.OrderBy(start).ToList();
        return found;
    }

    private static List<T> Joined<T>(List<T>[] perDocument)
    {
        var count = 0;
        foreach (var list in perDocument) count += list.Count;
        var all = new List<T>(count);
        foreach (var list in perDocument) all.AddRange(list);
        return all;
    }

    /// <summary>Work beside the stories on another thread, or at once on this one when the analysis may use one thread only (--threads 1).</summary>
    private static Task<T> Started<T>(bool oneThread, Func<T> work) => oneThread ? Task.FromResult(work()) : Task.Run(work);

    private static T After<T>(T result, Action done)
    {
        done();
        return result;
    }
}
