using System.Collections.Frozen;
using Lineage.Extraction;
using Lineage.Text;

namespace Lineage.Alignment;

/// <summary>
/// Whether an aligned block is reuse or a shared sentence shape. Alignment tolerates substitutions,
/// so two unrelated sentences built on one syntax ("There was a finality in the rhythm of the
/// prayer" / "There was a room in the politics of the assistance") align word for word while only
/// their function words agree. Reuse is carried by content words: the block must hold at least
/// <see cref="AlignmentOptions.MinCarryingWords"/> content words that agree on both sides
/// (identical or a typo apart), and they must be at least <see cref="AlignmentOptions.MinCarryingShare"/>
/// of the content words of the longer side. Function words are the stop words of every language
/// read, so the test needs no language identification.
/// </summary>
internal static class PassageEvidence
{
    public static bool Holds(AlignedBlock block, TokenList a, TokenList b, AlignmentOptions options) =>
        Holds(block, a, b, options, StopWordLists.AnyLanguage);

    internal static bool Holds(AlignedBlock block, TokenList a, TokenList b, AlignmentOptions options, FrozenSet<ulong> functionWords)
    {
        if (options.MinCarryingWords <= 0 && options.MinCarryingShare <= 0) return true;
        // Names are looked at only in the short blocks the name test applies to.
        var checkNames = block.AlignedWords < options.NameCheckedBelowWords;
        var carrying = 0;
        var carryingOutsideNames = 0;
        foreach (var op in block.Ops)
        {
            if (!op.IsAligned || functionWords.Contains(a.Hashes[op.A])) continue;
            carrying++;
            if (checkNames && (!InName(a, op.A, functionWords) || !InName(b, op.B, functionWords))) carryingOutsideNames++;
        }
        if (carrying < options.MinCarryingWords) return false;
        if (checkNames && carryingOutsideNames < options.MinCarryingWords) return false;
        var contentA = ContentWords(a.Hashes, block.WordsA, functionWords);
        var contentB = ContentWords(b.Hashes, block.WordsB, functionWords);
        return carrying >= options.MinCarryingShare * Math.Max(contentA, contentB);
    }

    /// <summary>Whether word i is a capitalised content word next to another in the same sentence: part of a name like "Supreme Court".</summary>
    private static bool InName(TokenList tokens, int i, FrozenSet<ulong> functionWords) =>
        (i > 0 && NameLink(tokens, i - 1, functionWords)) || (i + 1 < tokens.Count && NameLink(tokens, i, functionWords));

    /// <summary>Whether words i and i + 1 are both capitalised content words with no sentence break between them.</summary>
    private static bool NameLink(TokenList tokens, int i, FrozenSet<ulong> functionWords)
    {
        var shapes = tokens.Shapes;
        return (shapes[i] & WordShape.Capitalised) != 0
            && (shapes[i + 1] & (WordShape.Capitalised | WordShape.StartsSentence)) == WordShape.Capitalised
            && !functionWords.Contains(tokens.Hashes[i]) && !functionWords.Contains(tokens.Hashes[i + 1]);
    }

    private static int ContentWords(ReadOnlySpan<ulong> hashes, TokenRange range, FrozenSet<ulong> functionWords)
    {
        var count = 0;
        for (var i = range.Start; i < range.End; i++)
            if (!functionWords.Contains(hashes[i])) count++;
        return count;
    }
}
