using System.Text;
using NodaTime;
using Prb.Events.AspNet.Endpoints;
using Prb.Events.AspNet.Http;
using Prb.Events.AspNet.Tests.TestSupport;
using Prb.Events.Hosting;

namespace Prb.Events.AspNet.Tests.Endpoints;

/// <summary>What is rendered for an event, an agenda item and a feed: as of which change, under which file name,
/// and which renderings are kept apart.</summary>
public sealed class ExportRendererTests
{
    private static readonly Instant Earlier = Instant.FromUtc(2012, 1, 2, 3, 4, 5);
    private static readonly Instant Later = Instant.FromUtc(2013, 6, 7, 8, 9, 10);
    private static readonly Instant Latest = Instant.FromUtc(2014, 11, 12, 13, 14, 15);

    private static CatalogEntry Entry(Event e, Instant lastModified) => new(e, EventScheduler.Default.Schedule(e), "memory", lastModified);

    private static Event Training(string id, string zone = "Europe/Warsaw") =>
        Event.CreateBuilder(new EventId(id), "Szkolenie " + id)
            .OfKind(EventKind.Training)
            .InZone(zone)
            .On(new LocalDate(2012, 3, 20), new LocalTime(9, 0), new LocalTime(15, 0))
            .Build();

    private static string Text(Representation representation) => Encoding.UTF8.GetString(representation.Body);

    [Fact]
    public async Task An_event_is_written_as_of_its_entry_s_last_change()
    {
        var format = new StampingFormat();

        var representation = await ExportRenderer.EventAsync(Entry(Seed.Event, Earlier), format, download: false);

        Assert.Equal($"event {Seed.Slug} @ {Earlier}", Text(representation));
        Assert.Equal(Earlier, representation.LastModified);
        Assert.Equal(format.MediaType, representation.MediaType);
    }

    [Fact]
    public async Task The_body_and_the_download_of_an_event_are_kept_apart_and_each_rendered_once()
    {
        var format = new StampingFormat();
        var entry = Entry(Seed.Event, Earlier);

        var body = await ExportRenderer.EventAsync(entry, format, download: false);
        var download = await ExportRenderer.EventAsync(entry, format, download: true);

        Assert.Null(body.FileName);
        Assert.Equal(Seed.Slug + ".stamp", download.FileName);
        Assert.Same(body, await ExportRenderer.EventAsync(entry, format, download: false));
        Assert.Same(download, await ExportRenderer.EventAsync(entry, format, download: true));
        Assert.Equal(2, format.Writes);
    }

    [Fact]
    public async Task A_rendering_already_made_is_served_again_without_allocating()
    {
        var format = new StampingFormat();
        var entry = Entry(Seed.Event, Earlier);
        var item = Seed.Event.Agenda[0].Id;
        var snapshot = new EventCatalogSnapshot([entry], 1);
        await ExportRenderer.EventAsync(entry, format, download: true);
        await ExportRenderer.AgendaItemAsync(entry, item, format);
        await ExportRenderer.FeedAsync(snapshot, format);
        Serve(entry, item, snapshot, format);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Serve(entry, item, snapshot, format);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(3, format.Writes);
    }

    /// <summary>Asks 100 times for each rendering already made (the first round also warms the code up).</summary>
    private static void Serve(CatalogEntry entry, AgendaItemId item, EventCatalogSnapshot snapshot, StampingFormat format)
    {
        for (var i = 0; i < 100; i++)
        {
            _ = ExportRenderer.EventAsync(entry, format, download: true);
            _ = ExportRenderer.AgendaItemAsync(entry, item, format);
            _ = ExportRenderer.FeedAsync(snapshot, format);
        }
    }

    [Fact]
    public async Task Two_formats_of_one_entry_are_kept_apart()
    {
        var first = new StampingFormat("first");
        var second = new StampingFormat("second");
        var entry = Entry(Seed.Event, Earlier);

        var one = await ExportRenderer.EventAsync(entry, first, download: true);
        var other = await ExportRenderer.EventAsync(entry, second, download: true);

        Assert.Equal(Seed.Slug + ".first", one.FileName);
        Assert.Equal(Seed.Slug + ".second", other.FileName);
        Assert.Equal(1, first.Writes);
        Assert.Equal(1, second.Writes);
    }

    [Fact]
    public async Task Each_agenda_item_is_rendered_apart_and_named_after_its_event_and_itself()
    {
        var format = new StampingFormat();
        var entry = Entry(Seed.Event, Earlier);
        var items = Seed.Event.Agenda.Take(2).Select(i => i.Id).ToList();

        var first = await ExportRenderer.AgendaItemAsync(entry, items[0], format);
        var second = await ExportRenderer.AgendaItemAsync(entry, items[1], format);

        Assert.Equal($"item {Seed.Slug}/{items[0].Value} @ {Earlier}", Text(first));
        Assert.Equal($"item {Seed.Slug}/{items[1].Value} @ {Earlier}", Text(second));
        Assert.Equal($"{Seed.Slug}-{items[0].Value}.stamp", first.FileName);
        Assert.Equal(Earlier, first.LastModified);
        Assert.Same(first, await ExportRenderer.AgendaItemAsync(entry, items[0], format));
        Assert.Equal(2, format.Writes);
    }

    [Fact]
    public async Task The_feed_holds_the_events_with_a_complete_schedule_as_of_the_snapshot()
    {
        var format = new StampingFormat();
        var snapshot = new EventCatalogSnapshot(
            [Entry(Training("a"), Earlier), Entry(Training("nowhere", "Europe/Nowhere"), Latest), Entry(Training("b"), Later)], 1);

        var representation = await ExportRenderer.FeedAsync(snapshot, format);

        Assert.Equal($"feed a b @ {Latest}", Text(representation));
        Assert.Equal(Latest, representation.LastModified);
        Assert.Null(representation.FileName);
        Assert.Same(representation, await ExportRenderer.FeedAsync(snapshot, format));
        Assert.Equal(1, format.Writes);
    }

    [Fact]
    public async Task A_filtered_feed_is_as_of_the_latest_change_among_its_events()
    {
        var format = new StampingFormat();
        var a = Entry(Training("a"), Earlier);
        var b = Entry(Training("b"), Later);
        var snapshot = new EventCatalogSnapshot([a, b, Entry(Training("c"), Latest)], 1);

        var both = await ExportRenderer.FilteredFeedAsync(snapshot, [b, a], format);
        var one = await ExportRenderer.FilteredFeedAsync(snapshot, [a], format);

        Assert.Equal($"feed b a @ {Later}", Text(both));
        Assert.Equal(Later, both.LastModified);
        Assert.Equal($"feed a @ {Earlier}", Text(one));
    }

    [Fact]
    public async Task A_filtered_feed_of_no_events_is_as_of_the_snapshot()
    {
        var format = new StampingFormat();
        var snapshot = new EventCatalogSnapshot([Entry(Training("a"), Earlier), Entry(Training("b"), Later)], 1);

        var representation = await ExportRenderer.FilteredFeedAsync(snapshot, [], format);

        Assert.Equal($"feed  @ {Later}", Text(representation));
        Assert.Equal(Later, representation.LastModified);
    }

    [Fact]
    public async Task A_filtered_feed_leaves_out_events_without_a_complete_schedule_and_is_not_kept()
    {
        var format = new StampingFormat();
        var a = Entry(Training("a"), Earlier);
        var nowhere = Entry(Training("nowhere", "Europe/Nowhere"), Earlier);
        var snapshot = new EventCatalogSnapshot([a, nowhere], 1);

        var first = await ExportRenderer.FilteredFeedAsync(snapshot, [a, nowhere], format);
        var second = await ExportRenderer.FilteredFeedAsync(snapshot, [a, nowhere], format);

        Assert.Equal($"feed a @ {Earlier}", Text(first));
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(2, format.Writes);
    }
}
