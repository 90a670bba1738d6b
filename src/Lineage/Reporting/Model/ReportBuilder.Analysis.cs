using Lineage.Clustering;
using Lineage.Reading;

namespace Lineage.Reporting.Model;

/// <summary>
/// The report model of the analysis's sections, item by item: each section gives its count and
/// item <c>i</c>, so a writer can make every item on the thread that serialises it. An item's long
/// lists (a name's occurrences, a quote's, a story's documents) are views of the analysis's own
/// (<see cref="ProjectedList{TSource, TState, T}"/>), read when written.
/// </summary>
public sealed partial class ReportBuilder
{
    /// <summary>The duplicate groups reported (those of two or more documents), by their index among all groups.</summary>
    private int[]? copiedGroups;

    /// <summary>The name groups reported (see <see cref="Reported"/>), by their index among all groups.</summary>
    private int[]? reportedNames;

    /// <summary>Every fact, as its story's index among the analysis's story facts and its own index among them.</summary>
    private (int Story, int Fact)[]? facts;

    public int StoryCount => analysis?.Stories.Count ?? 0;

    public ReportStory Story(int index)
    {
        var story = analysis!.Stories[index];
        return new ReportStory(story.Id, story.Label, story.Keywords, story.FirstPublished, story.LastPublished, Ids(story.Documents));
    }

    public IEnumerable<ReportStory> Stories()
    {
        for (var i = 0; i < StoryCount; i++) yield return Story(i);
    }

    public int DuplicateGroupCount => CopiedGroups().Length;

    public ReportDuplicateGroup DuplicateGroup(int index)
    {
        var group = analysis!.Duplicates.Groups[CopiedGroups()[index]];
        return new ReportDuplicateGroup(group.Id, Id(group.Representative), Ids(group.Documents));
    }

    /// <summary>Groups of two or more copies; a document alone is its own group, named by its <c>duplicateGroup</c> only.</summary>
    public IEnumerable<ReportDuplicateGroup> DuplicateGroups()
    {
        for (var i = 0; i < DuplicateGroupCount; i++) yield return DuplicateGroup(i);
    }

    public int ClusterCount => analysis?.Clusters.Count ?? 0;

    public ReportCluster Cluster(int index)
    {
        var cluster = analysis!.Clusters[index];
        return new ReportCluster(cluster.Id, new ProjectedList<ClusterMember, IReadOnlyList<Document>, ReportOccurrence>(
            cluster.Members, scan.Documents, static (documents, m) => new ReportOccurrence(documents[m.Document].Id, m.Span.Start, m.Span.Length)));
    }

    public IEnumerable<ReportCluster> Clusters()
    {
        for (var i = 0; i < ClusterCount; i++) yield return Cluster(i);
    }

    /// <summary>How many quotes <see cref="Quotes"/> gives.</summary>
    public int QuoteCount => analysis?.Quotes.Count ?? 0;

    public ReportQuote Quote(int index)
    {
        var quote = analysis!.Quotes[index];
        var variants = new ProjectedList<QuoteVariant, IReadOnlyList<Document>, ReportQuoteVariant>(quote.Variants, scan.Documents,
            static (documents, v) => new ReportQuoteVariant(v.Text, v.DifferingWords, new VariantDocumentIds(v.Occurrences, documents)));
        return new ReportQuote(quote.Id, quote.Variants[0].Text, new QuoteOccurrenceList(quote, scan.Documents), variants);
    }

    public IEnumerable<ReportQuote> Quotes()
    {
        for (var i = 0; i < QuoteCount; i++) yield return Quote(i);
    }

    /// <summary>How many names <see cref="Names"/> gives.</summary>
    public int NameCount => ReportedNames().Length;

    public ReportName Name(int index)
    {
        var group = analysis!.Names[ReportedNames()[index]];
        return new ReportName(group.Name, new ProjectedList<NameVariant, IReadOnlyList<Document>, ReportNameVariant>(group.Variants, scan.Documents,
            static (documents, variant) => new ReportNameVariant(variant.Text, new ProjectedList<NameOccurrence, IReadOnlyList<Document>, ReportOccurrence>(
                variant.Occurrences, documents, static (documents, o) => new ReportOccurrence(documents[o.Document].Id, o.Span.Start, o.Span.Length)))));
    }

    /// <summary>Names spelled more than one way or met in more than one document: a name once in one document tells nothing across the corpus.</summary>
    public IEnumerable<ReportName> Names()
    {
        for (var i = 0; i < NameCount; i++) yield return Name(i);
    }

    public int FactCount => FactPlaces().Length;

    public ReportFact Fact(int index)
    {
        var (s, f) = FactPlaces()[index];
        var storyFacts = analysis!.Facts[s];
        var fact = storyFacts.Facts[f];
        var mentions = new ReportFactMention[fact.Mentions.Count];
        for (var i = 0; i < mentions.Length; i++)
        {
            var m = fact.Mentions[i];
            mentions[i] = new ReportFactMention(Id(m.Document), m.Span.Start, m.Span.Length, m.Text, m.Value, m.Qualifier, m.Claim);
        }
        return new ReportFact(storyFacts.Story, fact.Subject, fact.Disagree, mentions);
    }

    public IEnumerable<ReportFact> Facts()
    {
        for (var i = 0; i < FactCount; i++) yield return Fact(i);
    }

    public int ProvenanceCount => analysis?.Provenance.Count ?? 0;

    public ReportProvenanceEdge ProvenanceEdge(int index) => Edge(analysis!.Provenance[index]);

    public IEnumerable<ReportProvenanceEdge> Provenance()
    {
        for (var i = 0; i < ProvenanceCount; i++) yield return ProvenanceEdge(i);
    }

    /// <summary>The ids of the documents, read when written.</summary>
    private ProjectedList<int, IReadOnlyList<Document>, string> Ids(IReadOnlyList<int> documents) =>
        new(documents, scan.Documents, static (all, d) => all[d].Id);

    private int[] CopiedGroups() => LazyInitializer.EnsureInitialized(ref copiedGroups, () =>
    {
        var found = new List<int>();
        if (analysis is not null)
            for (var i = 0; i < analysis.Duplicates.Groups.Count; i++)
                if (analysis.Duplicates.Groups[i].Documents.Count >= 2) found.Add(i);
        return [.. found];
    });

    private int[] ReportedNames() => LazyInitializer.EnsureInitialized(ref reportedNames, () =>
    {
        var found = new List<int>();
        if (analysis is not null)
            for (var i = 0; i < analysis.Names.Count; i++)
                if (Reported(analysis.Names[i])) found.Add(i);
        return [.. found];
    });

    private (int Story, int Fact)[] FactPlaces() => LazyInitializer.EnsureInitialized(ref facts, () =>
    {
        var found = new List<(int, int)>();
        if (analysis is not null)
            for (var s = 0; s < analysis.Facts.Count; s++)
                for (var f = 0; f < analysis.Facts[s].Facts.Count; f++) found.Add((s, f));
        return [.. found];
    });

    private static bool Reported(NameGroup group) => group.Variants.Count >= 2 || InTwoDocuments(group);

    private static bool InTwoDocuments(NameGroup group)
    {
        var first = -1;
        for (var v = 0; v < group.Variants.Count; v++)
        {
            var occurrences = group.Variants[v].Occurrences;
            for (var i = 0; i < occurrences.Count; i++)
            {
                if (first < 0) first = occurrences[i].Document;
                else if (occurrences[i].Document != first) return true;
            }
        }
        return false;
    }
}
