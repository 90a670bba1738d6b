using System.Collections.Concurrent;
using Lineage.Alignment;
using Lineage.Candidates;
using Lineage.Extraction;
using Lineage.Fingerprints;
using Lineage.Reading;
using Lineage.Text;

namespace Lineage.Scanning;

/// <summary>
/// The in-memory pipeline: read → tokenize and fingerprint → candidate pairs → align. Each stage
/// runs in parallel; words are not kept between stages (a document is tokenized again when it is
/// aligned), so memory holds the texts and their fingerprints, not every token of the corpus.
/// </summary>
public static class Scanner
{
    public static ScanResult Scan(IReadOnlyList<string> paths, ScanOptions options, IProgress<ScanProgress>? progress = null)
    {
        options.Validate();
        var problems = new List<ReadProblem>();
        var files = InputWalker.Walk(paths, problems);
        var documents = ReadAll(files, options, problems, progress);
        return Scan(documents, options, progress, problems);
    }

    public static ScanResult Scan(IReadOnlyList<Document> documents, ScanOptions options, IProgress<ScanProgress>? progress = null, IReadOnlyList<ReadProblem>? problems = null)
    {
        options.Validate();
        var articles = Extract(documents, options, progress);
        var fingerprints = Fingerprint(articles, options, progress);
        progress?.Report(new ScanProgress(ScanStage.Pairing, 0, 1));
        var candidates = CandidateFinder.Find(fingerprints, options.Fingerprints);
        progress?.Report(new ScanProgress(ScanStage.Pairing, 1, 1));
        var pairs = Align(articles, fingerprints, candidates, options, progress);
        var words = new int[fingerprints.Length];
        for (var i = 0; i < words.Length; i++) words[i] = fingerprints[i].Words;
        if (options.ArticlesOnly)
        {
            (articles, pairs) = TemplateLearner.Apply(articles, words, pairs);
            SortByReuse(pairs);
        }
        return new ScanResult(articles, words, pairs, problems ?? [], candidates.Length);
    }

    /// <summary>
    /// Two documents compared as a scan of just these two compares them (articles extracted, site
    /// furniture they share dropped, the same coverage), but aligned even when they share too few
    /// fingerprints to be a scan's candidate pair: the result holds at most one pair.
    /// </summary>
    public static ScanResult Compare(Document a, Document b, ScanOptions options)
    {
        options.Validate();
        var articles = Extract([a, b], options, progress: null);
        var fingerprints = Fingerprint(articles, options, progress: null);
        var tokensA = Tokenizer.Tokenize(articles[0].Content);
        var tokensB = Tokenizer.Tokenize(articles[1].Content);
        var alignment = PairAligner.Align(tokensA, tokensB, options.Alignment);
        var pairs = new List<DocumentPair>(1);
        if (alignment.Passages.Count > 0) pairs.Add(new DocumentPair(0, 1, alignment));
        int[] words = [fingerprints[0].Words, fingerprints[1].Words];
        if (options.ArticlesOnly) (articles, pairs) = TemplateLearner.Apply(articles, words, pairs);
        return new ScanResult(articles, words, pairs, [], 1);
    }

    private static ExtractedDocument[] Extract(IReadOnlyList<Document> documents, ScanOptions options, IProgress<ScanProgress>? progress)
    {
        var result = new ExtractedDocument[documents.Count];
        long done = 0;
        Parallel.For(0, documents.Count, options.ParallelOptions, i =>
        {
            result[i] = options.ArticlesOnly ? ArticleExtractor.Extract(documents[i]) : ArticleExtractor.WholeText(documents[i]);
            var n = Interlocked.Increment(ref done);
            if ((n & 255) == 0 || n == documents.Count) progress?.Report(new ScanProgress(ScanStage.Extracting, n, documents.Count));
        });
        return options.ArticlesOnly ? SiteTemplates.Remove(result, options.ParallelOptions) : result;
    }

    private static List<Document> ReadAll(IReadOnlyList<InputFile> files, ScanOptions options, List<ReadProblem> problems, IProgress<ScanProgress>? progress)
    {
        var perFile = new (List<Document> Documents, List<ReadProblem> Problems)[files.Count];
        long done = 0;
        Parallel.For(0, files.Count, options.ParallelOptions, i =>
        {
            var documents = new List<Document>(1);
            var fileProblems = new List<ReadProblem>(0);
            DocumentReader.Read(files[i], options.Read, documents, fileProblems);
            perFile[i] = (documents, fileProblems);
            var n = Interlocked.Increment(ref done);
            if ((n & 63) == 0 || n == files.Count) progress?.Report(new ScanProgress(ScanStage.Reading, n, files.Count));
        });
        var all = new List<Document>(files.Count);
        foreach (var (documents, fileProblems) in perFile)
        {
            all.AddRange(documents);
            problems.AddRange(fileProblems);
        }
        return all;
    }

    private static DocumentFingerprints[] Fingerprint(IReadOnlyList<ExtractedDocument> documents, ScanOptions options, IProgress<ScanProgress>? progress)
    {
        var result = new DocumentFingerprints[documents.Count];
        long done = 0;
        Parallel.For(0, documents.Count, options.ParallelOptions, () => new TokenList(1024), (i, _, tokens) =>
        {
            Tokenizer.Tokenize(documents[i].Content, tokens);
            result[i] = DocumentFingerprints.Compute(tokens, options.Fingerprints);
            var n = Interlocked.Increment(ref done);
            if ((n & 255) == 0 || n == documents.Count) progress?.Report(new ScanProgress(ScanStage.Fingerprinting, n, documents.Count));
            return tokens;
        }, _ => { });
        return result;
    }

    /// <summary>
    /// Aligns every candidate that passes <see cref="CandidateCheck"/>; pairs are grouped by their
    /// first document, so it is tokenized and its anchor table built once per group, and each
    /// second document is only tokenized: its n-grams are looked up in that table.
    /// </summary>
    private static List<DocumentPair> Align(IReadOnlyList<ExtractedDocument> documents, DocumentFingerprints[] fingerprints, CandidatePair[] candidates,
        ScanOptions options, IProgress<ScanProgress>? progress)
    {
        var groups = new List<(int Start, int End)>();
        for (var i = 0; i < candidates.Length;)
        {
            var j = i + 1;
            while (j < candidates.Length && candidates[j].A == candidates[i].A) j++;
            groups.Add((i, j));
            i = j;
        }
        var found = new ConcurrentBag<DocumentPair>();
        long done = 0;
        var n = options.Alignment.AnchorNGram;
        var window = options.Alignment.MaxGapWords;
        Parallel.ForEach(groups, options.ParallelOptions, () => new AlignmentBuffers(), (group, _, buffers) =>
        {
            var readyA = false;
            for (var k = group.Start; k < group.End; k++)
            {
                var candidate = candidates[k];
                if (!CandidateCheck.MayShareAPassage(fingerprints[candidate.A], fingerprints[candidate.B], window, CandidateCheck.DiagonalSlack)) continue;
                if (!readyA)
                {
                    Tokenizer.Tokenize(documents[candidate.A].Content, buffers.TokensA);
                    buffers.AnchorsA.Build(buffers.TokensA, n);
                    readyA = true;
                }
                Tokenizer.Tokenize(documents[candidate.B].Content, buffers.TokensB);
                var alignment = PairAligner.Align(buffers.TokensA, buffers.AnchorsA, buffers.TokensB, options.Alignment);
                if (alignment.Passages.Count > 0) found.Add(new DocumentPair(candidate.A, candidate.B, alignment));
            }
            var aligned = Interlocked.Add(ref done, group.End - group.Start);
            progress?.Report(new ScanProgress(ScanStage.Aligning, aligned, candidates.Length));
            return buffers;
        }, _ => { });
        var pairs = found.ToList();
        SortByReuse(pairs);
        return pairs;
    }

    /// <summary>Most shared words first; ties in input order, so output is the same run after run.</summary>
    private static void SortByReuse(List<DocumentPair> pairs) => pairs.Sort(static (x, y) =>
    {
        var byWords = y.Alignment.SharedWords.CompareTo(x.Alignment.SharedWords);
        if (byWords != 0) return byWords;
        return x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B);
    });

    /// <summary>One worker's reusable buffers for the two sides of a pair.</summary>
    private sealed class AlignmentBuffers
    {
        public TokenList TokensA { get; } = new(1024);
        public TokenList TokensB { get; } = new(1024);
        public AnchorTable AnchorsA { get; } = new();
    }
}
