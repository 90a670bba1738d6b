using System.Text;
using Lineage.Reading.Warc;

namespace Lineage.Tests.Reading;

public class HttpResponseTests
{
    [Fact]
    public void Reads_the_status_fields_and_where_the_body_starts()
    {
        var bytes = "HTTP/1.1 200 OK\r\nContent-Type: text/html; Charset=\"ISO-8859-1\"\r\nX-Folded: one\r\n two\r\nSet-Cookie: a\r\nSet-Cookie: b\r\n\r\n<p>body</p>"u8;
        var response = HttpResponse.Parse(bytes, whole: true, out var problem)!;
        Assert.Null(problem);
        Assert.Equal(200, response.Status);
        Assert.True(response.IsSuccess);
        Assert.True(response.IsHtml);
        Assert.Equal("text/html", response.MediaType);
        Assert.Equal("ISO-8859-1", response.Charset);
        Assert.Equal("one two", response["x-folded"]);
        Assert.Equal("a, b", response["Set-Cookie"]);
        Assert.Equal("<p>body</p>", Encoding.ASCII.GetString(bytes[response.BodyOffset..]));
    }

    [Fact]
    public void Reads_a_head_with_bare_line_feeds_and_http2_status()
    {
        var bytes = "HTTP/2 301\nLocation: https://x.example/\nContent-Type: application/xhtml+xml\n\n"u8;
        var response = HttpResponse.Parse(bytes, whole: true, out _)!;
        Assert.Equal(301, response.Status);
        Assert.False(response.IsSuccess);
        Assert.True(response.IsHtml);
        Assert.Null(response.Charset);
        Assert.Equal(bytes.Length, response.BodyOffset);
    }

    [Fact]
    public void Takes_a_whole_block_without_an_empty_line_as_all_head()
    {
        var bytes = "HTTP/1.0 204 No Content\r\nServer: x"u8;
        var response = HttpResponse.Parse(bytes, whole: true, out _)!;
        Assert.Equal(204, response.Status);
        Assert.Equal(bytes.Length, response.BodyOffset);
    }

    [Fact]
    public void Says_when_the_head_does_not_end_in_the_bytes_given()
    {
        var bytes = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nX-Long: " + new string('x', 2048));
        Assert.Null(HttpResponse.Parse(bytes, whole: false, out var problem));
        Assert.Equal("its HTTP header is longer than 2 KB", problem);
    }
}
