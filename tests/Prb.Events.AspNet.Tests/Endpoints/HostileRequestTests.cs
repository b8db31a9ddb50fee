using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Prb.Events.AspNet.Tests.TestSupport;
using Prb.Events.Export;
using Prb.Events.Hosting;

namespace Prb.Events.AspNet.Tests.Endpoints;

/// <summary>Documents the catalogue accepted and requests a client can send never get a 5xx.</summary>
public sealed class HostileRequestTests
{
    [Fact]
    public async Task An_empty_catalogue_gives_an_empty_feed()
    {
        await using var app = await Host([]);

        var response = await app.Client().GetAsync("/events/calendar.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("BEGIN:VEVENT", text, StringComparison.Ordinal);
        Assert.Equal(DateTimeOffset.UnixEpoch, response.Content.Headers.LastModified);
    }

    [Theory]
    [InlineData("/events/odd-date")]
    [InlineData("/events/odd-date.json")]
    [InlineData("/events/odd-date.ics")]
    [InlineData("/events/calendar.ics")]
    public async Task A_last_change_before_the_HTTP_dates_is_sent_as_their_first(string path)
    {
        var e = Event.CreateBuilder(new EventId("odd-date"), "Stara data")
            .InZone("Europe/Warsaw").On(new LocalDate(2011, 11, 9), new LocalTime(10, 0), new LocalTime(12, 0))
            .LastModifiedAt(EventLimits.MinInstant).Build();
        await using var app = await Host([e]);

        var response = await app.Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DateTimeOffset.UnixEpoch, response.Content.Headers.LastModified);
    }

    [Theory]
    [InlineData("?from=2000-01-01&tz=Etc/GMT-14")]
    [InlineData("?to=2000-01-01&tz=Etc/GMT%2B12")]
    [InlineData("?from=9999-12-31&tz=Pacific/Kiritimati")]
    public async Task Date_filters_at_the_end_of_the_time_line_answer(string query)
    {
        var last = Event.CreateBuilder(new EventId("koniec-czasu"), "Koniec")
            .InZone("America/Los_Angeles").On(EventLimits.MaxDate, new LocalTime(20, 0), new LocalTime(23, 59)).Build();
        await using var app = await Host([Seed.Event, last]);

        var response = await app.Client().GetAsync("/events" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_format_that_refuses_an_event_answers_404_not_500()
    {
        await using var app = await Host([Seed.Event], new RefusingFormat());

        var response = await app.Client().GetAsync($"/events/{Seed.Slug}.refuse");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not available in this format", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/events/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/events/" + Seed.Slug + "/agenda/%3Cb%3E.ics")]
    public async Task Problems_send_nosniff_and_do_not_echo_the_request(string path)
    {
        await using var app = await Host([Seed.Event]);

        var response = await app.Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Representations_send_nosniff_too()
    {
        await using var app = await Host([Seed.Event]);

        var response = await app.Client().GetAsync($"/events/{Seed.Slug}.ics");

        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }

    private static Task<WebApplication> Host(Event[] events, IEventExportFormat? extra = null) =>
        TestHost.StartAsync(s =>
        {
            s.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2026, 11, 29, 12, 0)));
            s.AddSingleton<IEventCatalog>(new InMemoryEventCatalog(events, Instant.FromUtc(2011, 11, 8, 12, 0)));
            var builder = s.AddPrbEvents().AddIcalendar();
            if (extra is not null)
            {
                builder.AddExportFormat(extra);
            }
        });

    private sealed class RefusingFormat : IEventExportFormat
    {
        public string Name => "refuse";

        public string MediaType => "text/plain";

        public string FileExtension => ".refuse";

        public EventExportScopes Scopes => EventExportScopes.Event;

        public ValueTask WriteEventAsync(Event @event, Stream destination, CancellationToken cancellationToken = default) =>
            throw new ArgumentException("An item lasts longer than this format can say.", nameof(@event));

        public ValueTask WriteAgendaItemAsync(Event @event, AgendaItemId itemId, Stream destination, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public ValueTask WriteFeedAsync(EventFeed feed, Stream destination, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
