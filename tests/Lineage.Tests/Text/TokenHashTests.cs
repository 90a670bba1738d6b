using Lineage.Text;

namespace Lineage.Tests.Text;

/// <summary>
/// The hash values a store keeps on disk, pinned. A store made with one value and read with
/// another would match nothing and say nothing: if any value here changes, the change is a new
/// format, and <see cref="TokenHash.Version"/> must be bumped with it (stores made before are then
/// refused with the command that re-indexes them).
/// </summary>
public class TokenHashTests
{
    [Fact]
    public void Is_the_version_these_values_belong_to() => Assert.Equal(2, TokenHash.Version);

    [Theory]
    [InlineData("", 0x2D06800538D394C2UL)]
    [InlineData("the", 0x99614904B25B8240UL)]
    [InlineData("syria", 0xC82044EC7938BF9CUL)]
    [InlineData("deir", 0x98763381DC57C01DUL)]
    [InlineData("ezzor", 0x666425AB33458F47UL)]
    [InlineData("62", 0xD8BF98BD05829661UL)]
    [InlineData("الزور", 0x10571EE35993C966UL)]
    [InlineData("日", 0xB4F652700F5587D4UL)]
    [InlineData("ß", 0xCD4F957C1871FF4EUL)]
    public void Hashes_a_folded_word_to_its_pinned_value(string folded, ulong expected) =>
        Assert.Equal(expected, TokenHash.Of(folded));

    [Fact]
    public void Hashes_a_word_sequence_to_its_pinned_value_and_in_order()
    {
        ulong[] words = [TokenHash.Of("the"), TokenHash.Of("syria")];
        Assert.Equal(0xC418EB253E0A0634UL, TokenHash.Combine(words));
        Assert.Equal(0x9CA066F1A4AB2EEAUL, TokenHash.Combine([]));
        Assert.NotEqual(TokenHash.Combine(words), TokenHash.Combine([words[1], words[0]]));
    }
}
