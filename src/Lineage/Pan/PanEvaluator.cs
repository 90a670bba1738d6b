namespace Lineage.Pan;

/// <summary>
/// Scores detection files against gold files the way PAN's scorer does: all features of each side
/// are pooled and matched by the suspicious document they name (the <c>reference</c> attribute) and
/// their source document, so the gold may be one file per suspicious document (PAN-PC-09/10/11) or
/// one per pair (PAN 2013+), and detections one file per pair either way.
/// </summary>
public static class PanEvaluator
{
    public static PanEvaluation Evaluate(IReadOnlyList<PanXmlFile> gold, IReadOnlyList<PanXmlFile> detectionFiles)
    {
        var cases = new List<PanAnnotation>();
        var caseFiles = new List<string>();
        var goldDocuments = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in gold)
        {
            goldDocuments.Add(file.Reference);
            foreach (var c in file.Annotations)
            {
                cases.Add(c);
                caseFiles.Add(file.Name);
            }
        }
        var detections = new List<PanAnnotation>();
        foreach (var file in detectionFiles) detections.AddRange(file.Annotations);

        var caseIndex = PanMeasures.IndexBySuspicious(cases);
        var detectionIndex = PanMeasures.IndexBySuspicious(detections);
        var results = new List<PanCaseResult>(cases.Count);
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            IReadOnlyList<PanAnnotation> candidates = detectionIndex.TryGetValue(c.Suspicious, out var list) ? list : [];
            results.Add(new PanCaseResult(caseFiles[i], c, PanMeasures.CaseRecall(c, candidates), PanMeasures.CountOverlapping(c, candidates)));
        }

        var clean = new List<string>();
        var cleanSet = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in goldDocuments)
            if (!caseIndex.ContainsKey(document) && cleanSet.Add(document)) clean.Add(document);
        var falseDetections = new List<PanAnnotation>();
        var inClean = new List<PanAnnotation>();
        var withoutGold = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var d in detections)
        {
            IReadOnlyList<PanAnnotation> candidates = caseIndex.TryGetValue(d.Suspicious, out var list) ? list : [];
            if (PanMeasures.CountOverlapping(d, candidates) == 0) falseDetections.Add(d);
            if (cleanSet.Contains(d.Suspicious)) inClean.Add(d);
            if (!goldDocuments.Contains(d.Suspicious)) withoutGold.Add(d.Suspicious);
        }

        return new PanEvaluation
        {
            Overall = PanMeasures.Score(cases, detections),
            ByCategory = ByCategory(cases, detectionIndex),
            Cases = results,
            GoldFiles = gold.Count,
            DetectionFiles = detectionFiles.Count,
            CleanDocuments = clean,
            FalseDetections = falseDetections,
            DetectionsInCleanDocuments = inClean,
            DocumentsWithoutGold = [.. withoutGold],
        };
    }

    /// <summary>
    /// Scores per obfuscation. A corpus mixing obfuscations gives no way to charge a detection that
    /// overlaps no case to one of them, so each category is scored against the detections that
    /// overlap its cases: its recall is exact, and its precision says how tightly those detections
    /// fit. False detections lower the overall precision only.
    /// </summary>
    private static List<PanCategoryScore> ByCategory(List<PanAnnotation> cases, Dictionary<string, List<PanAnnotation>> detectionIndex)
    {
        var named = false;
        var groups = new SortedDictionary<string, List<PanAnnotation>>(StringComparer.Ordinal);
        foreach (var c in cases)
        {
            named |= c.Obfuscation is not null || c.Type is not null;
            if (!groups.TryGetValue(c.Category, out var group)) groups[c.Category] = group = [];
            group.Add(c);
        }
        var scores = new List<PanCategoryScore>(groups.Count);
        if (!named) return scores;
        foreach (var (category, group) in groups)
        {
            var involved = new HashSet<PanAnnotation>(ReferenceEqualityComparer.Instance);
            var relevant = new List<PanAnnotation>();
            foreach (var c in group)
            {
                if (!detectionIndex.TryGetValue(c.Suspicious, out var candidates)) continue;
                foreach (var d in candidates)
                    if (PanMeasures.Overlaps(c, d) && involved.Add(d)) relevant.Add(d);
            }
            scores.Add(new PanCategoryScore(category, PanMeasures.Score(group, relevant)));
        }
        return scores;
    }
}
