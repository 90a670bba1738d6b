using Lineage.Analysis;
using Lineage.Clustering;

namespace Lineage.Tests.Analysis;

/// <summary>Golden tests: stories, quotes, facts, names and provenance of the seed articles.</summary>
public class SampleAnalysisTests
{
    private static readonly Lazy<CorpusAnalysis> Analysed = new(() => CorpusAnalyzer.Analyze(SampleCorpus.Scan));

    private static CorpusAnalysis Analysis => Analysed.Value;

    private static int IndexOf(string prefix) => SampleCorpus.Scan.Documents.ToList().FindIndex(d => d.Id.StartsWith(prefix, StringComparison.Ordinal));

    private static string Id(string prefix) => SampleCorpus.Scan.Documents[IndexOf(prefix)].Id;

    [Fact]
    public void Reports_its_steps_up_to_the_last()
    {
        var reports = new List<Lineage.Scanning.ScanProgress>();
        var analysis = CorpusAnalyzer.Analyze(SampleCorpus.Scan, progress: new Recorder(reports));

        Assert.Equal(Analysis.Stories.Count, analysis.Stories.Count);
        Assert.All(reports, r => Assert.Equal(Lineage.Scanning.ScanStage.Analysing, r.Stage));
        Assert.Equal(0, reports[0].Done);
        Assert.Equal(reports[^1].Total, reports[^1].Done);
        Assert.Equal(reports.Select(r => r.Done).Order(), reports.Select(r => r.Done));
    }

    [Fact]
    public void Keeps_to_the_calling_thread_when_given_one_thread()
    {
        var threads = new System.Collections.Concurrent.ConcurrentBag<int>();
        var analysis = CorpusAnalyzer.Analyze(SampleCorpus.Scan, progress: new ThreadRecorder(threads), parallelism: 1);

        Assert.Equal(Analysis.Stories.Count, analysis.Stories.Count);
        // The steps that could run beside the stories report from the thread that did them.
        Assert.Equal([Environment.CurrentManagedThreadId], threads.Distinct());
    }

    [Fact]
    public void Calls_the_part_end_after_the_pass_and_once_the_stories_vectors_are_made_without_changing_an_answer()
    {
        var reports = new List<Lineage.Scanning.ScanProgress>();
        var reportedAtEachEnd = new List<int>();
        var analysis = CorpusAnalyzer.Analyze(SampleCorpus.Scan, progress: new Recorder(reports), parallelism: 1,
            partEnded: () => reportedAtEachEnd.Add(reports.Count));

        // On one thread the steps come in a fixed order: the start, the pass, provenance, the quotes'
        // clusters and the names, then the stories. The pass ends before its step is reported; the
        // stories' vectors are made after the names' step.
        Assert.Equal([1, 5], reportedAtEachEnd);
        Assert.Equal(Analysis.Stories.Select(s => s.Documents), analysis.Stories.Select(s => s.Documents));
        Assert.Equal(Analysis.Quotes.Count, analysis.Quotes.Count);
    }

    private sealed class ThreadRecorder(System.Collections.Concurrent.ConcurrentBag<int> threads) : IProgress<Lineage.Scanning.ScanProgress>
    {
        public void Report(Lineage.Scanning.ScanProgress value) => threads.Add(Environment.CurrentManagedThreadId);
    }

    /// <summary>Records reports as they come (Progress&lt;T&gt; would post them to the thread pool).</summary>
    private sealed class Recorder(List<Lineage.Scanning.ScanProgress> reports) : IProgress<Lineage.Scanning.ScanProgress>
    {
        public void Report(Lineage.Scanning.ScanProgress value) => reports.Add(value);
    }

    [Fact]
    public void Puts_all_five_documents_in_one_story()
    {
        var story = Analysis.Stories[0];
        Assert.Equal(5, story.Documents.Count);
        Assert.NotEmpty(story.Label);
    }

    [Fact]
    public void Clusters_the_ministry_quotation_found_in_000_001_and_003()
    {
        var cluster = Analysis.Quotes.Single(q => q.Variants.Any(v => v.Text.Contains("on the edge between gross negligence and direct assistance to Islamic State", StringComparison.Ordinal)));
        var documents = cluster.Occurrences.Select(o => o.Document).Distinct().Order().ToList();
        Assert.Equal([IndexOf("000"), IndexOf("001"), IndexOf("003")], documents);
    }

    [Fact]
    public void Links_serious_and_dangerous_blatant_aggression_as_variants_with_the_differing_word()
    {
        var cluster = Analysis.Quotes.Single(q => q.Variants.Any(v => v.Text.Contains("serious and blatant aggression", StringComparison.Ordinal)));
        Assert.Contains(cluster.Variants, v => v.Text.Contains("dangerous and blatant aggression", StringComparison.Ordinal));
        Assert.Contains(cluster.Variants, v => v.DifferingWords.Contains("serious") || v.DifferingWords.Contains("dangerous"));
        Assert.Equal([IndexOf("002"), IndexOf("003")], cluster.Occurrences.Select(o => o.Document).Distinct().Order().ToList());
    }

    [Fact]
    public void Names_the_speakers_the_sentences_name()
    {
        var speakers = Analysis.Quotes.SelectMany(q => q.Occurrences).Select(o => o.Speaker).ToList();
        Assert.Contains("Maria Zakharova", speakers);
        Assert.Contains("the ministry's statement", speakers);
    }

    [Theory]
    [InlineData("killed", 62.0, "000")]
    [InlineData("killed", 62.0, "001")]
    [InlineData("killed", 62.0, "002")]
    [InlineData("injured", 100.0, "000")]
    [InlineData("injured", 100.0, "001")]
    [InlineData("injured", 100.0, "002")]
    public void States_the_casualty_figures_each_document_gives(string subject, double value, string prefix)
    {
        var facts = Analysis.Facts.Single().Facts;
        var fact = facts.Single(f => f.Subject == subject);
        Assert.Contains(fact.Mentions, m => m.Document == IndexOf(prefix) && m.Value == value);
        if (subject == "injured") Assert.All(fact.Mentions.Where(m => m.Value == 100), m => Assert.Equal("more than", m.Qualifier));
    }

    [Theory]
    [InlineData("Deir Ezzor", "Deir el-Zour", "Deir al-Zour")]
    [InlineData("Turdah", "al-Tharda", "Tharda")]
    public void Groups_transliterations_of_one_name(string first, string second, string third)
    {
        var group = Analysis.Names.Single(g => g.Variants.Any(v => v.Text == first));
        Assert.Contains(group.Variants, v => v.Text == second);
        // The third spelling is not in the samples everywhere: its key must still be the group's.
        Assert.Equal(group.Key, NameKey.Of(third));
    }

    [Fact]
    public void Names_south_front_as_the_external_origin_of_000_with_attribution_and_date()
    {
        var edge = Analysis.Provenance.Single(e => e.FromExternal && e.From == "South Front" && e.To == Id("000"));
        Assert.False(edge.Undetermined);
        Assert.Contains(edge.Evidence, e => e.Kind == "attribution");
        Assert.Contains(edge.Evidence, e => e.Kind == "date" && e.Detail.Contains("19 September 2016", StringComparison.Ordinal));
    }

    [Fact]
    public void Links_000_and_001_with_the_evidence_listed()
    {
        var edge = Analysis.Provenance.Single(e => !e.FromExternal && new[] { e.From, e.To }.Order().SequenceEqual(new[] { Id("000"), Id("001") }.Order()));
        Assert.Contains(edge.Evidence, e => e.Kind == "containment");
        Assert.Contains(edge.Evidence, e => e.Kind == "edits" && e.Detail.Contains("beloged", StringComparison.Ordinal));
        Assert.Contains(edge.Evidence, e => e.Kind == "date");
    }

    [Fact]
    public void Clusters_reused_passages_across_documents()
    {
        var cluster = Analysis.Clusters.Single(c => c.Members.Any(m => m.Document == IndexOf("003")));
        Assert.Equal([IndexOf("000"), IndexOf("001"), IndexOf("003")], cluster.Members.Select(m => m.Document).Order().ToList());
    }
}
