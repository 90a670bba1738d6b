namespace Lineage.Bench.Corpus;

/// <summary>The shape of a generated corpus. Same options, same corpus, byte for byte.</summary>
public sealed record CorpusOptions
{
    public int Documents { get; init; } = 10_000;

    public ulong Seed { get; init; } = 20160917;

    /// <summary>Share of documents that reprint another site's story whole (or most of it).</summary>
    public double CopyShare { get; init; } = 0.10;

    /// <summary>Share of documents that quote a few paragraphs of another story inside their own.</summary>
    public double ExcerptShare { get; init; } = 0.05;

    /// <summary>Share of documents that rewrite another site's story in other words (<see cref="Rewriter"/>); none by default, so the default corpus stays as it was.</summary>
    public double RewriteShare { get; init; }

    /// <summary>Share of reprints that are PDF text (hard line breaks, hyphenation) rather than web pages.</summary>
    public double PdfShare { get; init; } = 0.3;

    /// <summary>Share of reprint sources taken from a small set of widely syndicated stories.</summary>
    public double SyndicatedShare { get; init; } = 0.4;

    /// <summary>
    /// Share of documents that are stories nobody else covers or reuses: a topic of their own, no
    /// copy, no excerpt, in either direction. The rest are topic stories, copies and excerpts.
    /// </summary>
    public double SingletonShare { get; init; } = 0.60;

    /// <summary>Share of documents published on small sites of a page or a few (two on average), too few for a site template to be learned.</summary>
    public double SmallSiteShare { get; init; } = 0.12;

    /// <summary>Share of small sites whose footer carries a legal or syndication notice other small sites carry too.</summary>
    public double NoticeShare { get; init; } = 0.7;

    /// <summary>Share of English stories that carry three to five relexicalised skeleton sentences other stories share.</summary>
    public double SkeletonShare { get; init; } = 0.05;

    /// <summary>Share of English stories written as fiction, mostly dialogue in quotation marks.</summary>
    public double FictionShare { get; init; } = 0.05;

    /// <summary>Large and medium sites: one per this many documents, Zipf-sized.</summary>
    public int DocumentsPerSite { get; init; } = 200;

    /// <summary>Documents per topic, singletons left out.</summary>
    public int DocumentsPerTopic { get; init; } = 25;

    /// <summary>One site in this many publishes in Arabic.</summary>
    public int ArabicSiteEvery { get; init; } = 25;

    /// <summary>Article body length in chars, before the site's header and footer.</summary>
    public int MinBodyChars { get; init; } = 2_000;

    public int MaxBodyChars { get; init; } = 6_200;

    public EditRates CopyEdits { get; init; } = new();

    /// <summary>Changes when the generator's output changes, so cached corpora are rebuilt.</summary>
    public const int GeneratorVersion = 3;

    /// <summary>A folder name unique to these options.</summary>
    public string Key => $"corpus-v{GeneratorVersion}-n{Documents}-s{Seed}-c{CopyShare:0.###}-e{ExcerptShare:0.###}-p{PdfShare:0.###}-u{SingletonShare:0.###}-m{SmallSiteShare:0.###}-l{NoticeShare:0.###}-k{SkeletonShare:0.###}-f{FictionShare:0.###}" + (RewriteShare > 0 ? $"-rw{RewriteShare:0.###}" : "");
}
