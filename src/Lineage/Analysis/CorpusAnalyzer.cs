using System.Collections.Concurrent;
using Lineage.Clustering;
using Lineage.Provenance;
using Lineage.Scanning;

namespace Lineage.Analysis;

/// <summary>Runs the analyses over a scan's articles and pairs; each is a pure function of them.</summary>
public static class CorpusAnalyzer
{
    private const int Steps = 6;

    public static CorpusAnalysis Analyze(ScanResult scan, StoryOptions? options = null, IProgress<ScanProgress>? progress = null, int parallelism = 0)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount };
        var articles = scan.Articles;
        var quotes = new ConcurrentBag<QuoteOccurrence>();
        var names = new ConcurrentBag<(string, NameOccurrence)>();
        var facts = new ConcurrentBag<FactMention>();
        var step = 0;
        void Advance() => progress?.Report(new ScanProgress(ScanStage.Analysing, Interlocked.Increment(ref step), Steps));
        progress?.Report(new ScanProgress(ScanStage.Analysing, 0, Steps));
        Parallel.For(0, articles.Count, parallel, i =>
        {
            foreach (var q in QuoteExtractor.Extract(i, articles[i])) quotes.Add(q);
            foreach (var n in NameExtractor.Extract(i, articles[i])) names.Add(n);
            foreach (var f in FactExtractor.Extract(i, articles[i])) facts.Add(f);
        });
        Advance();
        // Quotes, reuse clusters and provenance need nothing of the stories: they run beside them.
        var orderedQuotes = quotes.OrderBy(q => q.Document).ThenBy(q => q.Span.Start).ToList();
        var quoteClusters = Task.Run(() => After(QuoteClusterer.Cluster(orderedQuotes), Advance));
        var provenance = Task.Run(() => After(ProvenanceBuilder.Build(articles, scan.Pairs), Advance));
        var clusters = ReuseClusterer.Cluster(scan.Pairs);
        var duplicates = DuplicateGroups.Of(scan);
        var nameGroups = NameGrouper.Group(names.OrderBy(n => n.Item2.Document).ThenBy(n => n.Item2.Span.Start));
        Advance();
        var stories = StoryClusterer.Cluster(articles, duplicates, nameGroups, options ?? new StoryOptions(), parallel);
        Advance();
        var storyFacts = FactsByStory(stories, facts);
        Advance();
        return new CorpusAnalysis(duplicates, stories, clusters, quoteClusters.Result, nameGroups, storyFacts, provenance.Result);
    }

    private static T After<T>(T result, Action done)
    {
        done();
        return result;
    }

    private static List<StoryFacts> FactsByStory(IReadOnlyList<Story> stories, IEnumerable<FactMention> mentions)
    {
        var storyOf = new Dictionary<int, int>();
        foreach (var story in stories)
            foreach (var d in story.Documents) storyOf[d] = story.Id;
        var result = new List<StoryFacts>();
        foreach (var byStory in mentions.GroupBy(m => storyOf.GetValueOrDefault(m.Document)).OrderBy(g => g.Key))
        {
            var facts = byStory.GroupBy(m => m.Subject)
                .Select(g => new Fact(g.Key, g.OrderBy(m => m.Document).ThenBy(m => m.Span.Start).ToList()))
                .OrderByDescending(f => f.Mentions.Select(m => m.Document).Distinct().Count())
                .ThenBy(f => f.Subject, StringComparer.Ordinal)
                .ToList();
            result.Add(new StoryFacts(byStory.Key, facts));
        }
        return result;
    }
}
