using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using NodaTime;
using Prb.Events.AspNet.Http;
using Prb.Events.AspNet.Tests.TestSupport;
using Prb.Events.Hosting;

namespace Prb.Events.AspNet.Tests.Http;

/// <summary>
/// The boundaries of RFC 9110's conditional GET, one behaviour each: what a browser, a proxy or a calendar client
/// sends back, and what must not turn into a 304.
/// </summary>
public sealed class ConditionalRequestTests
{
    private static readonly EntityTagHeaderValue Tag = new("\"abc\"");

    /// <summary>12:00:00.750 UTC: the header says 12:00:00, as HTTP dates have whole seconds.</summary>
    private static readonly Instant LastModified = Instant.FromUtc(2011, 11, 8, 12, 0) + Duration.FromMilliseconds(750);

    private static readonly DateTimeOffset LastModifiedHeader = new(2011, 11, 8, 12, 0, 0, TimeSpan.Zero);

    private static bool IsNotModified(Action<IHeaderDictionary> headers)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Get;
        headers(context.Request.Headers);
        return ConditionalRequest.IsNotModified(context.Request, Tag, LastModified);
    }

    private static string HttpDate(DateTimeOffset value) => HeaderUtilities.FormatDate(value);

    [Fact]
    public void No_conditional_header_is_modified()
    {
        Assert.False(IsNotModified(_ => { }));
    }

    [Fact]
    public void IfNoneMatch_the_same_strong_tag_is_not_modified()
    {
        Assert.True(IsNotModified(h => h.IfNoneMatch = "\"abc\""));
    }

    [Fact]
    public void IfNoneMatch_the_weak_form_of_the_tag_is_not_modified()
    {
        // A proxy or a compressing front end weakens the tag; If-None-Match compares weakly (RFC 9110 13.1.2).
        Assert.True(IsNotModified(h => h.IfNoneMatch = "W/\"abc\""));
    }

    [Fact]
    public void IfNoneMatch_the_tag_later_in_a_list_is_not_modified()
    {
        Assert.True(IsNotModified(h => h.IfNoneMatch = "\"old\", W/\"older\", \"abc\""));
    }

    [Fact]
    public void IfNoneMatch_star_is_not_modified()
    {
        Assert.True(IsNotModified(h => h.IfNoneMatch = "*"));
    }

    [Fact]
    public void IfNoneMatch_another_tag_is_modified()
    {
        Assert.False(IsNotModified(h => h.IfNoneMatch = "\"abd\""));
    }

    [Fact]
    public void IfNoneMatch_a_tag_that_only_starts_like_ours_is_modified()
    {
        Assert.False(IsNotModified(h => h.IfNoneMatch = "\"ab\", \"abcd\""));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("\"abc")]
    [InlineData("W/abc")]
    [InlineData("\"abc\" junk")]
    public void IfNoneMatch_malformed_is_modified(string header)
    {
        Assert.False(IsNotModified(h => h.IfNoneMatch = header));
    }

    [Fact]
    public void IfNoneMatch_that_does_not_match_wins_over_a_later_IfModifiedSince()
    {
        // RFC 9110 13.1.3: a recipient ignores If-Modified-Since when the request has If-None-Match.
        Assert.False(IsNotModified(h =>
        {
            h.IfNoneMatch = "\"abd\"";
            h.IfModifiedSince = HttpDate(LastModifiedHeader.AddDays(1));
        }));
    }

    [Fact]
    public void IfNoneMatch_malformed_wins_over_a_later_IfModifiedSince()
    {
        Assert.False(IsNotModified(h =>
        {
            h.IfNoneMatch = "abc";
            h.IfModifiedSince = HttpDate(LastModifiedHeader.AddDays(1));
        }));
    }

    [Fact]
    public void IfNoneMatch_that_matches_wins_over_an_earlier_IfModifiedSince()
    {
        Assert.True(IsNotModified(h =>
        {
            h.IfNoneMatch = "\"abc\"";
            h.IfModifiedSince = HttpDate(LastModifiedHeader.AddDays(-1));
        }));
    }

    [Fact]
    public void IfModifiedSince_equal_to_LastModified_is_not_modified()
    {
        // The usual browser case: it echoes the Last-Modified it was sent, which dropped the instant's milliseconds.
        Assert.True(IsNotModified(h => h.IfModifiedSince = HttpDate(LastModifiedHeader)));
    }

    [Fact]
    public void IfModifiedSince_one_second_before_LastModified_is_modified()
    {
        Assert.False(IsNotModified(h => h.IfModifiedSince = HttpDate(LastModifiedHeader.AddSeconds(-1))));
    }

    [Fact]
    public void IfModifiedSince_one_second_after_LastModified_is_not_modified()
    {
        Assert.True(IsNotModified(h => h.IfModifiedSince = HttpDate(LastModifiedHeader.AddSeconds(1))));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("Tue, 32 Nov 2011 12:00:00 GMT")]
    [InlineData("2011-11-08T12:00:00Z")]
    [InlineData("")]
    public void IfModifiedSince_malformed_is_modified(string header)
    {
        Assert.False(IsNotModified(h => h.IfModifiedSince = header));
    }

    [Fact]
    public async Task IfModifiedSince_echoing_the_LastModified_sent_gives_304_through_the_endpoint()
    {
        await using var app = await TestHost.StartAsync(s =>
        {
            s.AddSingleton<IEventCatalog>(new InMemoryEventCatalog([Seed.Event], LastModified));
            s.AddPrbEvents();
        });
        var client = app.Client();
        var first = await client.GetAsync("/events/" + Seed.Slug);
        Assert.Equal(LastModifiedHeader, first.Content.Headers.LastModified);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/events/" + Seed.Slug);
        conditional.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        var second = await client.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }
}
