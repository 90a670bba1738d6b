using System.Text;

namespace Lineage.Bench.Corpus;

/// <summary>
/// Fiction-like articles (serialised stories, features written as scenes): a paragraph per line
/// of dialogue, each in quotation marks with its speech tag, between short narrated paragraphs.
/// Quotations everywhere, most of them said by nobody a news reader would look up.
/// </summary>
public static class FictionWriter
{
    private static readonly string[] Replies = ["No.", "Yes.", "I know.", "Why?", "What do you mean?", "Not yet.", "I don't think so.", "Go on.", "Are you sure?", "It doesn't matter now."];
    private static readonly string[] Tags = ["said", "asked", "replied", "whispered", "answered", "called out", "muttered"];

    public static Article Write(Prng rng, EnglishProse prose, Cast cast, int targetChars)
    {
        var title = prose.Title(rng, cast);
        var author = NameBank.English.Author(rng);
        var paragraphs = new List<string>();
        var chars = 0;
        var b = new StringBuilder(512);
        while (chars < targetChars)
        {
            b.Clear();
            var speaker = rng.Pick(cast.People).Last;
            var (open, close) = rng.Chance(0.8) ? ('\u201C', '\u201D') : ('"', '"');
            switch (rng.Next(8))
            {
                case 0:
                case 1:
                    var said = prose.Utterance(rng, cast);
                    // "It was late," she said: the speech tag takes a comma where the sentence had its full stop.
                    b.Append(open).Append(said[^1] == '.' ? said[..^1] + "," : said).Append(close).Append(' ').Append(rng.Pick(Tags)).Append(' ').Append(speaker).Append('.');
                    break;
                case 2:
                    b.Append(speaker).Append(' ').Append(rng.Pick(Tags)).Append(": ").Append(open).Append(prose.Utterance(rng, cast)).Append(close);
                    break;
                case 3:
                    b.Append(open).Append(rng.Pick(Replies)).Append(close);
                    break;
                case 4:
                    var first = prose.Utterance(rng, cast);
                    b.Append(open).Append(first[^1] == '.' ? first[..^1] + "," : first).Append(close).Append(' ').Append(speaker).Append(" said. ")
                        .Append(open).Append(prose.Utterance(rng, cast)).Append(close);
                    break;
                case 5:
                    b.Append(open).Append(prose.Utterance(rng, cast)).Append(' ').Append(prose.Utterance(rng, cast)).Append(close);
                    break;
                default:
                    for (var s = rng.Next(1, 4); s > 0; s--)
                    {
                        if (b.Length > 0) b.Append(' ');
                        b.Append(prose.Sentence(rng, cast));
                    }
                    break;
            }
            paragraphs.Add(b.ToString());
            chars += b.Length + 2;
        }
        return new Article(Language.English, title, author, cast.Date, paragraphs);
    }
}
