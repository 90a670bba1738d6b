using Lineage.Extraction;
using Lineage.Provenance;

namespace Lineage.Tests.Provenance;

public class SourceDirectoryTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Resolves_as_a_scan_over_every_document_does(int seed)
    {
        var random = new Random(seed);
        var names = new[] { "South Front", "south front", "Global Research", "FNA", "Al-Alama", null };
        var template = SampleCorpus.Scan.Articles[0];
        var articles = Enumerable.Range(0, 60).Select(_ => template with
        {
            Metadata = new ArticleMetadata { Site = names[random.Next(names.Length)], Title = names[random.Next(names.Length)] },
        }).ToList();
        var directory = new SourceDirectory(articles);

        var resolved = 0;
        for (var self = 0; self < articles.Count; self++)
            foreach (var source in new[] { "South Front", "GLOBAL RESEARCH", "FNA", "Al-Alama", "nowhere" })
            {
                var expected = Naive(articles, self, source);
                Assert.Equal(expected, directory.Resolve(self, source));
                if (expected >= 0) resolved++;
            }
        Assert.True(resolved > 100);
    }

    private static int Naive(IReadOnlyList<ExtractedDocument> articles, int self, string source)
    {
        for (var i = 0; i < articles.Count; i++)
        {
            if (i == self) continue;
            var m = articles[i].Metadata;
            if (string.Equals(m.Site, source, StringComparison.OrdinalIgnoreCase) || string.Equals(m.Title, source, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }
}
