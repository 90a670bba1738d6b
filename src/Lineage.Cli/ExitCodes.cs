namespace Lineage.Cli;

/// <summary>What <c>lineage</c> returns to the shell; the README lists them.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The run finished, but some input could not be read and was skipped.</summary>
    public const int SomeInputSkipped = 1;
    /// <summary>Nothing was done: bad options, an output that cannot be written, or nothing readable.</summary>
    public const int Usage = 2;
    /// <summary><c>lineage index check</c> found the store damaged.</summary>
    public const int Damaged = 3;
    /// <summary>A bug: an error the program did not expect; a one-line message says what it was.</summary>
    public const int InternalError = 4;
}
