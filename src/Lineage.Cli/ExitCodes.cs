namespace Lineage.Cli;

/// <summary>What <c>lineage</c> returns to the shell.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The run finished, but some input could not be read and was skipped.</summary>
    public const int SomeInputSkipped = 1;
    /// <summary>Bad options or nothing usable to work on.</summary>
    public const int Usage = 2;
    /// <summary><c>lineage index check</c> found the store damaged.</summary>
    public const int Damaged = 3;
}
