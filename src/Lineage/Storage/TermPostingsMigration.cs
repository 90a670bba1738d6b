using System.Data.Common;
using Lineage.Candidates;
using Lineage.Text;

namespace Lineage.Storage;

/// <summary>
/// The step to schema version 5: the term postings of every stored document, made from its
/// stored article (text, article map and boilerplate, as a trace reads it back), a few hundred
/// documents at a time, inside the migration's transaction. A document that does not decode
/// stops the step with its name, and the whole migration is rolled back.
/// </summary>
internal static class TermPostingsMigration
{
    private const int DocumentsPerBatch = 500;

    public static void Run(SqlIndexStore store, DbTransaction transaction)
    {
        var keys = new List<long>();
        using (var command = store.Command(transaction, "SELECT id FROM documents ORDER BY id"))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) keys.Add(reader.GetInt64(0));
        // Not disposed: disposing a session rolls its transaction back, and this one is the migration's.
        var session = new SqlSession(store, transaction);
        for (var start = 0; start < keys.Count; start += DocumentsPerBatch)
        {
            IReadOnlyList<StoredDocument> stored;
            try
            {
                stored = session.Documents(keys.GetRange(start, Math.Min(DocumentsPerBatch, keys.Count - start)));
            }
            catch (AggregateException e) when (e.InnerException is StoreException damaged)
            {
                throw new StoreException(damaged.Message, damaged) { Damaged = true };
            }
            var documents = new IndexedDocument[stored.Count];
            var problems = new string?[stored.Count];
            Parallel.For(0, stored.Count, i =>
            {
                try
                {
                    var article = StoredArticle.ToArticle(stored[i]);
                    documents[i] = new IndexedDocument(stored[i], [], ContentTerms.Of(Tokenizer.Tokenize(article.Content)));
                }
                catch (Exception e) when (e is StoreException or ArgumentException or IndexOutOfRangeException or OverflowException)
                {
                    problems[i] = $"document {stored[i].Name}: its article does not decode ({e.Message})";
                }
            });
            foreach (var problem in problems)
                if (problem is not null) throw new StoreException(problem) { Damaged = true };
            session.AddTermPostings(documents);
        }
    }
}
