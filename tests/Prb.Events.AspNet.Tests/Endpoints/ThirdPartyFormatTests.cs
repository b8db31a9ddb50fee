using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Prb.Events.AspNet.Tests.TestSupport;
using Prb.Events.Hosting;

namespace Prb.Events.AspNet.Tests.Endpoints;

/// <summary>The plugin seam is real: a format defined only here (<see cref="CsvAgendaFormat"/>) gets the event, agenda-item
/// and feed routes, with the ETag, 304, HEAD and problem-details behaviour of iCalendar.</summary>
public sealed class ThirdPartyFormatTests : IAsyncLifetime
{
    private readonly CsvAgendaFormat _csv = new();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await TestHost.StartAsync(s =>
        {
            s.AddSingleton<IEventCatalog>(new InMemoryEventCatalog([Seed.Event], Instant.FromUtc(2011, 11, 8, 12, 0)));
            s.AddPrbEvents().AddExportFormat(_csv);
        });
        _client = _app.Client();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public void The_endpoints_package_knows_no_format_package()
    {
        var references = typeof(PrbEventsEndpointRouteBuilderExtensions).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain("Prb.Events.Ical", references);
        Assert.DoesNotContain("Prb.Events.Schedules", references);
        Assert.Contains("Prb.Events.Hosting", references);
    }

    [Theory]
    [InlineData("/events/" + Seed.Slug + ".csv", 6, "prb-2011-11-09-wroclaw.csv")]
    [InlineData("/events/" + Seed.Slug + "/agenda/przerwa-kawowa.csv", 2, "prb-2011-11-09-wroclaw-przerwa-kawowa.csv")]
    [InlineData("/events/calendar.csv", 6, null)]
    public async Task Every_scope_has_its_route(string path, int lines, string? fileName)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("event,item,start,end,title\r\n", text, StringComparison.Ordinal);
        Assert.Equal(lines, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("przerwa-kawowa,2011-11-09T11:30:00+01:00,2011-11-09T12:00:00+01:00,Przerwa kawowa", text, StringComparison.Ordinal);
        Assert.NotNull(response.Headers.ETag);
        Assert.True(response.Headers.ETag!.IsWeak is false);
        Assert.NotNull(response.Content.Headers.LastModified);
    }

    [Theory]
    [InlineData("/events/" + Seed.Slug + ".csv")]
    [InlineData("/events/" + Seed.Slug + "/agenda/przerwa-kawowa.csv")]
    [InlineData("/events/calendar.csv")]
    public async Task A_matching_If_None_Match_is_304_without_rendering_again(string path)
    {
        var first = await _client.GetAsync(path);
        var writes = _csv.Writes;
        using var conditional = new HttpRequestMessage(HttpMethod.Get, path);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await _client.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(writes, _csv.Writes);
    }

    [Theory]
    [InlineData("/events/" + Seed.Slug + ".csv")]
    [InlineData("/events/" + Seed.Slug + "/agenda/przerwa-kawowa.csv")]
    [InlineData("/events/calendar.csv")]
    public async Task HEAD_sends_the_headers_of_GET_and_no_body(string path)
    {
        var get = await _client.GetAsync(path);
        using var head = new HttpRequestMessage(HttpMethod.Head, path);

        var response = await _client.SendAsync(head);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(get.Headers.ETag, response.Headers.ETag);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/events/no-such-event.csv", "Unknown event")]
    [InlineData("/events/no-such-event/agenda/przerwa-kawowa.csv", "Unknown event")]
    [InlineData("/events/" + Seed.Slug + "/agenda/no-such-item.csv", "Unknown agenda item")]
    public async Task Unknown_things_are_404_problems(string path, string title)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(title, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_format_is_offered_by_content_negotiation()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/events/" + Seed.Slug);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
    }
}
