namespace Lineage.Extraction;

/// <summary>jusText's paragraph classes (Pomikálek 2011, §4.2): content, boilerplate, and the two undecided ones that neighbours settle.</summary>
internal enum BlockClass
{
    Bad,
    Short,
    NearGood,
    Good,
}
