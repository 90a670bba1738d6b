namespace Lineage.Bench.Corpus;

/// <summary>
/// The words of one language by kind, each list a real head (common words) followed by a long
/// generated tail, drawn Zipf-like. Built from a fixed seed: every corpus speaks the same language.
/// </summary>
public sealed class Lexicon
{
    private const ulong VocabularySeed = 0x1E1C0A;

    private static readonly Lazy<Lexicon> EnglishLexicon = new(BuildEnglish);
    private static readonly Lazy<Lexicon> ArabicLexicon = new(BuildArabic);

    private Lexicon(Language language, WordList nouns, WordList verbs, WordList adjectives, WordList adverbs, WordList prepositions)
    {
        Language = language;
        Nouns = nouns;
        Verbs = verbs;
        Adjectives = adjectives;
        Adverbs = adverbs;
        Prepositions = prepositions;
    }

    public Language Language { get; }
    public WordList Nouns { get; }

    /// <summary>Past tense, as news is written.</summary>
    public WordList Verbs { get; }

    public WordList Adjectives { get; }
    public WordList Adverbs { get; }
    public WordList Prepositions { get; }

    /// <summary>Distinct word types over all kinds.</summary>
    public int Types => Nouns.Count + Verbs.Count + Adjectives.Count + Adverbs.Count + Prepositions.Count;

    public static Lexicon English => EnglishLexicon.Value;

    public static Lexicon Arabic => ArabicLexicon.Value;

    public static Lexicon For(Language language) => language == Language.Arabic ? Arabic : English;

    /// <summary>English plural by the regular rules; the head list avoids irregular nouns.</summary>
    public static string Plural(string noun)
    {
        if (noun.EndsWith('y') && noun.Length > 2 && !"aeiou".Contains(noun[^2])) return string.Concat(noun.AsSpan(0, noun.Length - 1), "ies");
        if (noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal)) return noun + "es";
        if (noun.EndsWith("man", StringComparison.Ordinal)) return string.Concat(noun.AsSpan(0, noun.Length - 3), "men");
        if (noun == "child") return "children";
        return noun + "s";
    }

    private static Lexicon BuildEnglish()
    {
        var rng = new Prng(VocabularySeed);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        WordList Kind(string head, int tail, string suffixes, double exponent)
        {
            var heads = Distinct(WordList.Split(head), taken);
            return new WordList([.. heads, .. PseudoWords.Make(rng, tail, WordList.Split(suffixes), taken)], exponent);
        }
        return new Lexicon(
            Language.English,
            Kind(EnglishWords.Nouns, 24_000, "tion ment ity ance ence ism er ure ship ness ist", 1.15),
            Kind(EnglishWords.Verbs, 6_000, "ed ated ized ed", 1.15),
            Kind(EnglishWords.Adjectives, 9_000, "al ous ive ic able ian ary ful", 1.15),
            Kind(EnglishWords.Adverbs, 1_500, "ly ally ously", 1.2),
            new WordList(WordList.Split(EnglishWords.Prepositions), 1.1));
    }

    private static Lexicon BuildArabic()
    {
        var rng = new Prng(VocabularySeed + 1);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        WordList Kind(string head, int tail, double exponent)
        {
            var heads = Distinct(WordList.Split(head), taken);
            return new WordList([.. heads, .. ArabicWords.MakeTail(rng, tail, taken)], exponent);
        }
        return new Lexicon(
            Language.Arabic,
            Kind(ArabicWords.Nouns, 18_000, 1.0),
            Kind(ArabicWords.Verbs, 4_000, 1.05),
            Kind(ArabicWords.Adjectives, 6_000, 1.0),
            new WordList(["أيضا", "حاليا", "مؤخرا", "رسميا", "فورا", "تقريبا", "أخيرا", "مجددا"], 1.1),
            new WordList(WordList.Split(ArabicWords.FunctionWords), 1.0));
    }

    private static List<string> Distinct(string[] words, HashSet<string> taken)
    {
        var kept = new List<string>(words.Length);
        foreach (var w in words)
            if (taken.Add(w)) kept.Add(w);
        return kept;
    }
}
