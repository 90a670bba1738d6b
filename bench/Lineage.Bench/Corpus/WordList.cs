namespace Lineage.Bench.Corpus;

/// <summary>Words of one kind in frequency order, drawn Zipf-like: the first words are common, the tail rare.</summary>
public sealed class WordList
{
    private readonly string[] words;
    private readonly ZipfSampler sampler;

    public WordList(string[] words, double exponent = 1.05)
    {
        if (words.Length == 0) throw new ArgumentException("A word list needs at least one word.", nameof(words));
        this.words = words;
        sampler = new ZipfSampler(words.Length, exponent);
    }

    public int Count => words.Length;

    public string this[int rank] => words[rank];

    public string Next(Prng rng) => words[sampler.Next(rng)];

    /// <summary>Any word of the list with equal chance: for substitutions, which hit rare words as often as common ones.</summary>
    public string Uniform(Prng rng) => words[rng.Next(words.Length)];

    internal static string[] Split(string words) => words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
}
