namespace Lineage.Evaluation;

/// <summary>For one metadata field, on how many pages the benchmark gives a value and on how many the extractor's matches it.</summary>
public readonly record struct MetadataAccuracy(string Field, int Expected, int Matched)
{
    public double Accuracy => Expected == 0 ? 0 : (double)Matched / Expected;

    /// <summary>Each field's accuracy over <paramref name="pages"/>; empty when no page has expected metadata.</summary>
    public static IReadOnlyList<MetadataAccuracy> Of(IReadOnlyList<ExtractionPageResult> pages)
    {
        var expected = new int[5];
        var matched = new int[5];
        var any = false;
        foreach (var page in pages)
        {
            if (page.Metadata is not { } match) continue;
            any = true;
            Count(0, match.Title);
            Count(1, match.Byline);
            Count(2, match.SiteName);
            Count(3, match.Published);
            Count(4, match.Language);
        }
        if (!any) return [];
        string[] names = ["title", "byline", "siteName", "published", "language"];
        var fields = new MetadataAccuracy[names.Length];
        for (var i = 0; i < names.Length; i++) fields[i] = new MetadataAccuracy(names[i], expected[i], matched[i]);
        return fields;

        void Count(int field, bool? result)
        {
            if (result is null) return;
            expected[field]++;
            if (result.Value) matched[field]++;
        }
    }
}
