namespace Lineage.Bench.Corpus;

public enum Language
{
    English,
    Arabic,
}
