using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Prb.Events.Hosting;
using Prb.Events.AspNet.Tests.TestSupport;
using Prb.Events.Ical;

namespace Prb.Events.AspNet.Tests.DependencyInjection;

public sealed class PrbEventsIcalendarBuilderExtensionsTests : IAsyncLifetime
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 28, 8, 0);
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await TestHost.StartAsync(s =>
        {
            s.AddSingleton<IClock>(new FakeClock(Now));
            s.AddSingleton<IEventCatalog>(new InMemoryEventCatalog([Seed.Event], Instant.FromUtc(2011, 11, 8, 12, 0)));
            // A second call configures the same format: its options win, nothing is registered twice.
            s.AddPrbEvents().AddIcalendar(o => o.UidDomain = "first.example").AddIcalendar(o => o.UidDomain = "example.org").AddIcalendar();
        });
        _client = _app.Client();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task EventIcs_IsTextCalendarWithAFileName()
    {
        var response = await _client.GetAsync($"/events/{Seed.Slug}.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"{Seed.Slug}.ics", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains($"UID:{Seed.Slug}@example.org\r\n", text, StringComparison.Ordinal);
        // DTSTAMP is the entry's last change (the catalogue's load time here), not the host clock's reading.
        Assert.Contains("DTSTAMP:20111108T120000Z\r\n", text, StringComparison.Ordinal);
        Assert.Equal(new IcalendarExporter(new FakeClock(Instant.FromUtc(2011, 11, 8, 12, 0)), new IcalendarExportOptions { UidDomain = "example.org" }).ToUtf8(Seed.Event),
            await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Event_NegotiatesTextCalendar()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/events/" + Seed.Slug);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/calendar"));

        var response = await _client.SendAsync(request);

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AgendaItemIcs_HoldsThatItemOnly()
    {
        var response = await _client.GetAsync($"/events/{Seed.Slug}/agenda/przerwa-kawowa.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(1, text.Split("BEGIN:VEVENT").Length - 1);
        Assert.Contains("SUMMARY:Przerwa kawowa\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Warsaw:20111109T113000\r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/events/" + Seed.Slug + "/agenda/nie-ma.ics")]
    [InlineData("/events/" + Seed.Slug + "/agenda/%20.ics")]
    [InlineData("/events/nie-ma/agenda/przerwa-kawowa.ics")]
    public async Task UnknownItemOrEvent_Is404Problem(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Feed_HoldsTheCatalogueAndAnswersConditionalRequests()
    {
        var response = await _client.GetAsync("/events/calendar.ics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("X-WR-CALNAME", text, StringComparison.Ordinal);
        Assert.Contains("REFRESH-INTERVAL", text, StringComparison.Ordinal);
        Assert.Contains($"UID:{Seed.Slug}@example.org\r\n", text, StringComparison.Ordinal);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/events/calendar.ics");
        conditional.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(conditional)).StatusCode);
    }
}
