namespace Lineage.Storage;

/// <summary>
/// The schema's version and the meta keys every store holds. A store records the version it was
/// written with; an older one is migrated on open (one step per version, each in a transaction),
/// a newer one is refused, since this Lineage cannot know what it would break.
/// </summary>
public static class StoreSchema
{
    public const int Version = 5;

    public const string Application = "lineage";

    internal const string MetaTable = "lineage_meta";

    internal const string ApplicationKey = "application";
    internal const string VersionKey = "schema_version";
    internal const string NGramKey = "ngram";
    internal const string WindowKey = "window";
    internal const string WholeTextKey = "whole_text";
    internal const string CreatedKey = "created";
    internal const string MergedPostingsKey = "postings_merged";
    internal const string RecentPostingsKey = "postings_recent";
    internal const string MergedTermPostingsKey = "term_postings_merged";
    internal const string RecentTermPostingsKey = "term_postings_recent";
    internal const string HashVersionKey = "hash_version";
    internal const string TokenizerVersionKey = "tokenizer_version";

    /// <summary>The tables of a store, for size and sanity checks.</summary>
    internal static readonly string[] Tables = [MetaTable, "documents", "metadata", "postings", "recent_postings", "pairs", "passages", "sites", "site_lines", "term_postings", "recent_term_postings"];
}
