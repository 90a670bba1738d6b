using Lineage.Clustering;

namespace Lineage.Analysis;

/// <summary>The facts the documents of one story state, subject by subject.</summary>
public sealed record StoryFacts(int Story, IReadOnlyList<Fact> Facts)
{
    /// <summary>
    /// The mentions (in document order, each document's in text order) grouped by story (story 0
    /// holds those of documents in none), stories in id order; within a story one fact a subject,
    /// the subject stated by most documents first, then by subject; a fact's mentions by document,
    /// then by place. Grouped in one pass into lists by story id, not by sorting the corpus's
    /// mentions.
    /// </summary>
    public static List<StoryFacts> Of(IReadOnlyList<Story> stories, IReadOnlyList<FactMention> mentions)
    {
        var maxDocument = -1;
        foreach (var m in mentions) maxDocument = Math.Max(maxDocument, m.Document);
        var storyOf = new int[maxDocument + 1];
        var maxStory = 0;
        foreach (var story in stories)
        {
            maxStory = Math.Max(maxStory, story.Id);
            foreach (var d in story.Documents)
                if (d < storyOf.Length) storyOf[d] = story.Id;
        }
        // Each story's subjects in the order they are first met, with their mentions.
        var subjectsOf = new List<(string Subject, List<FactMention> Mentions)>?[maxStory + 1];
        var indexOf = new Dictionary<(int Story, string Subject), int>();
        foreach (var m in mentions)
        {
            var story = storyOf[m.Document];
            var subjects = subjectsOf[story] ??= [];
            if (!indexOf.TryGetValue((story, m.Subject), out var index))
            {
                indexOf[(story, m.Subject)] = index = subjects.Count;
                subjects.Add((m.Subject, []));
            }
            subjects[index].Mentions.Add(m);
        }
        var result = new List<StoryFacts>();
        for (var story = 0; story < subjectsOf.Length; story++)
        {
            if (subjectsOf[story] is not { } subjects) continue;
            var facts = new List<(int Documents, Fact Fact)>(subjects.Count);
            foreach (var (subject, list) in subjects)
            {
                var ordered = InPlaceOrder(list);
                facts.Add((DistinctDocuments(ordered), new Fact(subject, ordered)));
            }
            // Subjects are distinct within a story: the order is total.
            facts.Sort(static (x, y) => x.Documents != y.Documents ? y.Documents.CompareTo(x.Documents) : string.CompareOrdinal(x.Fact.Subject, y.Fact.Subject));
            var kept = new List<Fact>(facts.Count);
            foreach (var (_, fact) in facts) kept.Add(fact);
            result.Add(new StoryFacts(story, kept));
        }
        return result;
    }

    /// <summary>Mentions by document, then by place: met in that order already unless a view maps places out of order, when they are sorted, stably.</summary>
    private static List<FactMention> InPlaceOrder(List<FactMention> mentions)
    {
        for (var k = 1; k < mentions.Count; k++)
        {
            var (a, b) = (mentions[k - 1], mentions[k]);
            if (a.Document > b.Document || (a.Document == b.Document && a.Span.Start > b.Span.Start))
                return mentions.OrderBy(m => m.Document).ThenBy(m => m.Span.Start).ToList();
        }
        return mentions;
    }

    /// <summary>The documents among mentions ordered by document.</summary>
    private static int DistinctDocuments(List<FactMention> ordered)
    {
        var count = 0;
        for (var k = 0; k < ordered.Count; k++)
            if (k == 0 || ordered[k].Document != ordered[k - 1].Document) count++;
        return count;
    }
}
