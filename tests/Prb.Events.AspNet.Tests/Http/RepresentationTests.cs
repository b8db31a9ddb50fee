using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;
using NodaTime;
using Prb.Events.AspNet.Http;

namespace Prb.Events.AspNet.Tests.Http;

/// <summary>The header values a representation carries: its strong ETag, its HTTP date, its download name.</summary>
public sealed class RepresentationTests
{
    private static readonly Instant Modified = Instant.FromUtc(2011, 11, 8, 12, 0) + Duration.FromMilliseconds(750);

    [Fact]
    public void ETag_is_the_first_128_bits_of_the_SHA256_of_the_body_in_base64url_quoted()
    {
        var tags = new List<string>();
        for (var length = 0; length < 64; length++)
        {
            var body = Enumerable.Range(0, length).Select(i => (byte)(i * 37 + length)).ToArray();
            var expected = "\"" + Base64Url.EncodeToString(SHA256.HashData(body).AsSpan(0, 16)) + "\"";

            var representation = new Representation(body, "text/plain", Modified);

            Assert.Equal(expected, representation.ETag);
            tags.Add(representation.ETag);
        }

        // The bodies above give tags with both characters base64url has in place of '+' and '/'.
        Assert.Contains(tags, t => t.Contains('-', StringComparison.Ordinal));
        Assert.Contains(tags, t => t.Contains('_', StringComparison.Ordinal));
        Assert.All(tags, t => Assert.Equal(24, t.Length));
    }

    [Fact]
    public void EntityTag_is_the_ETag_parsed_and_strong()
    {
        var representation = new Representation(Encoding.UTF8.GetBytes("Zażółć gęślą jaźń 📚"), "text/plain", Modified);

        Assert.Equal(representation.ETag, representation.EntityTag.Tag.ToString());
        Assert.False(representation.EntityTag.IsWeak);
    }

    [Fact]
    public void LastModified_header_is_an_IMF_fixdate_of_the_whole_second()
    {
        var representation = new Representation([1], "text/plain", Modified);

        Assert.Equal("Tue, 08 Nov 2011 12:00:00 GMT", representation.LastModifiedHeader);
        Assert.Equal(Modified, representation.LastModified);
    }

    [Fact]
    public void A_last_change_after_the_HTTP_dates_is_sent_as_their_last()
    {
        var representation = new Representation([1], "text/plain", Instant.MaxValue);

        Assert.Equal("Fri, 31 Dec 9999 23:59:59 GMT", representation.LastModifiedHeader);
        Assert.Equal(Instant.FromUtc(9999, 12, 31, 23, 59, 59), representation.LastModified);
    }

    [Fact]
    public void A_last_change_before_1970_is_sent_as_the_first_HTTP_date()
    {
        var representation = new Representation([1], "text/plain", Instant.FromUtc(1969, 12, 31, 23, 59, 59));

        Assert.Equal("Thu, 01 Jan 1970 00:00:00 GMT", representation.LastModifiedHeader);
        Assert.Equal(Instant.FromUnixTimeSeconds(0), representation.LastModified);
    }

    [Fact]
    public void A_download_is_an_attachment_named_in_any_language()
    {
        const string name = "zażółć-gęślą-📚.ics";

        var representation = new Representation([1], "text/calendar", Modified, name);

        Assert.Equal(name, representation.FileName);
        var disposition = ContentDispositionHeaderValue.Parse(representation.ContentDispositionHeader);
        Assert.Equal("attachment", disposition.DispositionType.ToString());
        Assert.Equal(name, disposition.FileNameStar.ToString());
    }

    [Fact]
    public void A_body_that_is_no_download_has_no_disposition()
    {
        var representation = new Representation([1], "application/json", Modified);

        Assert.Null(representation.FileName);
        Assert.Null(representation.ContentDispositionHeader);
        Assert.Equal("application/json", representation.MediaType);
    }
}
