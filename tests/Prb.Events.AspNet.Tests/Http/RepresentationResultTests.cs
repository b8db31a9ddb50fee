using System.Text;
using Microsoft.AspNetCore.Http;
using NodaTime;
using Prb.Events.AspNet.Http;

namespace Prb.Events.AspNet.Tests.Http;

/// <summary>What a representation's answer sends: the headers of a 200, of a 304 and of HEAD, and the body.</summary>
public sealed class RepresentationResultTests
{
    private static readonly Instant Modified = Instant.FromUtc(2011, 11, 8, 12, 0);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("Żółw czyta dzieciom 📚\n");

    private static async Task<(HttpResponse Response, byte[] Body)> ExecuteAsync(
        Representation representation, string method = "GET", TimeSpan? maxAge = null, Action<IHeaderDictionary>? request = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        request?.Invoke(context.Request.Headers);
        var body = new MemoryStream();
        context.Response.Body = body;

        await new RepresentationResult(representation, maxAge ?? TimeSpan.FromMinutes(5)).ExecuteAsync(context);

        return (context.Response, body.ToArray());
    }

    [Fact]
    public async Task A_GET_is_200_with_the_body_its_type_length_and_validators()
    {
        var representation = new Representation(Body, "text/plain; charset=utf-8", Modified);

        var (response, body) = await ExecuteAsync(representation);

        Assert.Equal(StatusCodes.Status200OK, response.StatusCode);
        Assert.Equal(Body, body);
        Assert.Equal("text/plain; charset=utf-8", response.ContentType);
        Assert.Equal(Body.Length, response.ContentLength);
        Assert.Equal(representation.ETag, response.Headers.ETag.ToString());
        Assert.Equal("Tue, 08 Nov 2011 12:00:00 GMT", response.Headers.LastModified.ToString());
        Assert.Equal("public, max-age=300", response.Headers.CacheControl.ToString());
        Assert.Equal("Accept", response.Headers.Vary.ToString());
        Assert.Equal(0, response.Headers.ContentDisposition.Count);
    }

    [Fact]
    public async Task A_HEAD_sends_the_length_of_the_body_and_no_body()
    {
        var (response, body) = await ExecuteAsync(new Representation(Body, "text/plain", Modified), "HEAD");

        Assert.Equal(StatusCodes.Status200OK, response.StatusCode);
        Assert.Equal(Body.Length, response.ContentLength);
        Assert.Empty(body);
    }

    [Fact]
    public async Task A_matching_If_None_Match_is_304_with_the_validators_and_Vary_and_no_body()
    {
        var representation = new Representation(Body, "text/plain", Modified, "plik.txt");

        var (response, body) = await ExecuteAsync(representation, request: h => h.IfNoneMatch = representation.ETag);

        Assert.Equal(StatusCodes.Status304NotModified, response.StatusCode);
        Assert.Empty(body);
        Assert.Equal(representation.ETag, response.Headers.ETag.ToString());
        Assert.Equal("Tue, 08 Nov 2011 12:00:00 GMT", response.Headers.LastModified.ToString());
        Assert.Equal("public, max-age=300", response.Headers.CacheControl.ToString());
        Assert.Equal("Accept", response.Headers.Vary.ToString());
        Assert.Null(response.ContentType);
        Assert.Null(response.ContentLength);
        Assert.Equal(0, response.Headers.ContentDisposition.Count);
    }

    [Fact]
    public async Task A_download_sends_its_Content_Disposition()
    {
        var representation = new Representation(Body, "text/plain", Modified, "plik.txt");

        var (response, _) = await ExecuteAsync(representation);

        Assert.Equal(representation.ContentDispositionHeader, response.Headers.ContentDisposition.ToString());
    }

    [Fact]
    public async Task Each_answer_sends_its_own_max_age_whole_seconds()
    {
        var representation = new Representation(Body, "text/plain", Modified);

        var (oneMinute, _) = await ExecuteAsync(representation, maxAge: TimeSpan.FromSeconds(60.9));
        var (oneHour, _) = await ExecuteAsync(representation, maxAge: TimeSpan.FromHours(1));
        var (oneMinuteAgain, _) = await ExecuteAsync(representation, maxAge: TimeSpan.FromSeconds(60.9));

        Assert.Equal("public, max-age=60", oneMinute.Headers.CacheControl.ToString());
        Assert.Equal("public, max-age=3600", oneHour.Headers.CacheControl.ToString());
        Assert.Equal("public, max-age=60", oneMinuteAgain.Headers.CacheControl.ToString());
    }

    [Fact]
    public async Task No_context_is_refused_naming_it()
    {
        var result = new RepresentationResult(new Representation(Body, "text/plain", Modified), TimeSpan.Zero);

        var e = await Assert.ThrowsAsync<ArgumentNullException>(() => result.ExecuteAsync(null!));

        Assert.Equal("httpContext", e.ParamName);
    }
}
