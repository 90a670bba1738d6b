namespace Lineage.Bench.Corpus;

/// <summary>How often a reprint changes the text, per word (per space for doubled spaces).</summary>
public sealed record EditRates
{
    /// <summary>A letter swapped, dropped, doubled or replaced in a word of five letters or more.</summary>
    public double Typo { get; init; } = 0.004;

    /// <summary>A word replaced by another word.</summary>
    public double Substitution { get; init; } = 0.006;

    public double DoubledSpace { get; init; } = 0.01;

    public static EditRates None { get; } = new() { Typo = 0, Substitution = 0, DoubledSpace = 0 };
}
