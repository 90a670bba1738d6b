using Lineage.Text;

namespace Lineage.Alignment;

/// <summary>Turns a word alignment into a <see cref="Passage"/> with char spans and grouped edits.</summary>
internal static class PassageBuilder
{
    public static Passage Build(AlignedBlock block, TokenList a, TokenList b)
    {
        var edits = new List<Edit>();
        var identical = 0;
        var ops = block.Ops;
        var i = 0;
        while (i < ops.Count)
        {
            var op = ops[i];
            switch (op.Kind)
            {
                case AlignOpKind.Match:
                    identical++;
                    i++;
                    break;
                case AlignOpKind.Typo:
                    edits.Add(new Edit(EditKind.Typo, a.SpanOf(op.A), b.SpanOf(op.B)));
                    i++;
                    break;
                default:
                    var end = i;
                    while (end < ops.Count && !ops[end].IsAligned) end++;
                    edits.Add(Difference(ops, i, end, a, b));
                    i = end;
                    break;
            }
        }
        var longer = Math.Max(block.WordsA.Length, block.WordsB.Length);
        return new Passage
        {
            A = a.SpanOf(block.WordsA.Start, block.WordsA.End - 1),
            B = b.SpanOf(block.WordsB.Start, block.WordsB.End - 1),
            WordsA = block.WordsA,
            WordsB = block.WordsB,
            AlignedWords = block.AlignedWords,
            Identity = longer == 0 ? 0 : (double)identical / longer,
            Edits = edits,
        };
    }

    /// <summary>A run of unaligned columns [from, to), bounded by aligned words on both sides.</summary>
    private static Edit Difference(List<AlignOp> ops, int from, int to, TokenList a, TokenList b)
    {
        int firstA = -1, lastA = -1, firstB = -1, lastB = -1;
        for (var k = from; k < to; k++)
        {
            var op = ops[k];
            if (op.A >= 0)
            {
                if (firstA < 0) firstA = op.A;
                lastA = op.A;
            }
            if (op.B >= 0)
            {
                if (firstB < 0) firstB = op.B;
                lastB = op.B;
            }
        }
        var spanA = firstA >= 0 ? a.SpanOf(firstA, lastA) : new TextSpan(a.Ends[ops[from - 1].A], 0);
        var spanB = firstB >= 0 ? b.SpanOf(firstB, lastB) : new TextSpan(b.Ends[ops[from - 1].B], 0);
        var kind = firstA >= 0 && firstB >= 0 ? EditKind.Substitution : firstA >= 0 ? EditKind.OnlyInA : EditKind.OnlyInB;
        return new Edit(kind, spanA, spanB);
    }
}
