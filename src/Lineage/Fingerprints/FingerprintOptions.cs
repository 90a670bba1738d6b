namespace Lineage.Fingerprints;

/// <summary>
/// Word n-gram winnowing parameters. Winnowing (Schleimer, Wilkerson &amp; Aiken 2003, §4) keeps
/// the smallest n-gram hash of every window of <see cref="Window"/> consecutive n-grams, so any
/// shared run of at least Window + NGram − 1 words yields at least one shared fingerprint, and
/// one of 2·Window + NGram − 1 words at least two: <see cref="GuaranteedWords"/>.
/// </summary>
public sealed record FingerprintOptions
{
    /// <summary>Words per n-gram.</summary>
    public int NGram { get; init; } = 5;

    /// <summary>n-grams per winnowing window.</summary>
    public int Window { get; init; } = 4;

    /// <summary>Shared fingerprints two documents need to be aligned.</summary>
    public int MinSharedFingerprints { get; init; } = 2;

    /// <summary>
    /// Fingerprints found in more documents than this are stock phrases or boilerplate and are
    /// not used to pair documents (passim's maxDF default).
    /// </summary>
    public int MaxDocumentFrequency { get; init; } = 100;

    /// <summary>The length of shared run, in words, that is always found.</summary>
    public int GuaranteedWords => MinSharedFingerprints * Window + NGram - 1;

    public void Validate()
    {
        if (NGram is < 1 or > 32) throw new ArgumentException($"n-gram size must be between 1 and 32 (got {NGram}).");
        if (Window is < 1 or > 256) throw new ArgumentException($"window must be between 1 and 256 (got {Window}).");
        if (MinSharedFingerprints < 1) throw new ArgumentException($"min shared fingerprints must be at least 1 (got {MinSharedFingerprints}).");
        if (MaxDocumentFrequency < 2) throw new ArgumentException($"max-df must be at least 2 (got {MaxDocumentFrequency}).");
    }
}
