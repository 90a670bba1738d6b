namespace Lineage.Bench.Corpus;

/// <summary>
/// Plausible rare words made of English syllables and suffixes ("condravation", "melorous"):
/// the long tail of a news vocabulary, where real corpora have tens of thousands of types
/// that each occur a few times. Generated, not listed, so the tail can be as long as needed.
/// </summary>
internal static class PseudoWords
{
    private static readonly string[] Onsets = WordList.Split("b bl br c ch cl cr d dr f fl fr g gl gr h j k l m n p pl pr qu r s sc sh sk sl sp st str t th tr v w wh z");
    private static readonly string[] Nuclei = WordList.Split("a e i o u a e i o a e i o u ea ai ou");
    private static readonly string[] Codas = WordList.Split("b d g l m n p r s t v x l n r s t nd nt rt st ng");

    public static string[] Make(Prng rng, int count, IReadOnlyList<string> suffixes, HashSet<string> taken)
    {
        var words = new string[count];
        var made = 0;
        while (made < count)
        {
            var roll = rng.NextDouble();
            var syllables = roll < 0.4 ? 1 : roll < 0.85 ? 2 : 3;
            var builder = new System.Text.StringBuilder(16);
            for (var s = 0; s < syllables; s++)
            {
                if (s > 0 || rng.Chance(0.8)) builder.Append(rng.Pick(Onsets));
                builder.Append(rng.Pick(Nuclei));
                if (rng.Chance(0.4)) builder.Append(rng.Pick(Codas));
            }
            builder.Append(rng.Pick(suffixes));
            var word = builder.ToString();
            if (word.Length is >= 3 and <= 14 && taken.Add(word)) words[made++] = word;
        }
        return words;
    }
}
