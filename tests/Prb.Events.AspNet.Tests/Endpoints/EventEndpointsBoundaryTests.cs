using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Prb.Events.AspNet.Tests.TestSupport;
using Prb.Events.Export;
using Prb.Events.Hosting;

namespace Prb.Events.AspNet.Tests.Endpoints;

/// <summary>The read endpoints at their edges, one behaviour each: every field of a summary, links behind a path
/// base, what each problem says, an item id that is no id, formats that refuse, the filtered feed's Last-Modified.</summary>
public sealed class EventEndpointsBoundaryTests
{
    private static readonly Instant LoadedAt = Instant.FromUtc(2011, 11, 8, 12, 0);

    private static Event Training(string id, Instant lastModified, string zone = "Europe/Warsaw") =>
        Event.CreateBuilder(new EventId(id), "Szkolenie " + id)
            .OfKind(EventKind.Training)
            .InZone(zone)
            .On(new LocalDate(2012, 3, 20), new LocalTime(9, 0), new LocalTime(15, 0))
            .LastModifiedAt(lastModified)
            .Build();

    private static Task<WebApplication> HostAsync(Event[] events, Action<WebApplication>? map = null, params IEventExportFormat[] formats) =>
        TestHost.StartAsync(
            s =>
            {
                s.AddSingleton<IEventCatalog>(new InMemoryEventCatalog(events, LoadedAt));
                var builder = s.AddPrbEvents();
                foreach (var format in formats)
                {
                    builder.AddExportFormat(format);
                }
            },
            map);

    [Fact]
    public async Task A_summary_carries_every_field_of_the_event_and_a_link_per_format()
    {
        await using var app = await HostAsync([Seed.Event], formats: new CountingFormat());
        var e = Seed.Event;

        var page = JsonDocument.Parse(await app.Client().GetStringAsync("/events")).RootElement;

        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(e.Id.Value, item.GetProperty("id").GetString());
        Assert.Equal(Seed.Slug, item.GetProperty("slug").GetString());
        Assert.Equal("Biblioteki w partnerstwach lokalnych – dobre praktyki", item.GetProperty("title").GetString());
        Assert.Equal("II Konferencja Regionalna PRB", item.GetProperty("edition").GetString());
        Assert.Equal("conference", item.GetProperty("kind").GetString());
        Assert.Equal("scheduled", item.GetProperty("status").GetString());
        Assert.Equal("Europe/Warsaw", item.GetProperty("timeZone").GetString());
        Assert.Equal("2011-11-09T10:00:00+01:00", item.GetProperty("start").GetString());
        Assert.Equal("2011-11-09T14:30:00+01:00", item.GetProperty("end").GetString());
        Assert.Equal(e.Venue!.ToString(), item.GetProperty("venue").GetString());
        Assert.Equal(
            ["Dolnośląska Biblioteka Publiczna im. Tadeusza Mikulskiego we Wrocławiu"],
            item.GetProperty("organizers").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(["dolnoslaskie"], item.GetProperty("regions").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(e.Audiences.Select(EnumTokens.ToToken), item.GetProperty("audiences").EnumerateArray().Select(a => a.GetString()));
        var links = item.GetProperty("links");
        Assert.Equal("/events/" + Seed.Slug, links.GetProperty("self").GetString());
        Assert.Equal($"/events/{Seed.Slug}.json", links.GetProperty("json").GetString());
        Assert.Equal($"/events/{Seed.Slug}.txt", links.GetProperty("txt").GetString());
    }

    [Fact]
    public async Task An_event_without_a_complete_schedule_is_listed_without_start_and_end()
    {
        await using var app = await HostAsync([Training("nigdzie", LoadedAt, "Europe/Nowhere")]);

        var page = JsonDocument.Parse(await app.Client().GetStringAsync("/events")).RootElement;

        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("start").ValueKind);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("end").ValueKind);
    }

    [Theory]
    [InlineData("/biblioteka/events")]
    [InlineData("/biblioteka/events/")]
    public async Task Links_keep_the_path_base_and_drop_a_trailing_slash(string path)
    {
        await using var app = await HostAsync([Seed.Event], a =>
        {
            a.UsePathBase("/biblioteka");
            a.UseRouting();
            a.MapPrbEvents();
        });

        var page = JsonDocument.Parse(await app.Client().GetStringAsync(path)).RootElement;

        var links = Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("links");
        Assert.Equal("/biblioteka/events/" + Seed.Slug, links.GetProperty("self").GetString());
        Assert.Equal($"/biblioteka/events/{Seed.Slug}.json", links.GetProperty("json").GetString());
    }

    [Fact]
    public async Task A_bad_parameter_is_400_titled_and_explained()
    {
        await using var app = await HostAsync([Seed.Event]);

        using var response = await app.Client().GetAsync("/events?kind=kongres");

        var problem = await Problems.ProblemAsync(response, HttpStatusCode.BadRequest, "Invalid query parameter");
        Assert.Equal("kind", problem.GetProperty("parameter").GetString());
        Assert.Contains("kongres", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/events/nie-ma-takiego")]
    [InlineData("/events/nie-ma-takiego.json")]
    [InlineData("/events/nie-ma-takiego.stamp")]
    [InlineData("/events/nie-ma-takiego/agenda/przerwa-kawowa.stamp")]
    public async Task An_unknown_event_is_404_saying_so(string path)
    {
        await using var app = await HostAsync([Seed.Event], formats: new StampingFormat());

        using var response = await app.Client().GetAsync(path);

        var problem = await Problems.ProblemAsync(response, HttpStatusCode.NotFound, "Unknown event");
        Assert.Equal("No event has this slug.", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("nie-ma-takiego")]
    [InlineData("Nie_Id")]
    [InlineData("%C5%BC%C3%B3%C5%82w")]
    public async Task An_agenda_item_id_that_is_unknown_or_no_id_is_404_not_500(string itemId)
    {
        await using var app = await HostAsync([Seed.Event], formats: new StampingFormat());

        using var response = await app.Client().GetAsync($"/events/{Seed.Slug}/agenda/{itemId}.stamp");

        var problem = await Problems.ProblemAsync(response, HttpStatusCode.NotFound, "Unknown agenda item");
        Assert.Equal("The event has no agenda item with this id.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_Accept_nothing_matches_is_406_naming_what_is_available()
    {
        await using var app = await HostAsync([Seed.Event], formats: new CountingFormat());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/events/" + Seed.Slug);
        request.Headers.TryAddWithoutValidation("Accept", "image/png");

        using var response = await app.Client().SendAsync(request);

        var problem = await Problems.ProblemAsync(response, HttpStatusCode.NotAcceptable, "Not acceptable");
        Assert.Equal(
            "None of the requested media types is available. Available: application/json; charset=utf-8, text/plain; charset=utf-8.",
            problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_body_and_the_download_of_one_event_differ_in_their_disposition_only()
    {
        await using var app = await HostAsync([Seed.Event]);
        var client = app.Client();

        using var download = await client.GetAsync($"/events/{Seed.Slug}.json");
        using var body = await client.GetAsync("/events/" + Seed.Slug);

        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Null(body.Content.Headers.ContentDisposition);
        Assert.Equal(await download.Content.ReadAsByteArrayAsync(), await body.Content.ReadAsByteArrayAsync());
        Assert.Equal(download.Headers.ETag, body.Headers.ETag);
    }

    [Theory]
    [InlineData("argument")]
    [InlineData("not-supported")]
    public async Task A_format_that_refuses_with_its_documented_exception_is_404_naming_the_format_and_why(string how)
    {
        await using var app = await HostAsync([Seed.Event], formats: new RefusingFormat(how));

        using var response = await app.Client().GetAsync($"/events/{Seed.Slug}.refuse");

        var problem = await Problems.ProblemAsync(response, HttpStatusCode.NotFound, "Not available in this format");
        Assert.StartsWith("This cannot be written as refuse: Tego nie da się zapisać.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filtered_feed_is_sent_as_of_the_latest_change_among_its_events()
    {
        var earlier = Instant.FromUtc(2012, 1, 2, 3, 4, 5);
        var later = Instant.FromUtc(2013, 6, 7, 8, 9, 10);
        var seed = Seed.Event.ToBuilder().LastModifiedAt(Instant.FromUtc(2020, 1, 1, 0, 0)).Build();
        await using var app = await HostAsync([Training("a", earlier), Training("b", later), seed], formats: new StampingFormat());
        var client = app.Client();

        using var filtered = await client.GetAsync("/events/calendar.stamp?kind=training");
        using var none = await client.GetAsync("/events/calendar.stamp?kind=festival");
        using var all = await client.GetAsync("/events/calendar.stamp");

        Assert.Equal(later.ToDateTimeOffset(), filtered.Content.Headers.LastModified);
        Assert.Equal($"feed a b @ {later}", await filtered.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Equal(Instant.FromUtc(2020, 1, 1, 0, 0).ToDateTimeOffset(), none.Content.Headers.LastModified);
        Assert.Equal(Instant.FromUtc(2020, 1, 1, 0, 0).ToDateTimeOffset(), all.Content.Headers.LastModified);
    }

    private sealed class RefusingFormat(string how) : IEventExportFormat
    {
        public string Name => "refuse";

        public string MediaType => "text/plain";

        public string FileExtension => ".refuse";

        public EventExportScopes Scopes => EventExportScopes.Event;

        public ValueTask WriteEventAsync(Event @event, Stream destination, CancellationToken cancellationToken = default) =>
            how == "argument"
                ? throw new ArgumentException("Tego nie da się zapisać.", nameof(@event))
                : throw new NotSupportedException("Tego nie da się zapisać.");

        public ValueTask WriteAgendaItemAsync(Event @event, AgendaItemId itemId, Stream destination, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public ValueTask WriteFeedAsync(EventFeed feed, Stream destination, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
