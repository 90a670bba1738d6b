using Lineage.Extraction;
using Lineage.Reading;

namespace Lineage.Storage;

/// <summary>
/// Between an <see cref="ExtractedDocument"/> and a <see cref="StoredDocument"/>. A stored
/// document comes back as the article it was when added, learned boilerplate included, without
/// reading its file or extracting it again; its <see cref="Document.View"/> is the article view,
/// the only view the later stages (tokenizer, aligner, analyses) read.
/// </summary>
public static class StoredArticle
{
    public static ExtractedDocument ToArticle(StoredDocument stored)
    {
        var content = ContentMap.Decode(stored.Content, stored.Text);
        var document = new Document
        {
            Id = stored.Name,
            Path = stored.Path,
            Text = stored.Text,
            View = content,
            Format = stored.Format,
            Encoding = stored.Encoding,
            Line = stored.Line,
            Url = stored.Url,
            Site = stored.Site,
            Date = stored.Date,
            Title = stored.Title,
        };
        return new ExtractedDocument { Document = document, Content = content, Boilerplate = stored.Boilerplate, Metadata = stored.Metadata };
    }

    public static StoredDocument FromArticle(ExtractedDocument article, long key, string name, byte[] contentHash, int words, int fingerprints)
    {
        var d = article.Document;
        return new StoredDocument
        {
            Key = key,
            Name = name,
            Path = d.Path,
            ContentHash = contentHash,
            Format = d.Format,
            Encoding = d.Encoding,
            Line = d.Line,
            Url = d.Url,
            Site = d.Site,
            Date = d.Date,
            Title = d.Title,
            Text = d.Text,
            Content = ContentMap.Encode(article.Content, d.Text),
            Boilerplate = article.Boilerplate,
            Metadata = article.Metadata,
            Words = words,
            Fingerprints = fingerprints,
        };
    }
}
