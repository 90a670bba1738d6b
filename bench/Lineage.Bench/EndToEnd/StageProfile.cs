using System.Diagnostics;
using System.Globalization;
using Lineage.Alignment;
using Lineage.Analysis;
using Lineage.Clustering;
using Lineage.Pipeline;
using Lineage.Provenance;
using Lineage.Reporting;
using Lineage.Bench.Corpus;
using Lineage.Candidates;
using Lineage.Extraction;
using Lineage.Fingerprints;
using Lineage.Reading;
using Lineage.Scanning;
using Lineage.Text;

namespace Lineage.Bench.EndToEnd;

/// <summary>
/// <c>profile</c>: the scan pipeline taken apart and run on one thread, each stage and sub-stage
/// timed on its own, so the seconds add up to the work a scan spreads over its cores. Calls the
/// same pieces <see cref="Scanner"/> does, in the same order, and weighs the managed heap after
/// each stage to show what the memory holds.
/// </summary>
public static class StageProfile
{
    public static int Run(string[] args)
    {
        var arguments = new Arguments(args, new HashSet<string>());
        var options = CorpusArguments.Read(arguments, arguments.Int("docs", 10_000));
        var corpus = CorpusFolder.Ensure(arguments.Value("dir") ?? CorpusFolder.DefaultRoot, options, Console.Out);
        var scan = new ScanOptions();
        var times = new List<(string Stage, double Seconds)>();
        var retained = new List<(string After, long Bytes)>();
        var clock = Stopwatch.StartNew();
        double Lap()
        {
            var s = clock.Elapsed.TotalSeconds;
            clock.Restart();
            return s;
        }
        void Retained(string after)
        {
            retained.Add((after, GC.GetTotalMemory(forceFullCollection: true)));
            clock.Restart();
        }

        var problems = new List<ReadProblem>();
        var files = InputWalker.Walk([corpus.Documents], problems);
        times.Add(("read: walk folders", Lap()));

        var documents = new List<Document>(files.Count);
        long io = 0, decode = 0;
        foreach (var file in files)
        {
            var t0 = Stopwatch.GetTimestamp();
            var bytes = File.ReadAllBytes(file.Path);
            var t1 = Stopwatch.GetTimestamp();
            if (DocumentReader.FromBytes(file, bytes, problems) is { } d) documents.Add(d);
            io += t1 - t0;
            decode += Stopwatch.GetTimestamp() - t1;
        }
        Lap();
        times.Add(("read: File.ReadAllBytes", Ticks(io)));
        times.Add(("read: decode UTF-8 + view", Ticks(decode)));
        Retained("reading (documents)");

        var articles = new ExtractedDocument[documents.Count];
        for (var i = 0; i < articles.Length; i++)
            articles[i] = scan.ArticlesOnly ? ArticleExtractor.Extract(documents[i]) : ArticleExtractor.WholeText(documents[i]);
        times.Add(("extract: ArticleExtractor.Extract", Lap()));
        if (scan.ArticlesOnly) articles = SiteTemplates.Remove(articles, new ParallelOptions { MaxDegreeOfParallelism = 1 });
        times.Add(("extract: SiteTemplates.Remove", Lap()));
        Retained("extracting (+ articles)");

        var contents = new TextView[articles.Length];
        for (var i = 0; i < contents.Length; i++) contents[i] = articles[i].Content;
        var fingerprints = Fingerprint(contents, scan.Fingerprints, times, out var words);
        Lap();
        Retained("fingerprinting (+ fingerprints)");

        var candidates = CandidateFinder.Find(fingerprints, scan.Fingerprints);
        times.Add(("pair: CandidateFinder.Find (its own Parallel.For)", Lap()));
        Retained("pairing (+ candidates)");

        var pairs = Align(contents, fingerprints, candidates, scan.Alignment, times, out var wasted, out var anchorCount, out var checkedCount);
        Lap();
        Retained("aligning (+ alignments of the pairs)");

        var wordCounts = new int[fingerprints.Length];
        for (var i = 0; i < wordCounts.Length; i++) wordCounts[i] = fingerprints[i].Words;
        var final = FurnitureStage.Apply(articles, wordCounts, pairs, scan with { Parallelism = 1 });
        var kept = final.Pairs;
        IReadOnlyList<ExtractedDocument> finalArticles = final.Articles;
        wordCounts = final.Words;
        times.Add(("templates: FurnitureStage.Apply", Lap()));
        Retained("template learning (pairs kept)");
        GC.KeepAlive(candidates);

        ExcerptMisses.Print(CorpusPlan.Create(options), documents, fingerprints, candidates, pairs, kept, scan.Alignment.MaxGapWords, Console.Out,
            new CorpusGenerator(options).QuotedWords, scan.Alignment.MinPassageWords);
        var analysisTimes = Analyse(new ScanResult(finalArticles, wordCounts, kept, problems, candidates.Length));
        Lap();

        if (arguments.Value("why") is not null)
            CandidateSample.Print(CorpusPlan.Create(options), documents, contents, fingerprints, candidates, scan.Fingerprints, Console.Out);

        var total = 0.0;
        foreach (var (_, s) in times) total += s;
        var c = CultureInfo.InvariantCulture;
        var megabytes = corpus.Stamp.Bytes / 1e6;
        Console.WriteLine(string.Create(c, $"{documents.Count} documents, {megabytes:0.0} MB, {words:N0} article words, {Sum(fingerprints):N0} fingerprints ({Sum(fingerprints) / (double)documents.Count:0.0} a document), {candidates.Length:N0} candidates, {checkedCount:N0} past the diagonal check, {pairs.Count:N0} aligned pairs, {kept.Count:N0} after template learning, {anchorCount / Math.Max(1.0, checkedCount):0} anchors a checked candidate"));
        Console.WriteLine(string.Create(c, $"one thread, {total:0.00} s in all ({megabytes / total:0.0} MB/s on one core); checked candidates that gave no pair cost {wasted:0.00} s"));
        foreach (var (stage, s) in times)
            Console.WriteLine(string.Create(c, $"  {stage,-66} {s,8:0.000} s {100 * s / total,6:0.0} %"));
        var analysisTotal = 0.0;
        foreach (var (_, s) in analysisTimes) analysisTotal += s;
        Console.WriteLine(string.Create(c, $"analysis, as scan --json and --html add it: {analysisTotal:0.00} s on one thread"));
        foreach (var (stage, s) in analysisTimes)
            Console.WriteLine(string.Create(c, $"  {stage,-66} {s,8:0.000} s {100 * s / analysisTotal,6:0.0} %"));
        Console.WriteLine("managed heap retained after each stage (full GC):");
        foreach (var (after, bytes) in retained)
            Console.WriteLine(string.Create(c, $"  {after,-66} {bytes / 1e6,8:0} MB"));
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(c, $"peak working set {process.PeakWorkingSet64 / 1e6:0} MB (one thread, so lower than a parallel scan's)"));
        return 0;
    }

    /// <summary>The pieces of <see cref="CorpusAnalyzer.Analyze"/>, each on one thread and timed.</summary>
    private static List<(string, double)> Analyse(ScanResult result)
    {
        var times = new List<(string, double)>();
        var clock = Stopwatch.StartNew();
        double Lap()
        {
            var s = clock.Elapsed.TotalSeconds;
            clock.Restart();
            return s;
        }
        var articles = result.Articles;
        var quotes = new List<QuoteOccurrence>();
        for (var i = 0; i < articles.Count; i++) quotes.AddRange(QuoteExtractor.Extract(i, articles[i]));
        times.Add(("analysis: QuoteExtractor (every document)", Lap()));
        var names = new List<(string, NameOccurrence)>();
        for (var i = 0; i < articles.Count; i++) names.AddRange(NameExtractor.Extract(i, articles[i]));
        times.Add(("analysis: NameExtractor (every document)", Lap()));
        var facts = new List<FactMention>();
        for (var i = 0; i < articles.Count; i++) facts.AddRange(FactExtractor.Extract(i, articles[i]));
        times.Add(("analysis: FactExtractor (every document)", Lap()));
        var groups = NameGrouper.Group(names);
        times.Add(("analysis: NameGrouper.Group", Lap()));
        var stories = StoryClusterer.Cluster(articles, DuplicateGroups.Of(result), groups, new StoryOptions());
        times.Add(("analysis: StoryClusterer.Cluster (its own Parallel.For)", Lap()));
        var clusters = ReuseClusterer.Cluster(result.Pairs);
        times.Add(("analysis: ReuseClusterer.Cluster", Lap()));
        var quoteClusters = QuoteClusterer.Cluster(quotes);
        times.Add(("analysis: QuoteClusterer.Cluster", Lap()));
        var provenance = ProvenanceBuilder.Build(articles, result.Pairs);
        times.Add(("analysis: ProvenanceBuilder.Build", Lap()));
        var analysis = CorpusAnalyzer.Analyze(result);
        Lap();
        JsonReport.Write(result, analysis, Stream.Null);
        times.Add(("report: JsonReport.Write (to nowhere)", Lap()));
        GC.KeepAlive(stories);
        GC.KeepAlive(clusters);
        GC.KeepAlive(quoteClusters);
        GC.KeepAlive(provenance);
        GC.KeepAlive(facts);
        return times;
    }

    private static DocumentFingerprints[] Fingerprint(TextView[] contents, FingerprintOptions options, List<(string, double)> times, out long words)
    {
        var tokens = new TokenList(1024);
        long tokenize = 0, shingle = 0, winnow = 0, compute = 0;
        words = 0;
        var fingerprints = new DocumentFingerprints[contents.Length];
        var hashes = new ulong[1 << 16];
        var positions = new int[1 << 16];
        for (var i = 0; i < contents.Length; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            Tokenizer.Tokenize(contents[i], tokens);
            var t1 = Stopwatch.GetTimestamp();
            fingerprints[i] = DocumentFingerprints.Compute(tokens, options);
            var t2 = Stopwatch.GetTimestamp();
            // The same n-gram hashing and winnowing again on their own, to split Compute's time.
            var count = ShingleHasher.Count(tokens.Count, options.NGram);
            if (count > hashes.Length) { hashes = new ulong[count]; positions = new int[count]; }
            ShingleHasher.Hash(tokens.Hashes, options.NGram, hashes);
            var t3 = Stopwatch.GetTimestamp();
            Winnower.Select(hashes.AsSpan(0, count), options.Window, positions);
            var t4 = Stopwatch.GetTimestamp();
            tokenize += t1 - t0;
            compute += t2 - t1;
            shingle += t3 - t2;
            winnow += t4 - t3;
            words += tokens.Count;
        }
        times.Add(("fingerprint: tokenize", Ticks(tokenize)));
        times.Add(("fingerprint: n-gram hashes", Ticks(shingle)));
        times.Add(("fingerprint: winnow", Ticks(winnow)));
        times.Add(("fingerprint: rest of Compute (copy, sort, dedupe)", Math.Max(0, Ticks(compute - shingle - winnow))));
        return fingerprints;
    }

    /// <summary>The scanner's alignment loop, candidates grouped by A, with every step timed.</summary>
    private static List<DocumentPair> Align(TextView[] contents, DocumentFingerprints[] fingerprints, CandidatePair[] candidates, AlignmentOptions options,
        List<(string, double)> times, out double wastedSeconds, out long anchorCount, out int checkedCount)
    {
        var tokensA = new TokenList(1024);
        var tokensB = new TokenList(1024);
        var tableA = new AnchorTable();
        var n = options.AnchorNGram;
        var pairs = new List<DocumentPair>();
        long check = 0, tokenizeA = 0, tokenizeB = 0, anchors = 0, chains = 0, align = 0, wasted = 0;
        var lastA = -1;
        anchorCount = 0;
        checkedCount = 0;
        foreach (var candidate in candidates)
        {
            var c0 = Stopwatch.GetTimestamp();
            var may = CandidateCheck.MayShareAPassage(fingerprints[candidate.A], fingerprints[candidate.B], options.MaxGapWords, CandidateCheck.DiagonalSlack);
            check += Stopwatch.GetTimestamp() - c0;
            if (!may) continue;
            checkedCount++;
            var t0 = Stopwatch.GetTimestamp();
            if (candidate.A != lastA)
            {
                Tokenizer.Tokenize(contents[candidate.A], tokensA);
                tableA.Build(tokensA, n);
                lastA = candidate.A;
            }
            var t1 = Stopwatch.GetTimestamp();
            Tokenizer.Tokenize(contents[candidate.B], tokensB);
            var t2 = Stopwatch.GetTimestamp();
            var found = tableA.Find(tokensB.Hashes);
            var t3 = Stopwatch.GetTimestamp();
            AnchorChain.Extract(found, options.MaxGapWords, options.MaxChainRounds);
            var t4 = Stopwatch.GetTimestamp();
            var alignment = PairAligner.Align(tokensA, tableA, tokensB, options);
            var t5 = Stopwatch.GetTimestamp();
            tokenizeA += t1 - t0;
            tokenizeB += t2 - t1;
            anchors += t3 - t2;
            chains += t4 - t3;
            // Align repeats the anchor lookup and the chains: what is left is its own work.
            align += (t5 - t4) - (t4 - t2);
            anchorCount += found.Length;
            if (alignment.Passages.Count > 0) pairs.Add(new DocumentPair(candidate.A, candidate.B, alignment));
            else wasted += t5 - t0 - (t4 - t2);
        }
        times.Add(("align: CandidateCheck.MayShareAPassage (every candidate)", Ticks(check)));
        times.Add(("align: tokenize A + anchor table A (once per group)", Ticks(tokenizeA)));
        times.Add(("align: tokenize B (once per checked candidate)", Ticks(tokenizeB)));
        times.Add(("align: AnchorTable.Find", Ticks(anchors)));
        times.Add(("align: AnchorChain.Extract", Ticks(chains)));
        times.Add(("align: rest of PairAligner.Align (gaps, segments, merge, passages)", Math.Max(0, Ticks(align))));
        wastedSeconds = Ticks(wasted);
        return pairs;
    }

    private static long Sum(DocumentFingerprints[] fingerprints)
    {
        long total = 0;
        foreach (var f in fingerprints) total += f.Hashes.Length;
        return total;
    }

    private static double Ticks(long ticks) => ticks / (double)Stopwatch.Frequency;
}
