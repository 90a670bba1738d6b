namespace Lineage.Bench.Corpus;

/// <summary>
/// Who publishes what, decided before any text is written: sites (Zipf-sized, a few large, many
/// medium, plus a tail of small sites of a few pages), topics, singletons, and which documents
/// reuse which. Cheap to rebuild from the options, so a scan can check its findings against the
/// plan without reading anything back.
/// </summary>
public sealed class CorpusPlan
{
    private const ulong PlanStream = 1;
    private const ulong SiteStream = 2;
    private const ulong NoticeStream = 3;
    private const ulong SkeletonPickStream = 4;

    /// <summary>Pages of a small site on average: many have one or two, too few for a site template to be learned.</summary>
    private const int SmallSitePages = 2;

    /// <summary>Documents that carry one skeleton sentence, on average: enough to pair them, few enough for their words to stay rare.</summary>
    private const int SkeletonUses = 5;

    private CorpusPlan(CorpusOptions options, Site[] sites, DocumentPlan[] documents, List<PlantedReuse> planted, int topics, int skeletons)
    {
        Options = options;
        Sites = sites;
        Documents = documents;
        Planted = planted;
        Topics = topics;
        Skeletons = skeletons;
    }

    public CorpusOptions Options { get; }
    public IReadOnlyList<Site> Sites { get; }
    public IReadOnlyList<DocumentPlan> Documents { get; }
    public IReadOnlyList<PlantedReuse> Planted { get; }

    /// <summary>Topics shared by several documents; a singleton's topic is numbered past them.</summary>
    public int Topics { get; }

    /// <summary>Distinct skeleton sentences the corpus draws from.</summary>
    public int Skeletons { get; }

    public static CorpusPlan Create(CorpusOptions options)
    {
        if (options.Documents < 1) throw new ArgumentException($"a corpus needs at least one document (got {options.Documents}).");
        if (options.SingletonShare + options.CopyShare + options.ExcerptShare + options.RewriteShare > 1)
            throw new ArgumentException($"singletons, copies, excerpts and rewrites add up to more than every document ({options.SingletonShare} + {options.CopyShare} + {options.ExcerptShare} + {options.RewriteShare}).");
        var bigSites = Math.Max(6, options.Documents / options.DocumentsPerSite);
        var smallSites = options.SmallSiteShare > 0 ? Math.Max(1, (int)Math.Round(options.Documents * options.SmallSiteShare / SmallSitePages)) : 0;
        // One notice for every four small sites that carry one: each notice on a few sites, so its words stay rare enough to pair documents.
        var notices = Math.Max(LegalNotice.Wordings, (int)(smallSites * options.NoticeShare / 4));
        var sites = new Site[bigSites + smallSites];
        for (var s = 0; s < sites.Length; s++)
        {
            var language = s % options.ArabicSiteEvery == options.ArabicSiteEvery / 2 ? Language.Arabic : Language.English;
            var noticeRng = Prng.For(options.Seed, NoticeStream, s);
            var notice = s >= bigSites && language == Language.English && noticeRng.Chance(options.NoticeShare) ? noticeRng.Next(notices) : -1;
            sites[s] = Site.Create(s, language, Prng.For(options.Seed, SiteStream, s), notice);
        }

        var rng = Prng.For(options.Seed, PlanStream, 0);
        var siteSizes = new ZipfSampler(bigSites, 0.9);
        int PickSite() => smallSites > 0 && rng.Chance(options.SmallSiteShare) ? bigSites + rng.Next(smallSites) : siteSizes.Next(rng);
        var topics = Math.Max(4, (int)(options.Documents * (1 - options.SingletonShare) / options.DocumentsPerTopic));
        var shared = 1 - options.SingletonShare;
        var documents = new DocumentPlan[options.Documents];
        var planted = new List<PlantedReuse>();
        var originals = new[] { new List<int>(), new List<int>() };
        var syndicated = new[] { new List<int>(), new List<int>() };
        // The first stories are all originals, so reuse always has something to draw on.
        var warmUp = Math.Max(20, options.Documents / 50);
        for (var i = 0; i < documents.Length; i++)
        {
            var site = PickSite();
            var english = sites[site].Language == Language.English;
            var style = english && rng.Chance(options.FictionShare) ? ArticleStyle.Fiction : ArticleStyle.News;
            var skeletons = english && rng.Chance(options.SkeletonShare);
            if (rng.Chance(options.SingletonShare))
            {
                documents[i] = new DocumentPlan(i, site, topics + i, ReuseKind.Original, -1, style, skeletons, Singleton: true);
                continue;
            }
            var r = rng.NextDouble() * shared;
            var kind = i < warmUp ? ReuseKind.Original
                : r < options.CopyShare ? ReuseKind.Copy
                : r < options.CopyShare + options.ExcerptShare ? ReuseKind.Excerpt
                : r < options.CopyShare + options.ExcerptShare + options.RewriteShare ? ReuseKind.Rewrite
                : ReuseKind.Original;
            var language = (int)sites[site].Language;
            if (kind != ReuseKind.Original && originals[language].Count == 0) kind = ReuseKind.Original;
            if (kind == ReuseKind.Original)
            {
                documents[i] = new DocumentPlan(i, site, rng.Next(topics), kind, -1, style, skeletons);
                originals[language].Add(i);
                if (rng.Chance(0.02)) syndicated[language].Add(i);
                continue;
            }
            var pool = syndicated[language].Count > 0 && rng.Chance(options.SyndicatedShare) ? syndicated[language] : originals[language];
            var source = rng.Pick(pool);
            // A site does not reprint its own story: the reuser lives on another site of the same language.
            for (var attempt = 0; attempt < 64 && (site == documents[source].Site || sites[site].Language != sites[documents[source].Site].Language); attempt++)
                site = PickSite();
            if (site == documents[source].Site || sites[site].Language != sites[documents[source].Site].Language)
            {
                documents[i] = new DocumentPlan(i, site, rng.Next(topics), ReuseKind.Original, -1, style, skeletons);
                originals[(int)sites[site].Language].Add(i);
                continue;
            }
            // A copy or a rewrite is its source's story; an excerpt's host is a story of its own, written its own way.
            documents[i] = kind is ReuseKind.Copy or ReuseKind.Rewrite
                ? new DocumentPlan(i, site, documents[source].Topic, kind, source, documents[source].Style, documents[source].Skeletons)
                : new DocumentPlan(i, site, rng.Next(topics), kind, source, sites[site].Language == Language.English ? style : ArticleStyle.News, skeletons && sites[site].Language == Language.English);
            planted.Add(new PlantedReuse(source, i, kind));
        }
        var skeletonCount = Math.Max(12, (int)(options.Documents * options.SkeletonShare * 4 / SkeletonUses));
        return new CorpusPlan(options, sites, documents, planted, topics, skeletonCount);
    }

    /// <summary>The story (event) a document tells: its topic. A copy tells its source's.</summary>
    public int StoryOf(int index) => Documents[index].Topic;

    /// <summary>The copy family a document belongs to, named by its original: an excerpt's host is not in its source's family, nor is a rewrite (its words differ).</summary>
    public int DuplicateGroupOf(int index) => Documents[index].Kind == ReuseKind.Copy ? Documents[index].Source : index;

    /// <summary>The skeleton sentences in a document's own story (a copy's are its source's), in the order it uses them.</summary>
    public int[] SkeletonsOf(int index)
    {
        var plan = Documents[index];
        if (plan.Kind is ReuseKind.Copy or ReuseKind.Rewrite) plan = Documents[plan.Source];
        if (!plan.Skeletons) return [];
        var rng = Prng.For(Options.Seed, SkeletonPickStream, plan.Index);
        var chosen = new int[rng.Next(3, 6)];
        for (var k = 0; k < chosen.Length; k++)
        {
            var s = rng.Next(Skeletons);
            while (Array.IndexOf(chosen, s, 0, k) >= 0) s = (s + 1) % Skeletons;
            chosen[k] = s;
        }
        return chosen;
    }
}
