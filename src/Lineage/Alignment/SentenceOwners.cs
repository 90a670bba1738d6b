namespace Lineage.Alignment;

/// <summary>
/// Which verbatim passage, if any, holds each sentence of one side: the passage holding most of
/// its words, if that is at least half of them. A sentence pair whose sentences have the same
/// owner is one the verbatim alignment already found.
/// </summary>
public static class SentenceOwners
{
    public const int None = -1;

    /// <summary>The owner of each sentence, as an index into <paramref name="verbatim"/>, or <see cref="None"/>.</summary>
    public static int[] Of(IReadOnlyList<Sentence> sentences, IReadOnlyList<Passage> verbatim, bool sideA)
    {
        var owners = new int[sentences.Count];
        for (var k = 0; k < sentences.Count; k++)
        {
            owners[k] = None;
            var best = 0;
            var words = sentences[k].Words;
            for (var v = 0; v < verbatim.Count; v++)
            {
                var overlap = words.Overlap(sideA ? verbatim[v].WordsA : verbatim[v].WordsB);
                if (2 * overlap < words.Length || overlap <= best) continue;
                best = overlap;
                owners[k] = v;
            }
        }
        return owners;
    }
}
