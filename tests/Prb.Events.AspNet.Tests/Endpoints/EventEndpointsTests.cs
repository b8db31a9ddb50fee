using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Prb.Events.Hosting;
using Prb.Events.AspNet.Tests.TestSupport;

namespace Prb.Events.AspNet.Tests.Endpoints;

public sealed class EventEndpointsTests : IAsyncLifetime
{
    private static readonly Instant LoadedAt = Instant.FromUtc(2011, 11, 8, 12, 0);
    private readonly CountingFormat _text = new();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var other = Event.CreateBuilder(new EventId("szkolenie-opole-2012"), "Szkolenie dla bibliotekarzy")
            .OfKind(EventKind.Training)
            .InZone("Europe/Warsaw")
            .On(new LocalDate(2012, 3, 20), new LocalTime(9, 0), new LocalTime(15, 0))
            .Build();
        _app = await TestHost.StartAsync(s =>
        {
            s.AddSingleton<IEventCatalog>(new InMemoryEventCatalog([Seed.Event, other], LoadedAt));
            s.AddPrbEvents(o => o.MaxPageSize = 50).AddExportFormat(_text, "{slug}.txt", "{slug}/plain.txt");
        });
        _client = _app.Client();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task List_ReturnsEveryEventInOrder()
    {
        var page = await GetJsonAsync("/events");

        Assert.Equal(2, page.GetProperty("total").GetInt32());
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(Seed.Slug, items[0].GetProperty("slug").GetString());
        Assert.Equal("2011-11-09T10:00:00+01:00", items[0].GetProperty("start").GetString());
        Assert.Equal("/events/" + Seed.Slug + ".txt", items[0].GetProperty("links").GetProperty("txt").GetString());
        Assert.Equal(["dolnoslaskie"], items[0].GetProperty("regions").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory]
    [InlineData("?from=2011-11-09&to=2011-11-09", new[] { Seed.Slug })]
    [InlineData("?from=2011-11-10", new[] { "szkolenie-opole-2012" })]
    [InlineData("?to=2011-11-08", new string[0])]
    [InlineData("?from=2011-11-09&to=2011-11-09&tz=Pacific/Kiritimati", new[] { Seed.Slug })]
    [InlineData("?from=2011-11-10&to=2011-11-10&tz=Pacific/Kiritimati", new[] { Seed.Slug })]
    [InlineData("?from=2011-11-10&to=2011-11-10", new string[0])]
    [InlineData("?kind=training", new[] { "szkolenie-opole-2012" })]
    [InlineData("?region=dolnoslaskie", new[] { Seed.Slug })]
    [InlineData("?region=opolskie", new string[0])]
    [InlineData("?organizer=dbp-wroclaw", new[] { Seed.Slug })]
    [InlineData("?organizer=mikulskiego", new[] { Seed.Slug })]
    [InlineData("?pageSize=1", new[] { Seed.Slug })]
    [InlineData("?pageSize=1&page=2", new[] { "szkolenie-opole-2012" })]
    [InlineData("?page=3&pageSize=50", new string[0])]
    public async Task List_Filters(string query, string[] expected)
    {
        var page = await GetJsonAsync("/events" + query);

        Assert.Equal(expected, page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
    }

    [Theory]
    [InlineData("?from=9.11.2011", "from")]
    [InlineData("?from=2011-11-10&to=2011-11-09", "to")]
    [InlineData("?tz=Europe/Wroclaw", "tz")]
    [InlineData("?kind=congress", "kind")]
    [InlineData("?region=silesia", "region")]
    [InlineData("?page=0", "page")]
    [InlineData("?page=x", "page")]
    [InlineData("?pageSize=51", "pageSize")]
    [InlineData("?pageSize=-1", "pageSize")]
    [InlineData("?colour=red", "colour")]
    [InlineData("?kind=training&kind=conference", "kind")]
    [InlineData("?audience=kids", "audience")]
    [InlineData("?q=%C5%BC%C3%B3%C5%82w&q=zolw", "q")]
    public async Task List_BadParameter_Is400ProblemNamingIt(string query, string parameter)
    {
        var response = await _client.GetAsync("/events" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Get_ReturnsTheDocument()
    {
        var response = await _client.GetAsync("/events/" + Seed.Slug);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(EventDocumentSerializer.Write(Seed.Event), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_NegotiatesARegisteredFormat()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/events/" + Seed.Slug);
        request.Headers.Accept.ParseAdd("text/html;q=0.9, text/plain;q=0.5");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Seed.Event.FullTitle + "\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_UnsupportedAccept_Is406Problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/events/" + Seed.Slug);
        request.Headers.Accept.ParseAdd("image/png");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/events/nie-ma-takiego")]
    [InlineData("/events/nie-ma-takiego.txt")]
    [InlineData("/events/nie-ma-takiego/plain.txt")]
    [InlineData("/events/%C5%BC%C3%B3%C5%82w")]
    public async Task UnknownSlug_Is404Problem(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CustomFormat_IsServedAtItsRoutesAsADownload()
    {
        var response = await _client.GetAsync($"/events/{Seed.Slug}/plain.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{Seed.Slug}.txt", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task ETag_IsStrong_And_IfNoneMatch_Gives304WithoutRerendering()
    {
        var first = await _client.GetAsync($"/events/{Seed.Slug}.txt");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag!.IsWeak);
        Assert.Equal("public, max-age=300", first.Headers.CacheControl?.ToString());
        Assert.Equal(LoadedAt.ToDateTimeOffset(), first.Content.Headers.LastModified);
        var writes = _text.Writes;

        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/events/{Seed.Slug}.txt");
        conditional.Headers.IfNoneMatch.Add(etag);
        var second = await _client.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(writes, _text.Writes);
    }

    [Fact]
    public async Task IfNoneMatch_OtherTag_Gives200()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/events/" + Seed.Slug);
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task IfModifiedSince_NotChanged_Gives304()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/events/" + Seed.Slug);
        request.Headers.IfModifiedSince = LoadedAt.ToDateTimeOffset().AddHours(1);

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task Head_SendsHeadersWithoutBody()
    {
        var get = await _client.GetAsync("/events/" + Seed.Slug);
        var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/events/" + Seed.Slug));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ParallelRequests_GetIdenticalBytes()
    {
        var serial = await _client.GetByteArrayAsync($"/events/{Seed.Slug}.json");

        var parallel = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => _client.GetByteArrayAsync($"/events/{Seed.Slug}.json")));

        Assert.All(parallel, bytes => Assert.Equal(serial, bytes));
    }

    [Theory]
    [InlineData("/events/%2500")]
    [InlineData("/events/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/events/" + Seed.Slug + "%0D%0ASet-Cookie:x=1")]
    [InlineData("/events?page=2147483647&pageSize=50")]
    [InlineData("/events?from=9999-12-31&tz=Etc/GMT-14")]
    [InlineData("/events?from=-9998-01-01")]
    [InlineData("/events/%F0%9F%93%9A.txt")]
    [InlineData("/events/a/b/c")]
    public async Task OddInput_NeverGives500(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.True((int)response.StatusCode < 500, $"{path} gave {(int)response.StatusCode}");
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
