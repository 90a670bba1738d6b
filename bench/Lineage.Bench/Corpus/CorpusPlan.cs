namespace Lineage.Bench.Corpus;

/// <summary>
/// Who publishes what, decided before any text is written: sites (Zipf-sized, a few large, many
/// small), topics, and which documents reuse which. Cheap to rebuild from the options, so a
/// scan can check its findings against the plan without reading anything back.
/// </summary>
public sealed class CorpusPlan
{
    private const ulong PlanStream = 1;
    private const ulong SiteStream = 2;

    private CorpusPlan(CorpusOptions options, Site[] sites, DocumentPlan[] documents, List<PlantedReuse> planted)
    {
        Options = options;
        Sites = sites;
        Documents = documents;
        Planted = planted;
    }

    public CorpusOptions Options { get; }
    public IReadOnlyList<Site> Sites { get; }
    public IReadOnlyList<DocumentPlan> Documents { get; }
    public IReadOnlyList<PlantedReuse> Planted { get; }

    public int Topics => Math.Max(4, Options.Documents / Options.DocumentsPerTopic);

    public static CorpusPlan Create(CorpusOptions options)
    {
        if (options.Documents < 1) throw new ArgumentException($"a corpus needs at least one document (got {options.Documents}).");
        var siteCount = Math.Max(6, options.Documents / options.DocumentsPerSite);
        var sites = new Site[siteCount];
        for (var s = 0; s < siteCount; s++)
        {
            var language = s % options.ArabicSiteEvery == options.ArabicSiteEvery / 2 ? Language.Arabic : Language.English;
            sites[s] = Site.Create(s, language, Prng.For(options.Seed, SiteStream, s));
        }

        var rng = Prng.For(options.Seed, PlanStream, 0);
        var siteSizes = new ZipfSampler(siteCount, 0.9);
        var topics = Math.Max(4, options.Documents / options.DocumentsPerTopic);
        var documents = new DocumentPlan[options.Documents];
        var planted = new List<PlantedReuse>();
        var originals = new[] { new List<int>(), new List<int>() };
        var syndicated = new[] { new List<int>(), new List<int>() };
        // The first stories are all originals, so reuse always has something to draw on.
        var warmUp = Math.Max(20, options.Documents / 50);
        for (var i = 0; i < documents.Length; i++)
        {
            var r = rng.NextDouble();
            var kind = i < warmUp ? ReuseKind.Original
                : r < options.CopyShare ? ReuseKind.Copy
                : r < options.CopyShare + options.ExcerptShare ? ReuseKind.Excerpt
                : ReuseKind.Original;
            var site = siteSizes.Next(rng);
            var language = (int)sites[site].Language;
            if (kind != ReuseKind.Original && originals[language].Count == 0) kind = ReuseKind.Original;
            if (kind == ReuseKind.Original)
            {
                documents[i] = new DocumentPlan(i, site, rng.Next(topics), kind, -1);
                originals[language].Add(i);
                if (rng.Chance(0.02)) syndicated[language].Add(i);
                continue;
            }
            var pool = syndicated[language].Count > 0 && rng.Chance(options.SyndicatedShare) ? syndicated[language] : originals[language];
            var source = rng.Pick(pool);
            // A site does not reprint its own story: the reuser lives on another site of the same language.
            for (var attempt = 0; attempt < 64 && (site == documents[source].Site || sites[site].Language != sites[documents[source].Site].Language); attempt++)
                site = siteSizes.Next(rng);
            if (site == documents[source].Site || sites[site].Language != sites[documents[source].Site].Language)
            {
                documents[i] = new DocumentPlan(i, site, rng.Next(topics), ReuseKind.Original, -1);
                originals[(int)sites[site].Language].Add(i);
                continue;
            }
            var topic = kind == ReuseKind.Copy ? documents[source].Topic : rng.Next(topics);
            documents[i] = new DocumentPlan(i, site, topic, kind, source);
            planted.Add(new PlantedReuse(source, i, kind));
        }
        return new CorpusPlan(options, sites, documents, planted);
    }
}
