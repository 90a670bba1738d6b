using System.Collections.Concurrent;
using Lineage.Clustering;
using Lineage.Provenance;
using Lineage.Scanning;

namespace Lineage.Analysis;

/// <summary>Runs the analyses over a scan's articles and pairs; each is a pure function of them.</summary>
public static class CorpusAnalyzer
{
    public static CorpusAnalysis Analyze(ScanResult scan, StoryOptions? options = null)
    {
        var articles = scan.Articles;
        var quotes = new ConcurrentBag<QuoteOccurrence>();
        var names = new ConcurrentBag<(string, NameOccurrence)>();
        var facts = new ConcurrentBag<FactMention>();
        Parallel.For(0, articles.Count, i =>
        {
            foreach (var q in QuoteExtractor.Extract(i, articles[i])) quotes.Add(q);
            foreach (var n in NameExtractor.Extract(i, articles[i])) names.Add(n);
            foreach (var f in FactExtractor.Extract(i, articles[i])) facts.Add(f);
        });
        var orderedQuotes = quotes.OrderBy(q => q.Document).ThenBy(q => q.Span.Start).ToList();
        var nameGroups = NameGrouper.Group(names.OrderBy(n => n.Item2.Document).ThenBy(n => n.Item2.Span.Start));
        var stories = StoryClusterer.Cluster(articles, scan.Pairs, nameGroups, options ?? new StoryOptions());
        return new CorpusAnalysis(
            stories,
            ReuseClusterer.Cluster(scan.Pairs),
            QuoteClusterer.Cluster(orderedQuotes),
            nameGroups,
            FactsByStory(stories, facts),
            ProvenanceBuilder.Build(articles, scan.Pairs));
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
