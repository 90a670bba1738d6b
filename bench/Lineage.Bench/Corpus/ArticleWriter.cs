namespace Lineage.Bench.Corpus;

/// <summary>Writes the body of a story: paragraphs of one to five sentences until the wanted length.</summary>
public static class ArticleWriter
{
    public static Article Write(Prng rng, IProse prose, Cast cast, int targetChars)
    {
        var title = prose.Title(rng, cast);
        var author = rng.Chance(0.15) ? (prose.Language == Language.Arabic ? "مراسلنا" : "Staff reporter") : NameBank.For(prose.Language).Author(rng);
        var paragraphs = new List<string>();
        var chars = 0;
        var builder = new System.Text.StringBuilder(1024);
        while (chars < targetChars)
        {
            builder.Clear();
            var sentences = rng.Chance(0.15) ? 1 : rng.Next(2, 6);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0) builder.Append(' ');
                builder.Append(rng.Chance(0.16) ? prose.Quotation(rng, cast) : prose.Sentence(rng, cast));
            }
            paragraphs.Add(builder.ToString());
            chars += builder.Length + 2;
        }
        return new Article(prose.Language, title, author, cast.Date, paragraphs);
    }

    public static IProse ProseFor(Language language) => language == Language.Arabic ? ArabicProse.Instance : EnglishProse.Instance;
}
