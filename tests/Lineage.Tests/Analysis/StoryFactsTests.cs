using Lineage.Analysis;
using Lineage.Clustering;
using Lineage.Text;

namespace Lineage.Tests.Analysis;

public class StoryFactsTests
{
    private static FactMention Mention(int document, int start, string subject, double value) =>
        new(document, new TextSpan(start, 10), $"{value} {subject}", value, null, subject);

    private static Story StoryOf(int id, params int[] documents) => new(id, "", [], documents);

    [Fact]
    public void Groups_mentions_by_story_then_subject_most_stated_first()
    {
        IReadOnlyList<FactMention> mentions =
        [
            Mention(0, 5, "injured", 3), Mention(0, 40, "killed", 12),
            Mention(1, 7, "killed", 12), Mention(2, 9, "injured", 4), Mention(3, 1, "soldiers", 100),
        ];
        // Documents 0–2 are story 1; document 3 is in no story.
        var facts = StoryFacts.Of([StoryOf(1, 0, 1, 2)], mentions);

        Assert.Equal([0, 1], facts.Select(f => f.Story));
        var story = facts.Single(f => f.Story == 1).Facts;
        // Both subjects are stated by two documents: then by subject.
        Assert.Equal(["injured", "killed"], story.Select(f => f.Subject));
        Assert.Equal([0, 2], story[0].Mentions.Select(m => m.Document));
        Assert.True(story[0].Disagree);
        Assert.Equal("soldiers", Assert.Single(facts[0].Facts).Subject);
    }

    [Fact]
    public void A_subject_stated_by_more_documents_comes_first_and_its_mentions_are_by_document_then_place()
    {
        IReadOnlyList<FactMention> mentions =
        [
            Mention(0, 50, "killed", 2), Mention(0, 10, "killed", 2), Mention(0, 30, "aircraft", 2),
            Mention(1, 3, "killed", 2), Mention(2, 4, "killed", 3),
        ];
        var story = Assert.Single(StoryFacts.Of([StoryOf(7, 0, 1, 2)], mentions)).Facts;

        Assert.Equal(["killed", "aircraft"], story.Select(f => f.Subject));
        Assert.Equal([(0, 10), (0, 50), (1, 3), (2, 4)], story[0].Mentions.Select(m => (m.Document, m.Span.Start)));
    }
}
