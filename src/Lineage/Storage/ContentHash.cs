using System.Security.Cryptography;
using System.Text;

namespace Lineage.Storage;

/// <summary>
/// What makes two documents "the same" for a store: SHA-256 of the decoded text in UTF-8, so one
/// file added twice (or under another name, or re-encoded) is stored once.
/// </summary>
public static class ContentHash
{
    public static byte[] Of(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    public static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);
}
