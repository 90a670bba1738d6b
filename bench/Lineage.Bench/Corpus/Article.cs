namespace Lineage.Bench.Corpus;

/// <summary>The body of one story, before a site frames it with its header and footer.</summary>
public sealed record Article(Language Language, string Title, string Author, DateOnly Date, IReadOnlyList<string> Paragraphs)
{
    public int BodyChars
    {
        get
        {
            var total = 0;
            foreach (var p in Paragraphs) total += p.Length + 2;
            return total;
        }
    }
}
