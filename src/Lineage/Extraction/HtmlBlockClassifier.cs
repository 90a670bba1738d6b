namespace Lineage.Extraction;

/// <summary>
/// jusText's block classification (Pomikálek 2011, §4.2–4.3): each block first on its own, from its
/// length, link density and stop-word density; then the short and near-good blocks take the class
/// of their neighbours, and headings close before good text become content. The stop-word
/// thresholds are in units of the page language's list, calibrated for stopwords-iso (whose
/// English list has some 1,300 words, where jusText's has 300, so its 0.30/0.32 become higher).
/// </summary>
internal static class HtmlBlockClassifier
{
    public sealed record Thresholds(
        double StopLow = 0.42,
        double StopHigh = 0.48,
        int LengthLow = 70,
        int LengthHigh = 200,
        double MaxLinkDensity = 0.2,
        int MaxHeadingDistance = 200);

    public static void Classify(List<HtmlBlock> blocks, Thresholds t)
    {
        foreach (var block in blocks) block.Initial = Initial(block, t);
        var classes = new BlockClass[blocks.Count];
        for (var i = 0; i < blocks.Count; i++) classes[i] = blocks[i].Initial;

        // Headings shortly before good text are near-good (jusText's "good headings" pass).
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!blocks[i].IsHeading || classes[i] != BlockClass.Short) continue;
            var distance = 0;
            for (var j = i + 1; j < blocks.Count && distance <= t.MaxHeadingDistance; j++)
            {
                if (classes[j] == BlockClass.Good)
                {
                    classes[i] = BlockClass.NearGood;
                    break;
                }
                distance += blocks[j].Text.Length;
            }
        }

        var revised = (BlockClass[])classes.Clone();
        var neighbours = new Neighbours(classes);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (classes[i] != BlockClass.Short) continue;
            var previous = neighbours.Previous(i, ignoreNearGood: true);
            var next = neighbours.Next(i, ignoreNearGood: true);
            if (previous == BlockClass.Good && next == BlockClass.Good) revised[i] = BlockClass.Good;
            else if (previous == BlockClass.Bad && next == BlockClass.Bad) revised[i] = BlockClass.Bad;
            else if ((previous == BlockClass.Bad && neighbours.Previous(i, ignoreNearGood: false) == BlockClass.NearGood)
                     || (next == BlockClass.Bad && neighbours.Next(i, ignoreNearGood: false) == BlockClass.NearGood))
                revised[i] = BlockClass.Good;
            else revised[i] = BlockClass.Bad;
        }
        classes = revised;

        revised = (BlockClass[])classes.Clone();
        neighbours = new Neighbours(classes);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (classes[i] != BlockClass.NearGood) continue;
            var previous = neighbours.Previous(i, ignoreNearGood: true);
            var next = neighbours.Next(i, ignoreNearGood: true);
            revised[i] = previous == BlockClass.Bad && next == BlockClass.Bad ? BlockClass.Bad : BlockClass.Good;
        }
        classes = revised;

        // Headings judged bad only through their neighbours get another chance before good text.
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!blocks[i].IsHeading || classes[i] != BlockClass.Bad || blocks[i].Initial == BlockClass.Bad) continue;
            var distance = 0;
            for (var j = i + 1; j < blocks.Count && distance <= t.MaxHeadingDistance; j++)
            {
                if (classes[j] == BlockClass.Good)
                {
                    classes[i] = BlockClass.Good;
                    break;
                }
                distance += blocks[j].Text.Length;
            }
        }
        for (var i = 0; i < blocks.Count; i++) blocks[i].Final = classes[i];
    }

    private static BlockClass Initial(HtmlBlock block, Thresholds t)
    {
        var length = block.Text.Length;
        if (block.LinkDensity > t.MaxLinkDensity) return BlockClass.Bad;
        if (block.Text.Contains('\u00A9') || block.Text.Contains("&copy")) return BlockClass.Bad;
        if (length < t.LengthLow) return block.LinkChars > 0 ? BlockClass.Bad : BlockClass.Short;
        var density = block.StopWordDensity;
        if (density >= t.StopHigh) return length > t.LengthHigh ? BlockClass.Good : BlockClass.NearGood;
        if (density >= t.StopLow) return BlockClass.NearGood;
        return BlockClass.Bad;
    }

    /// <summary>
    /// For each block, the class of the nearest earlier and later block that is not short (nor
    /// near-good, if asked); bad past the page's ends. Worked out once in two sweeps, so a page of
    /// 200,000 short blocks does not look through all of them for each.
    /// </summary>
    private sealed class Neighbours
    {
        private readonly BlockClass[] previous, next, previousOrNearGood, nextOrNearGood;

        public Neighbours(BlockClass[] classes)
        {
            var n = classes.Length;
            previous = new BlockClass[n];
            next = new BlockClass[n];
            previousOrNearGood = new BlockClass[n];
            nextOrNearGood = new BlockClass[n];
            BlockClass strict = BlockClass.Bad, loose = BlockClass.Bad;
            for (var i = 0; i < n; i++)
            {
                previous[i] = strict;
                previousOrNearGood[i] = loose;
                if (classes[i] != BlockClass.Short) loose = classes[i];
                if (classes[i] is not (BlockClass.Short or BlockClass.NearGood)) strict = classes[i];
            }
            strict = loose = BlockClass.Bad;
            for (var i = n - 1; i >= 0; i--)
            {
                next[i] = strict;
                nextOrNearGood[i] = loose;
                if (classes[i] != BlockClass.Short) loose = classes[i];
                if (classes[i] is not (BlockClass.Short or BlockClass.NearGood)) strict = classes[i];
            }
        }

        /// <param name="ignoreNearGood">True to pass over near-good blocks as well as short ones.</param>
        public BlockClass Previous(int i, bool ignoreNearGood) => ignoreNearGood ? previous[i] : previousOrNearGood[i];

        public BlockClass Next(int i, bool ignoreNearGood) => ignoreNearGood ? next[i] : nextOrNearGood[i];
    }
}
