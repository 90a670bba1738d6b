using Lineage.Text;

namespace Lineage.Extraction;

/// <summary>
/// An article's lines with a hash of each line's words (0 for a line too short to judge): what
/// <see cref="SiteTemplates"/> counts over a site's pages, in a scan or in a store, to tell
/// furniture from article.
/// </summary>
internal sealed class ArticleLines
{
    /// <summary>The shortest line worth judging, in words.</summary>
    private const int MinLineWords = 3;

    private ArticleLines(List<TextBlock> blocks, ulong[] hashes)
    {
        Blocks = blocks;
        Hashes = hashes;
    }

    public List<TextBlock> Blocks { get; }

    public ulong[] Hashes { get; }

    public static ArticleLines Of(TextView content, TokenList tokens)
    {
        var blocks = TextBlock.Split(content);
        var hashes = new ulong[blocks.Count];
        for (var b = 0; b < blocks.Count; b++)
        {
            Tokenizer.Tokenize(content, blocks[b].ViewStart, blocks[b].ViewEnd, tokens);
            hashes[b] = tokens.Count < MinLineWords ? 0 : TokenHash.Combine(tokens.Hashes);
        }
        return new ArticleLines(blocks, hashes);
    }

    /// <summary>The distinct hashes of the lines long enough to judge.</summary>
    public HashSet<ulong> Distinct()
    {
        var set = new HashSet<ulong>(Hashes.Length);
        foreach (var h in Hashes)
            if (h != 0) set.Add(h);
        return set;
    }

    /// <summary>The article without the lines <paramref name="isTemplate"/> picks, which become boilerplate; the same article when none is.</summary>
    public ExtractedDocument Without(ExtractedDocument article, Func<ulong, bool> isTemplate)
    {
        var kept = new List<(int, int)>(Blocks.Count);
        var removed = new List<TextSpan>();
        for (var b = 0; b < Blocks.Count; b++)
        {
            var block = Blocks[b];
            if (Hashes[b] != 0 && isTemplate(Hashes[b])) removed.Add(block.Source);
            else kept.Add((block.ViewStart, block.ViewEnd));
        }
        if (removed.Count == 0) return article;
        return article with
        {
            Content = article.Content.Restrict(kept),
            Boilerplate = SpanSet.Normalize(article.Boilerplate.Concat(removed)),
        };
    }
}
