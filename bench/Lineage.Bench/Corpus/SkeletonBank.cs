using System.Text;

namespace Lineage.Bench.Corpus;

/// <summary>
/// Sentence skeletons that unrelated articles share: the syntax of one source sentence — its
/// function words and punctuation — with every content word replaced ("There was a finality in
/// the rhythm of the prayer -- it was the end of a life" → "There was a room in the politics of
/// the assistance -- it was the end of a floor"). Two articles that fill one skeleton share long
/// runs of identical function words and nothing of substance: text that aligns but is not reuse.
/// A skeleton is two or three fragments of literary prose joined by a connector, so the words
/// where fragments meet are particular to the skeleton while each fragment recurs in many.
/// </summary>
public static class SkeletonBank
{
    private const ulong SkeletonSeed = 0x5CE1E7;

    private static readonly string[] Fragments =
    [
        "there was a {n} in the {n} of the {n}",
        "it was the end of a {n}",
        "he had not been to the {n} since the {n} of the {n}",
        "she did not know what it was that he had {v}",
        "for the first time in all those {ns}",
        "as if it had been {v} by the {n} itself",
        "in the middle of the {n} there was nothing but the {n}",
        "at the end of the {n} they were still {a}",
        "one of the {ns} that had been {v} in the {n}",
        "it seemed to him that the {n} was too {a} to be {v}",
        "that was the {n} he had been waiting for all along",
        "there was no {n} and no {n} and nothing to do but wait",
        "they would have to be {a} about it, whatever it was",
        "all that was left of the {n} was a {a} {n}",
        "it was not until the {n} that any of them {v} it",
        "which was more than could be said for the {n}",
        "if there had been a {n} at all, it was in the {n}",
        "she was not the kind of {n} who would have {v} it",
        "from the {n} to the {n} and back again",
        "by the time the {n} was over, he had {v} the {n}",
        "and so it was that the {n} came to be {v}",
        "what he wanted was not so much a {n} as a {n}",
        "so that he could not tell whether it was the {n} or the {n}",
        "there was something in the {n} of his {n} that {v} her",
        "none of it had anything to do with the {n}",
        "he would go on with the {n} as long as there was {n}",
        "it was as though the {n} had been there all the time",
        "even now, after all that had happened to the {n}",
        "on the other side of the {n} was the {a} {n}",
        "there were too many {ns} and not enough {ns}",
        "he had told her so, more than once, in the {n}",
        "whatever they may have thought of the {n}",
        "so it was with the {n} and with all the {ns} of the {n}",
        "it was only then that she {v} the {n}",
        "as much for the {n} as for the {n} of it",
        "he was sure that it would be the {n} that {v} them",
    ];

    private static readonly string[] Connectors = [" -- ", ", and ", "; ", ", but ", ", as ", " and "];

    /// <summary>The skeleton's text with slots: the source sentence before any word is filled in.</summary>
    public static string Template(int skeleton)
    {
        var rng = Prng.For(SkeletonSeed, 1, skeleton);
        var parts = rng.Chance(0.5) ? 2 : 3;
        var b = new StringBuilder(160);
        var last = -1;
        for (var k = 0; k < parts; k++)
        {
            var f = rng.Next(Fragments.Length);
            if (f == last) f = (f + 1) % Fragments.Length;
            if (k > 0) b.Append(rng.Pick(Connectors));
            b.Append(Fragments[f]);
            last = f;
        }
        b[0] = char.ToUpperInvariant(b[0]);
        return b.Append('.').ToString();
    }

    /// <summary>The skeleton with every slot filled by a word of its kind, drawn as news prose draws them.</summary>
    public static string Fill(int skeleton, Prng rng)
    {
        var template = Template(skeleton);
        var words = Lexicon.English;
        var b = new StringBuilder(template.Length + 64);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                b.Append(template[i]);
                continue;
            }
            var close = template.IndexOf('}', i);
            var slot = template.AsSpan(i + 1, close - i - 1);
            b.Append(slot switch
            {
                "n" => words.Nouns.Next(rng),
                "ns" => Lexicon.Plural(words.Nouns.Next(rng)),
                "a" => words.Adjectives.Next(rng),
                _ => words.Verbs.Next(rng),
            });
            i = close;
        }
        return b.ToString();
    }
}
