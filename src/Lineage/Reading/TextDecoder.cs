using System.Text;
using System.Text.RegularExpressions;

namespace Lineage.Reading;

/// <summary>
/// Bytes to text: a byte-order mark if there is one, else UTF-8 if the bytes are valid UTF-8,
/// else the charset the transport declares (an HTTP Content-Type read from a web archive), else the
/// charset an HTML page declares (UTF-8 too: then a bad byte becomes U+FFFD, with a warning), else
/// Windows-1252 (which the web mislabels as Latin-1).
/// </summary>
public static partial class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The decoded text and the encoding's name; a warning when the guess was a fallback.</summary>
    public readonly record struct Decoded(string Text, string EncodingName, string? Warning);

    /// <summary>True when the bytes look like a binary file rather than text.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (HasUtf16Bom(bytes)) return false;
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0) return true;
            if (b < 9 || b is > 13 and < 32 and not 27) control++;
        }
        return control > head.Length / 10;
    }

    /// <param name="bytes">The file or payload.</param>
    /// <param name="isHtml">True to honour a charset the page declares in a meta tag.</param>
    /// <param name="transportCharset">The charset the page came with, e.g. from its HTTP Content-Type; it
    /// outranks the meta tag, as in the HTML standard's encoding sniffing (§13.2.3.2).</param>
    public static Decoded Decode(byte[] bytes, bool isHtml, string? transportCharset = null)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(Utf8Bom)) return new(StrictOrLenient(bytes, 3), "utf-8", null);
        if (span.StartsWith(new byte[] { 0xFF, 0xFE })) return new(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "utf-16le", null);
        if (span.StartsWith(new byte[] { 0xFE, 0xFF })) return new(Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "utf-16be", null);

        try
        {
            return new(StrictUtf8.GetString(bytes), "utf-8", null);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: fall through to the declared or the usual legacy encoding.
        }

        // Not UTF-8, yet declared: by the transport first, then by the page (§13.2.3.2). A page that
        // declares UTF-8 and holds a stray bad byte is UTF-8 with one replacement char, not a
        // legacy page; a charset .NET cannot decode (UTF-7, withdrawn for security) is said, not thrown.
        string? unsupported = null;
        foreach (var name in (ReadOnlySpan<string?>)[transportCharset, isHtml ? DeclaredCharset(bytes) : null])
        {
            if (name is null) continue;
            if (TryGetEncoding(name, out var refused) is not { } declared)
            {
                if (refused) unsupported ??= name.Trim().Trim('"', '\'');
                continue;
            }
            if (declared.CodePage == Encoding.UTF8.CodePage)
                return new(Encoding.UTF8.GetString(bytes), "utf-8", "not valid UTF-8 although it declares UTF-8; bad bytes read as U+FFFD");
            return new(declared.GetString(bytes), declared.WebName, null);
        }

        var windows1252 = Encoding.GetEncoding(1252);
        return new(windows1252.GetString(bytes), "windows-1252", unsupported is null
            ? "not valid UTF-8; decoded as Windows-1252"
            : $"declares charset '{unsupported}', which Lineage cannot decode, and is not valid UTF-8; decoded as Windows-1252");
    }

    private static bool HasUtf16Bom(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));

    private static string StrictOrLenient(byte[] bytes, int offset)
    {
        try
        {
            return StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.UTF8.GetString(bytes, offset, bytes.Length - offset);
        }
    }

    private static string? DeclaredCharset(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = CharsetPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The encoding of a charset name; null, and <paramref name="refused"/> true, for one .NET knows but will not decode (UTF-7).</summary>
    private static Encoding? TryGetEncoding(string name, out bool refused)
    {
        refused = false;
        try
        {
            return Encoding.GetEncoding(name.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            // A name no registry knows (a typo, an invented label): as if none were declared.
            return null;
        }
        catch (NotSupportedException)
        {
            refused = true;
            return null;
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();
}
