namespace Lineage.Bench.Corpus;

/// <summary>Sentences in one language about a cast of people and places.</summary>
public interface IProse
{
    Language Language { get; }

    string Title(Prng rng, Cast cast);

    string Sentence(Prng rng, Cast cast);

    /// <summary>A sentence that quotes someone; quotations are what other stories borrow.</summary>
    string Quotation(Prng rng, Cast cast);

    /// <summary>The line a host article uses to introduce an excerpt of another site's story.</summary>
    string ExcerptIntro(Prng rng, string site, DateOnly date);
}
