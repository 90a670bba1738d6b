using Lineage.Alignment;
using Lineage.Extraction;
using Lineage.Fingerprints;
using Lineage.Reading;
using Lineage.Scanning;
using Lineage.Storage;
using Lineage.Text;

namespace Lineage.Indexing;

/// <summary>A document read and ready to meet the store: its article, words, fingerprints, anchor index and content hash.</summary>
internal sealed class PreparedDocument
{
    private PreparedDocument(ExtractedDocument article, TokenList tokens, AnchorIndex anchors, DocumentFingerprints fingerprints, byte[] hash)
    {
        Article = article;
        Tokens = tokens;
        Anchors = anchors;
        Fingerprints = fingerprints;
        Hash = hash;
    }

    public ExtractedDocument Article { get; set; }

    public TokenList Tokens { get; }

    public AnchorIndex Anchors { get; }

    public DocumentFingerprints Fingerprints { get; }

    public byte[] Hash { get; }

    public int Words => Fingerprints.Words;

    /// <summary>Extracts, tokenizes and fingerprints each document, in parallel, as a scan does.</summary>
    public static PreparedDocument[] Prepare(IReadOnlyList<Document> documents, ScanOptions options)
    {
        var result = new PreparedDocument[documents.Count];
        Parallel.For(0, documents.Count, options.ParallelOptions, i => result[i] = Prepare(documents[i], options));
        return result;
    }

    public static PreparedDocument Prepare(Document document, ScanOptions options)
    {
        var article = options.ArticlesOnly ? ArticleExtractor.Extract(document) : ArticleExtractor.WholeText(document);
        var tokens = new TokenList(1024);
        Tokenizer.Tokenize(article.Content, tokens);
        var fingerprints = DocumentFingerprints.Compute(tokens, options.Fingerprints);
        return new PreparedDocument(article, tokens, AnchorIndex.Of(tokens, options.Alignment.AnchorNGram), fingerprints, ContentHash.Of(document.Text));
    }
}
