using Lineage.Clustering;

namespace Lineage.Tests.Clustering;

public class StoryPostingsTests
{
    [Fact]
    public void Keeps_each_words_stories_in_the_order_added_as_lists_would()
    {
        var random = new Random(7);
        const int words = 40;
        var telling = new int[300][];
        for (var u = 0; u < telling.Length; u++)
            telling[u] = [.. Enumerable.Range(0, words).OrderBy(_ => random.Next()).Take(random.Next(1, 8))];
        var postings = new StoryPostings(telling, words);
        var reference = new List<int>[words];
        for (var w = 0; w < words; w++) reference[w] = [];
        // The stream: each unit's story added to its words unless it is the last added.
        for (var u = 0; u < telling.Length; u++)
        {
            var story = random.Next(12);
            foreach (var word in telling[u])
            {
                postings.AddUnlessLast(word, story);
                if (reference[word].Count == 0 || reference[word][^1] != story) reference[word].Add(story);
            }
        }
        // The reassignment: each unit at most once more, unless the word holds the story already.
        for (var u = 0; u < telling.Length; u++)
        {
            var story = random.Next(20);
            foreach (var word in telling[u])
            {
                postings.AddUnlessHeld(word, story);
                if (!reference[word].Contains(story)) reference[word].Add(story);
            }
        }

        for (var w = 0; w < words; w++) Assert.Equal(reference[w], postings.Of(w).ToArray());
    }

    [Fact]
    public void Adds_a_story_again_only_when_another_came_between()
    {
        var postings = new StoryPostings([[0], [0], [0]], 1);

        postings.AddUnlessLast(0, 5);
        postings.AddUnlessLast(0, 5);
        postings.AddUnlessLast(0, 3);
        postings.AddUnlessLast(0, 5);

        Assert.Equal([5, 3, 5], postings.Of(0).ToArray());
        postings.AddUnlessHeld(0, 3);
        Assert.Equal([5, 3, 5], postings.Of(0).ToArray());
    }

    [Fact]
    public void Refuses_a_story_beyond_twice_the_units_that_hold_the_word()
    {
        var postings = new StoryPostings([[1], [0, 1]], 2);
        postings.AddUnlessLast(0, 1);
        postings.AddUnlessLast(0, 2);

        Assert.Throws<InvalidOperationException>(() => postings.AddUnlessLast(0, 3));
        Assert.True(postings.Of(1).IsEmpty);
    }
}
