using Lineage.Alignment;
using Lineage.Bench.Corpus;
using ReuseKind = Lineage.Bench.Corpus.ReuseKind;

namespace Lineage.Bench.Micro;

/// <summary>
/// The micro benchmarks' inputs, all from the corpus generator with a fixed seed: a web article,
/// its PDF reprint, an Arabic article and a 1 MB run of mixed documents to tokenize; and three
/// kinds of document pair to align.
/// </summary>
public static class BenchInputs
{
    private static readonly Lazy<CorpusGenerator> Generator = new(() => new CorpusGenerator(new CorpusOptions
    {
        Documents = 2_000,
        Seed = 7,
        ArabicSiteEvery = 3,
        // Micro inputs are news articles: the first original of a language is not fiction or a skeleton carrier.
        FictionShare = 0,
        SkeletonShare = 0,
    }));

    private static readonly Lazy<TextCase[]> TextCases = new(BuildTexts);
    private static readonly Lazy<PairCase[]> PairCases = new(BuildPairs);

    public static IReadOnlyList<TextCase> Texts => TextCases.Value;

    /// <summary>Single articles and the 1 MB run, without the PDF copy: for the hashing benchmarks.</summary>
    public static IEnumerable<TextCase> FingerprintTexts
    {
        get
        {
            foreach (var c in Texts)
                if (c.Name != PdfName) yield return c;
        }
    }

    public static IReadOnlyList<PairCase> Pairs => PairCases.Value;

    private const string PdfName = "en-pdf-copy";

    private static TextCase[] BuildTexts()
    {
        var g = Generator.Value;
        var english = Original(g, Language.English, 6_000);
        var arabic = Original(g, Language.Arabic, 6_000);
        var run = new System.Text.StringBuilder(1 << 21);
        for (var i = 0; run.Length < 1_000_000; i++) run.Append(g.Render(i)).Append('\n');
        return
        [
            new TextCase("en-article", g.Render(english)),
            new TextCase(PdfName, PdfCopy(g, english, new Prng(1))),
            new TextCase("ar-article", g.Render(arabic)),
            new TextCase("mixed-1MB", run.ToString()),
        ];
    }

    private static PairCase[] BuildPairs()
    {
        var g = Generator.Value;
        var n = new AlignmentOptions().AnchorNGram;
        var english = Original(g, Language.English, 6_000);
        var other = Unrelated(g, english);
        var rng = new Prng(2);
        return
        [
            new PairCase("near-copy", g.Render(english), PdfCopy(g, english, rng), n),
            new PairCase("unrelated", g.Render(english), g.Render(other), n),
            new PairCase("one-quotation", g.Render(english), WithQuotation(g, other, Quotation(g.Story(english))), n),
        ];
    }

    /// <summary>The first original in <paramref name="language"/> whose page is about <paramref name="chars"/> long.</summary>
    private static int Original(CorpusGenerator g, Language language, int chars)
    {
        for (var i = 0; i < g.Count; i++)
        {
            if (g.Plan.Documents[i].Kind != ReuseKind.Original || g.SiteOf(i).Language != language) continue;
            var length = g.Render(i).Length;
            if (Math.Abs(length - chars) < chars / 10) return i;
        }
        throw new InvalidOperationException($"no {language} original of about {chars} chars in the bench corpus");
    }

    /// <summary>Another English original on the same topic (same names, different sentences) from another site.</summary>
    private static int Unrelated(CorpusGenerator g, int index)
    {
        var plan = g.Plan.Documents[index];
        var fallback = -1;
        for (var i = 0; i < g.Count; i++)
        {
            var p = g.Plan.Documents[i];
            if (i == index || p.Kind != ReuseKind.Original || p.Site == plan.Site || g.SiteOf(i).Language != Language.English) continue;
            if (p.Topic == plan.Topic) return i;
            if (fallback < 0) fallback = i;
        }
        return fallback;
    }

    /// <summary>The story as PDF text with typos and substitutions at ten times the corpus' rate.</summary>
    private static string PdfCopy(CorpusGenerator g, int index, Prng rng)
    {
        var story = g.Story(index);
        var edits = new EditRates { Typo = 0.02, Substitution = 0.01, DoubledSpace = 0 };
        return PdfLayout.Render(story.Title, Reprinter.Edit(story.Paragraphs, rng, Lexicon.English, edits), rng);
    }

    /// <summary>The longest quotation in the story, with its quotation marks.</summary>
    private static string Quotation(Article story)
    {
        var best = "";
        foreach (var p in story.Paragraphs)
        {
            var open = p.IndexOf('\u201C');
            while (open >= 0)
            {
                var close = p.IndexOf('\u201D', open + 1);
                if (close < 0) break;
                if (close - open > best.Length) best = p[open..(close + 1)];
                open = p.IndexOf('\u201C', close + 1);
            }
        }
        return best.Length > 0 ? best : story.Paragraphs[0];
    }

    private static string WithQuotation(CorpusGenerator g, int index, string quotation)
    {
        var story = g.Story(index);
        var paragraphs = new List<string>(story.Paragraphs);
        var at = paragraphs.Count / 2;
        paragraphs[at] = $"{paragraphs[at]} As one official put it, {quotation}";
        return g.SiteOf(index).Render(story with { Paragraphs = paragraphs });
    }
}
