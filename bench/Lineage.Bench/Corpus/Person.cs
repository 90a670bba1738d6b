namespace Lineage.Bench.Corpus;

/// <summary>Someone a story quotes: named in full with their role at first mention, by surname after.</summary>
public sealed record Person(string First, string Last, string Role)
{
    public string FullName => $"{First} {Last}";
}
