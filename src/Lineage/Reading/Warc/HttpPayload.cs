namespace Lineage.Reading.Warc;

/// <summary>
/// The body of an HTTP response as the server meant it: transfer coding (chunked) undone first,
/// then the content codings, last applied first (RFC 9110 §8.4). Either bytes or a problem; a
/// warning when the body was cut short and what arrived is kept.
/// </summary>
internal sealed record HttpPayload(byte[]? Bytes, string? Problem, string? Warning)
{
    public static HttpPayload Decode(HttpResponse response, ReadOnlySpan<byte> body, long maxBytes)
    {
        var cutShort = false;
        byte[] bytes;
        if (response.IsChunked && ChunkedDecoder.Decode(body) is { } chunks)
        {
            bytes = chunks.Bytes;
            cutShort = !chunks.Complete;
        }
        else
        {
            bytes = body.ToArray();
        }

        if (response["Content-Encoding"] is { } encodings)
        {
            var codings = encodings.Split(',');
            for (var i = codings.Length - 1; i >= 0; i--)
            {
                var decoded = ContentDecoder.Decode(bytes, codings[i], maxBytes);
                if (decoded.Problem is { } problem) return new HttpPayload(null, problem, null);
                bytes = decoded.Bytes!;
                cutShort |= decoded.CutShort;
            }
        }
        if (bytes.LongLength > maxBytes)
            return new HttpPayload(null, $"its body of {DocumentReader.Megabytes(bytes.LongLength)} is more than the {DocumentReader.Megabytes(maxBytes)} limit for one document (raise it with --max-doc-mb)", null);
        return new HttpPayload(bytes, null, cutShort ? "its body is cut short; read as far as it goes" : null);
    }
}
