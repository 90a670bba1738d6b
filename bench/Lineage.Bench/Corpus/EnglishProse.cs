using System.Globalization;
using System.Text;

namespace Lineage.Bench.Corpus;

/// <summary>
/// English news sentences from a small grammar: attributions ("X said that …"), events with
/// dates and casualty figures, quotations, and plain clauses joined by conjunctions. Slots are
/// filled from the lexicon's Zipf-ordered word lists, so the text has the frequency profile of
/// real prose even where it makes little sense.
/// </summary>
public sealed class EnglishProse : IProse
{
    public static readonly EnglishProse Instance = new();

    private static readonly string[] Openers = ["However", "Meanwhile", "Earlier this week", "In a statement", "On the other hand", "At the same time", "Since then", "In recent days", "Last year", "According to local sources", "In response"];
    private static readonly string[] Conjunctions = ["and", "but", "while", "as", "after", "because", "although", "when"];
    private static readonly string[] SaidVerbs = ["said", "told reporters", "added", "stressed", "noted", "claimed", "warned", "explained"];
    private static readonly string[] Outlets = ["reporters", "journalists", "state television", "the news agency", "a local radio station", "the newspaper"];
    private static readonly string[] Consequences = ["resulting in at least {n} {nouns}", "leaving {n} {nouns} dead", "killing {n} {nouns}", "forcing more than {n} {nouns} to flee", "injuring {n} {nouns}"];

    private readonly Lexicon words = Lexicon.English;

    public Language Language => Language.English;

    public string Title(Prng rng, Cast cast)
    {
        var b = new StringBuilder(96);
        if (rng.Chance(0.4)) b.Append(cast.Places[0]).Append(": ");
        var clause = new StringBuilder(80);
        Clause(rng, cast, clause, allowPeople: false);
        var titled = new StringBuilder(clause.Length);
        var startOfWord = true;
        foreach (var c in clause.ToString())
        {
            titled.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = c == ' ';
        }
        return b.Append(titled).ToString();
    }

    public string Sentence(Prng rng, Cast cast)
    {
        var b = new StringBuilder(200);
        var r = rng.NextDouble();
        if (r < 0.18)
        {
            PersonSubject(rng, cast, b);
            b.Append(' ').Append(rng.Pick(SaidVerbs)).Append(rng.Chance(0.6) ? " that " : " ");
            Clause(rng, cast, b);
        }
        else if (r < 0.26)
        {
            Clause(rng, cast, b);
            b.Append(", ");
            PersonSubject(rng, cast, b);
            b.Append(" said");
        }
        else if (r < 0.32)
        {
            b.Append("According to the ").Append(rng.Pick(cast.Organisations)).Append(", ");
            Clause(rng, cast, b);
        }
        else if (r < 0.40)
        {
            b.Append("On ").Append(EventDate(rng, cast)).Append(", ");
            Clause(rng, cast, b);
            b.Append(", ").Append(rng.Pick(Consequences).Replace("{n}", SmallCount(rng)).Replace("{nouns}", Lexicon.Plural(words.Nouns.Next(rng))));
        }
        else if (r < 0.52)
        {
            Clause(rng, cast, b);
            b.Append(' ').Append(rng.Pick(Conjunctions)).Append(' ');
            Clause(rng, cast, b);
        }
        else if (r < 0.61)
        {
            b.Append(rng.Pick(Openers)).Append(", ");
            Clause(rng, cast, b);
        }
        else if (r < 0.67)
        {
            Clause(rng, cast, b);
            b.Append(", which ").Append(words.Verbs.Next(rng)).Append(' ');
            NounPhrase(rng, cast, b);
        }
        else if (r < 0.73)
        {
            b.Append("The ").Append(words.Nouns.Next(rng)).Append(' ').Append(words.Verbs.Next(rng)).Append(' ');
            b.Append(rng.Next(4) switch
            {
                0 => $"{rng.Next(1, 99)}.{rng.Next(10)} percent",
                1 => $"${rng.Next(1, 999)} million",
                2 => $"{rng.Next(2, 60)} {Lexicon.Plural(words.Nouns.Next(rng))}",
                _ => $"{rng.Next(1, 30)},{rng.Next(1000):D3} {Lexicon.Plural(words.Nouns.Next(rng))}",
            });
            b.Append(' ').Append(words.Prepositions.Next(rng)).Append(' ');
            NounPhrase(rng, cast, b);
        }
        else
        {
            Clause(rng, cast, b);
        }
        b.Append(rng.Chance(0.04) ? '?' : '.');
        b[0] = char.ToUpperInvariant(b[0]);
        return b.ToString();
    }

    public string Quotation(Prng rng, Cast cast)
    {
        var quote = new StringBuilder(160);
        Clause(rng, cast, quote, allowPeople: false);
        if (rng.Chance(0.5))
        {
            quote.Append(". ");
            var second = new StringBuilder(80);
            Clause(rng, cast, second, allowPeople: false);
            second[0] = char.ToUpperInvariant(second[0]);
            quote.Append(second);
        }
        quote[0] = char.ToUpperInvariant(quote[0]);
        var (open, close) = rng.Chance(0.7) ? ('\u201C', '\u201D') : ('"', '"');
        var b = new StringBuilder(quote.Length + 64);
        if (rng.Chance(0.5))
        {
            b.Append(open).Append(quote).Append(',').Append(close).Append(' ');
            b.Append(rng.Chance(0.5) ? "said " : "added ");
            PersonSubject(rng, cast, b);
            if (b[^1] == ',') b.Length--;
            b.Append('.');
        }
        else
        {
            PersonSubject(rng, cast, b);
            b.Append(" told ").Append(rng.Pick(Outlets)).Append(": ").Append(open).Append(quote).Append('.').Append(close);
        }
        return b.ToString();
    }

    /// <summary>What a character says in a line of dialogue: one or two clauses, without quotation marks.</summary>
    public string Utterance(Prng rng, Cast cast)
    {
        var b = new StringBuilder(120);
        Clause(rng, cast, b, allowPeople: false);
        if (rng.Chance(0.3))
        {
            b.Append(rng.Chance(0.5) ? ", " : " ").Append(rng.Pick(Conjunctions)).Append(' ');
            Clause(rng, cast, b, allowPeople: false);
        }
        b[0] = char.ToUpperInvariant(b[0]);
        return b.Append(rng.Chance(0.2) ? '?' : rng.Chance(0.1) ? '!' : '.').ToString();
    }

    public string ExcerptIntro(Prng rng, string site, DateOnly date) => rng.Next(3) switch
    {
        0 => $"{site} reported on {Date(date)}:",
        1 => $"As {site} wrote in its report of {Date(date)},",
        _ => $"The following is an excerpt from an article published by {site}:",
    };

    private void Clause(Prng rng, Cast cast, StringBuilder b, bool allowPeople = true)
    {
        if (allowPeople && rng.Chance(0.15)) PersonSubject(rng, cast, b);
        else NounPhrase(rng, cast, b);
        if (rng.Chance(0.12)) b.Append(' ').Append(words.Adverbs.Next(rng));
        b.Append(' ').Append(words.Verbs.Next(rng)).Append(' ');
        NounPhrase(rng, cast, b);
        if (rng.Chance(0.6))
        {
            b.Append(' ').Append(words.Prepositions.Next(rng)).Append(' ');
            NounPhrase(rng, cast, b);
        }
        if (rng.Chance(0.15))
        {
            b.Append(' ').Append(words.Prepositions.Next(rng)).Append(' ');
            NounPhrase(rng, cast, b);
        }
    }

    private void NounPhrase(Prng rng, Cast cast, StringBuilder b)
    {
        var r = rng.NextDouble();
        if (r < 0.34)
        {
            b.Append("the ");
            if (rng.Chance(0.4)) b.Append(words.Adjectives.Next(rng)).Append(' ');
            b.Append(words.Nouns.Next(rng));
        }
        else if (r < 0.44) b.Append("the ").Append(words.Nouns.Next(rng)).Append(" of ").Append(rng.Pick(cast.Places));
        else if (r < 0.52) b.Append(rng.Pick(cast.Places));
        else if (r < 0.58) b.Append("the ").Append(rng.Pick(cast.Organisations));
        else if (r < 0.68) b.Append(rng.Chance(0.5) ? "at least " : "").Append(SmallCount(rng)).Append(' ').Append(Lexicon.Plural(words.Nouns.Next(rng)));
        else if (r < 0.86)
        {
            if (rng.Chance(0.5)) b.Append(words.Adjectives.Next(rng)).Append(' ');
            b.Append(Lexicon.Plural(words.Nouns.Next(rng)));
        }
        else
        {
            var adjective = words.Adjectives.Next(rng);
            b.Append("aeiouAEIOU".Contains(adjective[0]) ? "an " : "a ").Append(adjective).Append(' ').Append(words.Nouns.Next(rng));
        }
    }

    private static void PersonSubject(Prng rng, Cast cast, StringBuilder b)
    {
        var person = rng.Pick(cast.People);
        b.Append(cast.Mention(person, out var first));
        if (first) b.Append(", ").Append(person.Role).Append(',');
    }

    private static string SmallCount(Prng rng) => rng.Next(5) switch
    {
        0 => rng.Next(2, 10).ToString(CultureInfo.InvariantCulture),
        1 or 2 => rng.Next(10, 100).ToString(CultureInfo.InvariantCulture),
        3 => rng.Next(100, 1000).ToString(CultureInfo.InvariantCulture),
        _ => rng.Next(1, 20).ToString(CultureInfo.InvariantCulture) + ",000",
    };

    private static string EventDate(Prng rng, Cast cast)
    {
        var day = cast.Date.AddDays(-rng.Next(0, 4));
        return rng.Chance(0.5) ? day.DayOfWeek.ToString() : Date(day);
    }

    internal static string Date(DateOnly date) => date.ToString("MMMM d", CultureInfo.InvariantCulture);
}
