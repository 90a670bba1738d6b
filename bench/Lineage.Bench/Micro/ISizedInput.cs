namespace Lineage.Bench.Micro;

/// <summary>A benchmark input that knows how many bytes of text it stands for, for the MB/s column.</summary>
public interface ISizedInput
{
    long Bytes { get; }
}
