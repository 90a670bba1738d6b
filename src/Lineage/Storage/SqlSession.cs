using System.Data.Common;
using System.Globalization;
using System.Text;
using Lineage.Alignment;
using Lineage.Extraction;
using Lineage.Reading;

namespace Lineage.Storage;

/// <summary>One transaction on a <see cref="SqlIndexStore"/>: the reads, in SQL both backends share.</summary>
internal sealed partial class SqlSession : IIndexWriteSession
{
    private const int KeysPerQuery = 500;

    private const string DocumentColumns =
        "d.id, d.name, d.path, d.content_hash, d.format, d.encoding, d.line, d.url, d.site, d.date, d.title, " +
        "d.words, d.fingerprints, d.added, d.text, d.content, d.boilerplate, " +
        "m.title, m.site, m.authors, m.published, m.original_source, m.original_source_date, m.language, m.url";

    private const string PairColumns =
        "p.a, p.b, p.coverage_a, p.coverage_b, s.ordinal, s.a_start, s.a_length, s.b_start, s.b_length, " +
        "s.words_a_start, s.words_a_end, s.words_b_start, s.words_b_end, s.aligned_words, s.identity, s.edits";

    private readonly SqlIndexStore store;
    private readonly DbTransaction transaction;
    private bool finished;

    public SqlSession(SqlIndexStore store, DbTransaction transaction)
    {
        this.store = store;
        this.transaction = transaction;
    }

    internal DbTransaction Transaction => transaction;

    internal DbCommand Command(string sql) => store.Command(transaction, sql);

    public long DocumentCount => Scalar("SELECT COUNT(*) FROM documents");

    public long? FindContent(byte[] contentHash)
    {
        using var command = Command("SELECT id FROM documents WHERE content_hash = @hash LIMIT 1");
        SqlIndexStore.AddParameter(command, "@hash", contentHash, System.Data.DbType.Binary);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? null : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    public void Probe(ReadOnlySpan<ulong> hashes, int limit, List<PostingHit> hits) => store.Probe(this, hashes, limit, hits);

    public void ProbeTerms(ReadOnlySpan<uint> terms, int limit, List<TermHit> hits) => store.ProbeTerms(this, terms, limit, hits);

    public IReadOnlyList<StoredDocument> Documents(IReadOnlyCollection<long> keys)
    {
        var rows = new List<(StoredDocument Document, byte[] Text)>(keys.Count);
        foreach (var chunk in Chunks(keys))
        {
            using var command = Command($"SELECT {DocumentColumns} FROM documents d JOIN metadata m ON m.document = d.id WHERE d.id IN ({chunk}) ORDER BY d.id");
            using var reader = command.ExecuteReader();
            while (reader.Read()) rows.Add((ReadDocument(reader, text: ""), (byte[])reader.GetValue(TextColumn)));
        }
        // Decompressing is most of the cost of reading thousands of candidates back: it runs on every core.
        var result = new StoredDocument[rows.Count];
        Parallel.For(0, rows.Count, i => result[i] = rows[i].Document with { Text = CompressedText.Decompress(rows[i].Text) });
        Array.Sort(result, static (x, y) => x.Key.CompareTo(y.Key));
        return result;
    }

    public IReadOnlyDictionary<long, DocumentOutline> Outlines(IReadOnlyCollection<long> keys)
    {
        var result = new Dictionary<long, DocumentOutline>(keys.Count);
        foreach (var chunk in Chunks(keys))
        {
            using var command = Command($"SELECT id, words, boilerplate FROM documents WHERE id IN ({chunk})");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var key = reader.GetInt64(0);
                result[key] = new DocumentOutline(key, reader.GetInt32(1), SpanCodec.DecodeSpans((byte[])reader.GetValue(2)));
            }
        }
        return result;
    }

    public IEnumerable<StoredDocument> AllDocuments()
    {
        using var command = Command($"SELECT {DocumentColumns} FROM documents d JOIN metadata m ON m.document = d.id ORDER BY d.id");
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return ReadDocument(reader, CompressedText.Decompress((byte[])reader.GetValue(TextColumn)));
    }

    public IEnumerable<StoredPair> AllPairs()
    {
        using var command = Command($"SELECT {PairColumns} FROM pairs p JOIN passages s ON s.a = p.a AND s.b = p.b ORDER BY p.a, p.b, s.ordinal");
        using var reader = command.ExecuteReader();
        foreach (var pair in ReadPairs(reader)) yield return pair;
    }

    public IReadOnlyList<StoredPair> PairsOf(IReadOnlyCollection<long> keys)
    {
        var result = new Dictionary<(long, long), StoredPair>();
        foreach (var chunk in Chunks(keys))
        {
            using var command = Command($"SELECT {PairColumns} FROM pairs p JOIN passages s ON s.a = p.a AND s.b = p.b WHERE p.a IN ({chunk}) OR p.b IN ({chunk}) ORDER BY p.a, p.b, s.ordinal");
            using var reader = command.ExecuteReader();
            foreach (var pair in ReadPairs(reader)) result[(pair.A, pair.B)] = pair;
        }
        var pairs = result.Values.ToList();
        pairs.Sort(static (x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        return pairs;
    }

    private static IEnumerable<StoredPair> ReadPairs(DbDataReader reader)
    {
        var passages = new List<Passage>();
        long a = -1, b = -1;
        double coverageA = 0, coverageB = 0;
        while (reader.Read())
        {
            var rowA = reader.GetInt64(0);
            var rowB = reader.GetInt64(1);
            if ((rowA != a || rowB != b) && passages.Count > 0)
            {
                yield return new StoredPair(a, b, new PairAlignment(passages, coverageA, coverageB));
                passages = [];
            }
            (a, b, coverageA, coverageB) = (rowA, rowB, reader.GetDouble(2), reader.GetDouble(3));
            passages.Add(new Passage
            {
                A = new Text.TextSpan(reader.GetInt32(5), reader.GetInt32(6)),
                B = new Text.TextSpan(reader.GetInt32(7), reader.GetInt32(8)),
                WordsA = new TokenRange(reader.GetInt32(9), reader.GetInt32(10)),
                WordsB = new TokenRange(reader.GetInt32(11), reader.GetInt32(12)),
                AlignedWords = reader.GetInt32(13),
                Identity = reader.GetDouble(14),
                Edits = SpanCodec.DecodeEdits((byte[])reader.GetValue(15)),
            });
        }
        if (passages.Count > 0) yield return new StoredPair(a, b, new PairAlignment(passages, coverageA, coverageB));
    }

    private const int TextColumn = 14;

    private static StoredDocument ReadDocument(DbDataReader reader, string text)
    {
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        var formatName = reader.GetString(4);
        if (!Enum.TryParse<DocumentFormat>(formatName, ignoreCase: true, out var format))
            throw new StoreException($"a stored document has format '{formatName}', unknown to this Lineage: the store was written by a newer Lineage.");
        var authors = Text(19);
        return new StoredDocument
        {
            Key = reader.GetInt64(0),
            Name = reader.GetString(1),
            Path = reader.GetString(2),
            ContentHash = (byte[])reader.GetValue(3),
            Format = format,
            Encoding = reader.GetString(5),
            Line = reader.IsDBNull(6) ? null : reader.GetInt32(6),
            Url = Text(7),
            Site = Text(8),
            Date = Text(9),
            Title = Text(10),
            Words = reader.GetInt32(11),
            Fingerprints = reader.GetInt32(12),
            Added = DateTimeOffset.Parse(reader.GetString(13), CultureInfo.InvariantCulture),
            Text = text,
            Content = (byte[])reader.GetValue(15),
            Boilerplate = SpanCodec.DecodeSpans((byte[])reader.GetValue(16)),
            Metadata = new ArticleMetadata
            {
                Title = Text(17),
                Site = Text(18),
                Authors = string.IsNullOrEmpty(authors) ? [] : authors.Split('\n'),
                Published = Text(20),
                OriginalSource = Text(21),
                OriginalSourceDate = Text(22),
                Language = Text(23),
                Url = Text(24),
            },
        };
    }

    /// <summary>Keys as SQL lists of at most <see cref="KeysPerQuery"/>; keys are numbers, so writing them inline is safe.</summary>
    private static IEnumerable<string> Chunks(IReadOnlyCollection<long> keys)
    {
        var list = new StringBuilder();
        var count = 0;
        foreach (var key in keys)
        {
            if (count > 0) list.Append(',');
            list.Append(key.ToString(CultureInfo.InvariantCulture));
            if (++count == KeysPerQuery)
            {
                yield return list.ToString();
                list.Clear();
                count = 0;
            }
        }
        if (count > 0) yield return list.ToString();
    }

    private long Scalar(string sql)
    {
        using var command = Command(sql);
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }

    public void Commit()
    {
        Guarded(transaction.Commit);
        finished = true;
    }

    public void Dispose()
    {
        if (!finished)
        {
            try
            {
                transaction.Rollback();
            }
            catch (Exception e) when (e is DbException or InvalidOperationException)
            {
                // The connection is already gone (the server went away): nothing was committed.
            }
        }
        transaction.Dispose();
    }
}
