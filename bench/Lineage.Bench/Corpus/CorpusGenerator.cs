using System.Text;
using Lineage.Reading;

namespace Lineage.Bench.Corpus;

/// <summary>
/// Writes the documents of a <see cref="CorpusPlan"/>. Each document's text depends only on the
/// seed and its index (a reprint regenerates its source's story), so documents are written in
/// any order, in parallel, without keeping the corpus in memory.
/// </summary>
public sealed class CorpusGenerator
{
    private const ulong ArticleStream = 10;
    private const ulong TopicStream = 11;
    private const ulong ReuseStream = 12;
    private const ulong SkeletonFillStream = 13;

    public CorpusGenerator(CorpusOptions options)
    {
        Plan = CorpusPlan.Create(options);
    }

    public CorpusPlan Plan { get; }

    public CorpusOptions Options => Plan.Options;

    public int Count => Plan.Documents.Count;

    public Site SiteOf(int index) => Plan.Sites[Plan.Documents[index].Site];

    /// <summary>Where document <paramref name="index"/> goes under the corpus folder: one folder per site.</summary>
    public string RelativePath(int index) => $"{SiteOf(index).Slug}/{index:D6}.txt";

    /// <summary>The generator index of a scanned document, from its id ("s0003/000123").</summary>
    public static int IndexOfId(string id)
    {
        var slash = id.LastIndexOf('/');
        return int.Parse(id.AsSpan(slash + 1), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The story of an original document, without its site's framing.</summary>
    public Article Story(int index)
    {
        var plan = Plan.Documents[index];
        var language = Plan.Sites[plan.Site].Language;
        var rng = Prng.For(Options.Seed, ArticleStream, index);
        var pool = NameBank.For(language).Topic(Prng.For(Options.Seed, TopicStream, plan.Topic));
        // Stories of one topic are published within a few days of each other.
        var date = new DateOnly(2015, 1, 1).AddDays((int)(plan.Topic * 2923L % 2190) + rng.Next(0, 6));
        var cast = pool.CastFor(rng, date);
        var target = rng.Next(Options.MinBodyChars, Options.MaxBodyChars + 1);
        var article = plan.Style == ArticleStyle.Fiction
            ? FictionWriter.Write(rng, EnglishProse.Instance, cast, target)
            : ArticleWriter.Write(rng, ArticleWriter.ProseFor(language), cast, target);
        return plan.Skeletons ? WithSkeletons(index, article) : article;
    }

    /// <summary>The story with its skeleton sentences filled in and appended to paragraphs of their own choosing, in order.</summary>
    private Article WithSkeletons(int index, Article article)
    {
        var skeletons = Plan.SkeletonsOf(index);
        var rng = Prng.For(Options.Seed, SkeletonFillStream, index);
        var paragraphs = new List<string>(article.Paragraphs);
        var at = 0;
        foreach (var skeleton in skeletons)
        {
            at = Math.Min(paragraphs.Count - 1, at + rng.Next(0, 3));
            paragraphs[at] = paragraphs[at] + " " + SkeletonBank.Fill(skeleton, rng);
        }
        return article with { Paragraphs = paragraphs };
    }

    public string Render(int index)
    {
        var plan = Plan.Documents[index];
        var site = Plan.Sites[plan.Site];
        return plan.Kind switch
        {
            ReuseKind.Copy => RenderCopy(index, plan, site),
            ReuseKind.Excerpt => RenderExcerpt(index, plan, site),
            ReuseKind.Rewrite => RenderRewrite(index, plan, site),
            _ => site.Render(Story(index)),
        };
    }

    /// <summary>A reprint: most of the source story with small edits, on this site's page or as PDF text.</summary>
    private string RenderCopy(int index, DocumentPlan plan, Site site)
    {
        var rng = Prng.For(Options.Seed, ReuseStream, index);
        var source = Story(plan.Source);
        var sourceSite = Plan.Sites[Plan.Documents[plan.Source].Site];
        var paragraphs = new List<string>(source.Paragraphs);
        if (paragraphs.Count > 3 && rng.Chance(0.15))
        {
            // A partial reprint that ends with "read more" on the source site.
            var keep = (int)Math.Ceiling(paragraphs.Count * (0.6 + 0.3 * rng.NextDouble()));
            paragraphs.RemoveRange(keep, paragraphs.Count - keep);
        }
        if (paragraphs.Count > 4 && rng.Chance(0.15)) paragraphs.RemoveAt(rng.Next(1, paragraphs.Count - 1));
        var edited = Reprinter.Edit(paragraphs, rng, Lexicon.For(source.Language), Options.CopyEdits);
        if (rng.Chance(Options.PdfShare))
            return PdfLayout.Render(source.Title, edited, rng);
        var reprint = source with { Date = source.Date.AddDays(rng.Next(0, 4)), Paragraphs = edited };
        string[]? credit = rng.Chance(0.5) ? [$"This article was originally published on {sourceSite.Name}."] : null;
        return site.Render(reprint, credit, originalSite: rng.Chance(0.5) ? sourceSite.Name : null);
    }

    /// <summary>The source story told again in other words, a day or two later, on this site's page.</summary>
    private string RenderRewrite(int index, DocumentPlan plan, Site site)
    {
        var rng = Prng.For(Options.Seed, ReuseStream, index);
        var source = Story(plan.Source);
        var lexicon = Lexicon.For(source.Language);
        var title = Rewriter.RewriteTitle(source.Title, rng, lexicon);
        var rewritten = Rewriter.Rewrite(source.Paragraphs, rng, lexicon);
        return site.Render(source with { Title = title, Date = source.Date.AddDays(rng.Next(0, 3)), Paragraphs = rewritten });
    }

    /// <summary>A story of its own with one to three consecutive paragraphs of the source quoted inside.</summary>
    private string RenderExcerpt(int index, DocumentPlan plan, Site site)
    {
        var (quoted, source, rng) = Quote(index, plan);
        var own = Story(index);
        var sourceSite = Plan.Sites[Plan.Documents[plan.Source].Site];
        var paragraphs = new List<string>(own.Paragraphs);
        var at = rng.Next(1, Math.Max(2, paragraphs.Count));
        var insert = new List<string>(quoted.Count + 1) { ArticleWriter.ProseFor(own.Language).ExcerptIntro(rng, sourceSite.Name, source.Date) };
        var quote = own.Language == Language.English && rng.Chance(0.5);
        foreach (var q in quoted) insert.Add(quote ? $"\u201C{q}\u201D" : q);
        paragraphs.InsertRange(Math.Min(at, paragraphs.Count), insert);
        return site.Render(own with { Paragraphs = paragraphs });
    }

    /// <summary>The paragraphs excerpt <paramref name="index"/> quotes from its source, as edited, and the generator to go on with.</summary>
    private (List<string> Quoted, Article Source, Prng Rng) Quote(int index, DocumentPlan plan)
    {
        var rng = Prng.For(Options.Seed, ReuseStream, index);
        var source = Story(plan.Source);
        var take = Math.Min(source.Paragraphs.Count, rng.Next(1, 4));
        var from = rng.Next(0, source.Paragraphs.Count - take + 1);
        var quoted = new List<string>(take);
        for (var k = 0; k < take; k++) quoted.Add(source.Paragraphs[from + k]);
        return (Reprinter.Edit(quoted, rng, Lexicon.For(source.Language), Options.CopyEdits with { Substitution = 0 }), source, rng);
    }

    /// <summary>How many words excerpt <paramref name="index"/> quotes (words as the scan counts them); 0 when the document is no excerpt.</summary>
    public int QuotedWords(int index)
    {
        var plan = Plan.Documents[index];
        if (plan.Kind != ReuseKind.Excerpt) return 0;
        var words = 0;
        foreach (var paragraph in Quote(index, plan).Quoted) words += Lineage.Text.Tokenizer.Tokenize(paragraph).Count;
        return words;
    }

    /// <summary>Writes every document as a UTF-8 .txt file under <paramref name="folder"/>; returns the bytes written.</summary>
    public long WriteTo(string folder, int parallelism = 0)
    {
        foreach (var site in Plan.Sites) Directory.CreateDirectory(Path.Combine(folder, site.Slug));
        long bytes = 0;
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Parallel.For(0, Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount }, i =>
        {
            var data = utf8.GetBytes(Render(i));
            File.WriteAllBytes(Path.Combine(folder, RelativePath(i)), data);
            Interlocked.Add(ref bytes, data.Length);
        });
        return bytes;
    }

    /// <summary>
    /// The true clustering as CSV, <c>id,story,duplicateGroup</c>, one row per document, ids as a
    /// scan of the corpus folder names them: story is the topic, duplicateGroup the copy family.
    /// </summary>
    public void WriteGold(string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.NewLine = "\n";
        writer.WriteLine("id,story,duplicateGroup");
        var c = System.Globalization.CultureInfo.InvariantCulture;
        for (var i = 0; i < Count; i++)
            writer.WriteLine(string.Create(c, $"{RelativePath(i)[..^4]},{Plan.StoryOf(i)},{Plan.DuplicateGroupOf(i)}"));
    }

    /// <summary>
    /// The reuse planted on purpose, one row per pair (<c>source,reuser,kind</c>, ids as a scan
    /// names the documents), so a scan's pairs can be checked one by one outside the bench.
    /// </summary>
    public void WritePlanted(string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.NewLine = "\n";
        writer.WriteLine("source,reuser,kind");
        foreach (var p in Plan.Planted)
            writer.WriteLine($"{RelativePath(p.Source)[..^4]},{RelativePath(p.Reuser)[..^4]},{p.Kind.ToString().ToLowerInvariant()}");
    }

    /// <summary>The corpus as in-memory documents, as <see cref="DocumentReader"/> would read the files.</summary>
    public List<Document> ToDocuments()
    {
        var documents = new Document[Count];
        Parallel.For(0, Count, i =>
        {
            var path = RelativePath(i);
            documents[i] = DocumentReader.Create(path, path[..^4], Render(i), DocumentFormat.Text)
                ?? throw new InvalidOperationException($"generated document {i} has no words");
        });
        return [.. documents];
    }
}
