using Lineage.Alignment;

namespace Lineage.Tests.Alignment;

public class WordSimilarityTests
{
    [Theory]
    [InlineData("belonged", "beloged", true)]
    [InlineData("coalition", "coalitoin", true)]
    [InlineData("government", "goverment", true)]
    [InlineData("negligence", "negligance", true)]
    [InlineData("the", "she", false)]
    [InlineData("syrian", "russian", false)]
    [InlineData("strike", "strike", true)]
    [InlineData("states", "estate", false)]
    public void Accepts_typos_but_not_different_words(string x, string y, bool near)
    {
        Assert.Equal(near, WordSimilarity.AreNear(x, y));
    }

    [Fact]
    public void Agrees_with_a_plain_edit_distance_on_random_words()
    {
        var random = new Random(3);
        for (var round = 0; round < 2000; round++)
        {
            var x = RandomWord(random);
            var y = random.Next(3) == 0 ? RandomWord(random) : Mutate(random, x);
            var bound = 2;
            var expected = Math.Min(bound + 1, Osa(x, y));
            Assert.Equal(expected, Math.Min(bound + 1, WordSimilarity.BoundedDistance(x, y, bound)));
        }
    }

    private static string RandomWord(Random random) => new(Enumerable.Range(0, random.Next(1, 12)).Select(_ => (char)('a' + random.Next(4))).ToArray());

    private static string Mutate(Random random, string word)
    {
        var chars = word.ToList();
        var i = random.Next(chars.Count);
        switch (random.Next(3))
        {
            case 0: chars.Insert(i, 'z'); break;
            case 1: chars.RemoveAt(i); break;
            default: chars[i] = 'y'; break;
        }
        return new string(chars.ToArray());
    }

    /// <summary>Optimal string alignment distance, the textbook table.</summary>
    private static int Osa(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
