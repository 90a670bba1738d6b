using System.Text;

namespace Lineage.Tests.Storage;

/// <summary>
/// A seeded corpus of plain-text articles for store tests: random prose over a few thousand
/// made-up words, one document in eight a copy of an earlier one with a few words changed, so
/// pairs are known. Every document's text is distinct.
/// </summary>
public static class TestCorpus
{
    public static List<(string Name, string Text)> Make(int count, int seed = 17)
    {
        var random = new Random(seed);
        var vocabulary = new string[4000];
        for (var i = 0; i < vocabulary.Length; i++)
        {
            var word = new StringBuilder();
            var length = random.Next(3, 10);
            for (var k = 0; k < length; k++) word.Append((char)('a' + random.Next(26)));
            vocabulary[i] = word.ToString();
        }
        var documents = new List<(string, string)>(count);
        for (var d = 0; d < count; d++)
        {
            string text;
            if (d >= 8 && d % 8 == 0)
            {
                var words = documents[random.Next(d)].Item2.Split(' ');
                for (var e = 0; e < 3; e++) words[random.Next(words.Length)] = vocabulary[random.Next(vocabulary.Length)];
                text = string.Join(' ', words) + $" copy{d}";
            }
            else
            {
                var words = new string[random.Next(120, 260)];
                for (var w = 0; w < words.Length; w++) words[w] = vocabulary[random.Next(vocabulary.Length)];
                text = string.Join(' ', words) + $" doc{d}";
            }
            documents.Add(($"d{d:D5}", text));
        }
        return documents;
    }

    /// <summary>Writes the documents as NAME.txt files under <paramref name="folder"/>.</summary>
    public static void Write(string folder, IEnumerable<(string Name, string Text)> documents)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in documents) File.WriteAllText(Path.Combine(folder, name + ".txt"), text);
    }
}
