namespace Lineage.Clustering;

/// <summary>
/// The stories holding each telling word, by the word's number, in one array instead of a list a
/// word: a corpus has hundreds of thousands of telling words, and a list each, grown as stories
/// are added, was most of what the stream of stories allocated. Each word's room is fixed
/// beforehand at twice the units that hold it: the stream adds at most one story a unit and word,
/// and the reassignment, which moves each unit at most once, at most one more.
/// </summary>
internal sealed class StoryPostings
{
    /// <summary>Where each word's room starts in <see cref="stories"/>; word w's room ends where w + 1's starts.</summary>
    private readonly int[] start;
    private readonly int[] count;
    private readonly int[] stories;

    /// <param name="telling">Each unit's telling words, by number.</param>
    /// <param name="words">How many telling words there are.</param>
    public StoryPostings(int[][] telling, int words)
    {
        start = new int[words + 1];
        foreach (var terms in telling)
            foreach (var word in terms) start[word + 1] += 2;
        for (var w = 0; w < words; w++) start[w + 1] += start[w];
        count = new int[words];
        stories = new int[start[words]];
    }

    /// <summary>The stories holding <paramref name="word"/>, in the order added.</summary>
    public ReadOnlySpan<int> Of(int word) => stories.AsSpan(start[word], count[word]);

    /// <summary>Adds <paramref name="story"/> to the word's stories unless it is the last added (the stream adds a unit's story once a word).</summary>
    public void AddUnlessLast(int word, int story)
    {
        var n = count[word];
        if (n > 0 && stories[start[word] + n - 1] == story) return;
        Append(word, story);
    }

    /// <summary>Adds <paramref name="story"/> to the word's stories unless it holds it already.</summary>
    public void AddUnlessHeld(int word, int story)
    {
        if (Of(word).Contains(story)) return;
        Append(word, story);
    }

    private void Append(int word, int story)
    {
        var at = start[word] + count[word];
        if (at == start[word + 1]) throw new InvalidOperationException($"telling word {word} holds more stories than its room.");
        stories[at] = story;
        count[word]++;
    }
}
