namespace Lineage.Scanning;

public enum ScanStage
{
    Reading,
    Extracting,
    Fingerprinting,
    Pairing,
    Aligning,
    /// <summary>Sentences of rewrite candidates and of pairs verbatim passages leave partly uncovered matched (<see cref="Pipeline.RewriteStage"/>).</summary>
    Rewriting,
    /// <summary>Stories, quotes, facts, names and provenance, in steps (<see cref="Analysis.CorpusAnalyzer"/>).</summary>
    Analysing,
}

/// <summary>How far a stage has come: <paramref name="Done"/> of <paramref name="Total"/> items.</summary>
public readonly record struct ScanProgress(ScanStage Stage, long Done, long Total);
