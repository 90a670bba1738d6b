using System.Globalization;
using System.Text;

namespace Lineage.Bench.Corpus;

/// <summary>
/// Arabic news sentences, verb first as wire copy writes them ("قال … إن …", "وأضاف أن …"),
/// with Arabic punctuation, guillemet quotations and numbers in both digit systems.
/// </summary>
public sealed class ArabicProse : IProse
{
    public static readonly ArabicProse Instance = new();

    private static readonly string[] Attributions = ["قال", "وقال", "وأضاف", "وأكد", "وأوضح", "وأشار", "ذكر", "أعلن"];
    private static readonly string[] Openers = ["وفي سياق متصل،", "من جهة أخرى،", "في غضون ذلك،", "وبحسب مصادر محلية،", "وفي وقت سابق،"];
    private static readonly string[] Consequences = ["ما أدى إلى مقتل {n} {nouns}", "وأسفر ذلك عن إصابة {n} {nouns}", "ما تسبب في نزوح {n} {nouns}"];

    private readonly Lexicon words = Lexicon.Arabic;

    public Language Language => Language.Arabic;

    public string Title(Prng rng, Cast cast)
    {
        var b = new StringBuilder(96);
        Clause(rng, cast, b);
        return b.ToString();
    }

    public string Sentence(Prng rng, Cast cast)
    {
        var b = new StringBuilder(200);
        var r = rng.NextDouble();
        if (r < 0.25)
        {
            b.Append(rng.Pick(Attributions)).Append(' ');
            Person(rng, cast, b);
            b.Append(" إن ");
            Clause(rng, cast, b);
        }
        else if (r < 0.40)
        {
            b.Append("وفي ").Append(Date(rng, cast)).Append("، ");
            Clause(rng, cast, b);
            b.Append("، ").Append(rng.Pick(Consequences).Replace("{n}", Number(rng, rng.Next(2, 500))).Replace("{nouns}", words.Nouns.Next(rng)));
        }
        else if (r < 0.55)
        {
            b.Append(rng.Pick(Openers)).Append(' ');
            Clause(rng, cast, b);
        }
        else if (r < 0.70)
        {
            Clause(rng, cast, b);
            b.Append("، و");
            Clause(rng, cast, b);
        }
        else
        {
            Clause(rng, cast, b);
        }
        b.Append(rng.Chance(0.03) ? '؟' : '.');
        return b.ToString();
    }

    public string Quotation(Prng rng, Cast cast)
    {
        var b = new StringBuilder(200);
        b.Append(rng.Pick(Attributions)).Append(' ');
        Person(rng, cast, b);
        if (b[^1] == '،') b.Length--;
        b.Append(": «");
        Clause(rng, cast, b);
        b.Append("».");
        return b.ToString();
    }

    public string ExcerptIntro(Prng rng, string site, DateOnly date) => $"ونقل موقع {site} في تقرير نشره في {date.Day.ToString(CultureInfo.InvariantCulture)}/{date.Month.ToString(CultureInfo.InvariantCulture)}:";

    private void Clause(Prng rng, Cast cast, StringBuilder b)
    {
        b.Append(words.Verbs.Next(rng)).Append(' ');
        NounPhrase(rng, cast, b);
        b.Append(' ');
        NounPhrase(rng, cast, b);
        if (rng.Chance(0.6))
        {
            b.Append(' ').Append(words.Prepositions.Next(rng)).Append(' ');
            NounPhrase(rng, cast, b);
        }
        if (rng.Chance(0.2)) b.Append(' ').Append(words.Adverbs.Next(rng));
    }

    private void NounPhrase(Prng rng, Cast cast, StringBuilder b)
    {
        var r = rng.NextDouble();
        if (r < 0.55)
        {
            b.Append(words.Nouns.Next(rng));
            if (rng.Chance(0.5)) b.Append(' ').Append(words.Adjectives.Next(rng));
        }
        else if (r < 0.7) b.Append(rng.Pick(cast.Places));
        else if (r < 0.8) b.Append(rng.Pick(cast.Organisations));
        else if (r < 0.9) b.Append(Number(rng, rng.Next(2, 2000))).Append(' ').Append(words.Nouns.Next(rng));
        else b.Append(words.Nouns.Next(rng)).Append(' ').Append(words.Nouns.Next(rng));
    }

    private static void Person(Prng rng, Cast cast, StringBuilder b)
    {
        var person = rng.Pick(cast.People);
        b.Append(cast.Mention(person, out var first));
        if (first) b.Append("، ").Append(person.Role).Append('،');
    }

    private static string Date(Prng rng, Cast cast)
    {
        var day = cast.Date.AddDays(-rng.Next(0, 4));
        return $"{Number(rng, day.Day)}/{Number(rng, day.Month)}";
    }

    /// <summary>Western or Arabic-Indic digits: outlets use both, sometimes in one story.</summary>
    private static string Number(Prng rng, int value)
    {
        var western = value.ToString(CultureInfo.InvariantCulture);
        if (rng.Chance(0.7)) return western;
        var chars = western.ToCharArray();
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)('\u0660' + (chars[i] - '0'));
        return new string(chars);
    }
}
