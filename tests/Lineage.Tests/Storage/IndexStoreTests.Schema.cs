using Lineage.Candidates;
using Lineage.Storage;
using Lineage.Text;

namespace Lineage.Tests.Storage;

/// <summary>The store contract, continued: schema versions (migrations, refusals) and the term postings version 5 adds.</summary>
public abstract partial class IndexStoreTests
{
    /// <summary>Makes a store of schema version 4 of one that is newer: no term postings, no term counts.</summary>
    private void DowngradeToVersion4(string location)
    {
        DropTermPostings(location);
        SetSchemaVersion(location, 4);
    }

    /// <summary>What schema version 5 added, taken out again.</summary>
    private void DropTermPostings(string location)
    {
        Execute(location, "DROP TABLE term_postings");
        Execute(location, "DROP TABLE recent_term_postings");
        Execute(location, "ALTER TABLE documents DROP COLUMN terms");
        Execute(location, "DELETE FROM lineage_meta WHERE key IN ('term_postings_merged', 'term_postings_recent')");
    }

    [Fact]
    public void Migrates_a_store_of_schema_version_4_posting_the_terms_of_every_stored_article()
    {
        var location = NewLocation();
        long expected;
        using (var store = StoreFixture.Open(location))
        {
            StoreFixture.Add(store, SampleCorpus.Folder);
            expected = store.Stats().TermPostings;
        }
        DowngradeToVersion4(location);

        using var migrated = StoreFixture.Open(location);

        Assert.Equal(StoreSchema.Version, migrated.SchemaVersion);
        Assert.Equal(StoreSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar(location, "SELECT value FROM lineage_meta WHERE key = 'schema_version'"));
        // Made from the articles as stored: a page may have lost furniture since its terms were first posted.
        var stats = migrated.Stats();
        Assert.InRange(stats.TermPostings, expected * 9 / 10, expected);
        using (var session = migrated.Read())
        {
            foreach (var stored in session.AllDocuments().ToList())
            {
                var terms = ContentTerms.Of(Tokenizer.Tokenize(StoredArticle.ToArticle(stored).Content));
                var hits = new List<TermHit>();
                session.ProbeTerms(terms, 100, hits);
                Assert.Contains(hits, h => h.Document == stored.Key);
                Assert.Equal(terms.Length, hits.Count(h => h.Document == stored.Key));
            }
        }
        Assert.Empty(migrated.Verify());
        Assert.Equal(1, StoreFixture.Add(migrated, Folder.Write("more/new.txt", SampleCorpus.Text("001") + "\nA closing line of its own for this copy.")).Added);
        Assert.Empty(migrated.Verify());
    }

    [Fact]
    public void Leaves_a_store_of_schema_version_4_as_it_was_when_its_migration_fails()
    {
        var location = NewLocation();
        using (var store = StoreFixture.Open(location)) StoreFixture.Add(store, SampleCorpus.Folder);
        DowngradeToVersion4(location);
        // A text that does not decode: the term postings cannot be made from it.
        Execute(location, "UPDATE documents SET text = content WHERE id = 3");

        var error = Assert.Throws<StoreException>(() => StoreFixture.Open(location));

        Assert.Contains("from schema version 4 to 5 failed", error.Message);
        Assert.Contains("left as it was, at schema version 4", error.Message);
        Assert.Equal("4", Scalar(location, "SELECT value FROM lineage_meta WHERE key = 'schema_version'"));
        // The step's table and column were rolled back with it: version 4's tables alone.
        Execute(location, "CREATE TABLE term_postings(term INTEGER)");
        Execute(location, "DROP TABLE term_postings");
        Execute(location, "ALTER TABLE documents ADD COLUMN terms INTEGER NOT NULL DEFAULT 0");
    }

    [Fact]
    public void Its_check_finds_term_postings_missing_or_of_no_stored_document()
    {
        var location = NewLocation();
        using (var store = StoreFixture.Open(location)) StoreFixture.Add(store, SampleCorpus.Folder);
        Execute(location, "DELETE FROM term_postings WHERE document = 2");
        Execute(location, "DELETE FROM recent_term_postings WHERE document = 2");
        Execute(location, "INSERT INTO term_postings(term, document) VALUES (7, 99)");

        using var damaged = StoreFixture.Open(location);
        var problems = damaged.Verify();

        Assert.Contains(problems, p => p.StartsWith("document 001_4ebc558d1441065c has 0 term postings, expected ", StringComparison.Ordinal));
        Assert.Contains("1 term postings of document 99, which is not stored", problems);
        Assert.Contains(problems, p => p.StartsWith("the store counts ", StringComparison.Ordinal) && p.Contains(StoreSchema.MergedTermPostingsKey, StringComparison.Ordinal));
    }

    [Fact]
    public void Refuses_a_store_written_by_a_newer_schema_with_a_clear_message()
    {
        var location = NewLocation();
        using (var store = StoreFixture.Open(location)) StoreFixture.Add(store, SampleCorpus.PathOf("000"));
        SetSchemaVersion(location, StoreSchema.Version + 1);

        var error = Assert.Throws<StoreException>(() => StoreFixture.Open(location));

        Assert.Contains("newer Lineage", error.Message);
        Assert.Contains($"schema version {StoreSchema.Version + 1}", error.Message);
    }

    [Fact]
    public void Migrates_a_store_of_schema_version_1_recording_its_first_hashes_and_keeps_adding_to_it_once_they_match()
    {
        var location = NewLocation();
        using (var store = StoreFixture.Open(location)) StoreFixture.Add(store, SampleCorpus.PathOf("000"));
        // What a store of version 1 holds: every posting in one table, no site tables.
        Execute(location, "INSERT INTO postings(hash, document) SELECT hash, document FROM recent_postings");
        Execute(location, "DROP TABLE recent_postings");
        Execute(location, "DELETE FROM lineage_meta WHERE key IN ('postings_merged', 'postings_recent', 'hash_version', 'tokenizer_version')");
        Execute(location, "DROP TABLE site_lines");
        Execute(location, "DROP TABLE sites");
        DropTermPostings(location);
        SetSchemaVersion(location, 1);

        // Migrated, then refused: a store of version 1 was made with the first hashes.
        var refused = Assert.Throws<StoreException>(() => StoreFixture.Open(location));
        Assert.Contains("token hash version 1", refused.Message);
        // As if it had been made with this Lineage's hashes: the migrated store takes new documents.
        Execute(location, $"UPDATE lineage_meta SET value = '{TokenHash.Version}' WHERE key = 'hash_version'");
        using var migrated = StoreFixture.Open(location);
        Assert.Equal(StoreSchema.Version, migrated.SchemaVersion);
        Assert.Equal(1, StoreFixture.Add(migrated, SampleCorpus.PathOf("001")).Added);
        Assert.Equal(StoreSchema.Version, migrated.Stats().SchemaVersion);
        Assert.Empty(migrated.Verify());
    }

    [Fact]
    public void Takes_a_store_of_schema_version_3_as_made_with_the_first_hashes_and_refuses_it_now_they_changed()
    {
        var location = NewLocation();
        using (var store = StoreFixture.Open(location)) StoreFixture.Add(store, SampleCorpus.PathOf("000"));
        Execute(location, "DELETE FROM lineage_meta WHERE key IN ('hash_version', 'tokenizer_version')");
        DropTermPostings(location);
        SetSchemaVersion(location, 3);

        var error = Assert.Throws<StoreException>(() => StoreFixture.Open(location));

        Assert.Contains("made with token hash version 1 and tokenizer version 1", error.Message);
        Assert.Contains("lineage index add FILES --store NEW", error.Message);
    }

    [Theory]
    [InlineData("hash_version")]
    [InlineData("tokenizer_version")]
    public void Refuses_a_store_made_with_other_hashes_or_words_naming_the_command_that_re_indexes(string key)
    {
        var location = NewLocation();
        using (var store = StoreFixture.Open(location)) StoreFixture.Add(store, SampleCorpus.PathOf("000"));
        Execute(location, $"UPDATE lineage_meta SET value = '99' WHERE key = '{key}'");

        var error = Assert.Throws<StoreException>(() => StoreFixture.Open(location));

        var (hash, tokenizer) = key == "hash_version" ? (99, Tokenizer.Version) : (TokenHash.Version, 99);
        Assert.Contains($"made with token hash version {hash} and tokenizer version {tokenizer};", error.Message);
        Assert.Contains("lineage index add FILES --store NEW", error.Message);
        Assert.False(error.Damaged);
    }
}
