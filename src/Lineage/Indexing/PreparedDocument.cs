using Lineage.Alignment;
using Lineage.Candidates;
using Lineage.Extraction;
using Lineage.Fingerprints;
using Lineage.Pipeline;
using Lineage.Reading;
using Lineage.Scanning;
using Lineage.Storage;
using Lineage.Text;

namespace Lineage.Indexing;

/// <summary>
/// A document read and ready to meet the store: its article, words, fingerprints, anchor index,
/// content terms, content hash, and the hashes of its lines when it is a page of a known site.
/// </summary>
internal sealed class PreparedDocument
{
    private PreparedDocument(ExtractedDocument article, TokenList tokens, AnchorIndex anchors, DocumentFingerprints fingerprints, uint[] terms, byte[] hash, ArticleLines? lines)
    {
        Terms = terms;
        Article = article;
        Tokens = tokens;
        Anchors = anchors;
        Fingerprints = fingerprints;
        Hash = hash;
        Lines = lines;
        Words = fingerprints.Words;
    }

    public ExtractedDocument Article { get; set; }

    public TokenList Tokens { get; }

    public AnchorIndex Anchors { get; }

    public DocumentFingerprints Fingerprints { get; }

    /// <summary>
    /// Its content terms (<see cref="ContentTerms"/>), made from its words as tokenized here, as a
    /// scan makes them before the furniture its pairs show is learned.
    /// </summary>
    public uint[] Terms { get; }

    public byte[] Hash { get; }

    /// <summary>Its article's words: as tokenized, then as the furniture stage counts them.</summary>
    public int Words { get; set; }

    /// <summary>Its lines, for <see cref="StoreSiteTemplates"/>: null unless articles are compared and the page names its site.</summary>
    public ArticleLines? Lines { get; }

    /// <summary>Extracts, tokenizes and fingerprints each document, in parallel, with the scan's stages.</summary>
    public static PreparedDocument[] Prepare(IReadOnlyList<Document> documents, ScanOptions options)
    {
        var result = new PreparedDocument[documents.Count];
        Parallel.For(0, documents.Count, options.ParallelOptions, i => result[i] = Prepare(documents[i], options));
        return result;
    }

    public static PreparedDocument Prepare(Document document, ScanOptions options)
    {
        var article = ExtractStage.Article(document, options);
        var lines = options.ArticlesOnly && article.Metadata.Site is not null ? ArticleLines.Of(article.Content, new TokenList(64)) : null;
        return Of(article, ContentHash.Of(document.Text), lines, options);
    }

    /// <summary>
    /// The same document with another article view (site furniture taken out): tokenized and
    /// fingerprinted again. Only a page whose lines the store's counts find furniture pays this;
    /// the counts are read under the writer lock, while the first tokenizing runs beside it.
    /// </summary>
    public PreparedDocument WithArticle(ExtractedDocument article, ScanOptions options) => Of(article, Hash, null, options);

    private static PreparedDocument Of(ExtractedDocument article, byte[] hash, ArticleLines? lines, ScanOptions options)
    {
        var tokens = TokenizeStage.Words(article, options, out var fingerprints);
        return new PreparedDocument(article, tokens, AnchorIndex.Of(tokens, options.Alignment.AnchorNGram), fingerprints, ContentTerms.Of(tokens), hash, lines);
    }
}
