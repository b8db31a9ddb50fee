using NodaTime;
using Prb.Events.Hosting;
using Prb.Events.Samples.Web.Calendar;

namespace Prb.Events.Samples.Web.Tests.Calendar;

/// <summary>What a calendar link carries, read from the event: UTC instants, the description then the page link, the
/// room before the venue, and no place at all when neither is known.</summary>
public class CalendarEntryTests
{
    private static readonly Uri Page = new("https://wydarzenia.example.org/wydarzenia/zolw");

    private static CatalogEntry Entry(Event e) =>
        new(e, new EventScheduler(DateTimeZoneProviders.Tzdb).Schedule(e), "test", Instant.FromUtc(2027, 1, 1, 0, 0));

    private static EventBuilder Turtle(Venue? venue) =>
        Event.CreateBuilder(new EventId("zolw"), "Żółw czyta dzieciom 🐢").OfKind(EventKind.Workshop).InZone("Europe/Warsaw").At(venue)
            .On(new LocalDate(2027, 3, 10), new LocalTime(10, 0), new LocalTime(11, 0));

    [Fact]
    public void Event_WithoutDescriptionOrVenue_IsThePageLinkAndNoPlace()
    {
        var entry = CalendarEntry.ForEvent(Entry(Turtle(null).Build()), Page)!;

        Assert.Equal("Żółw czyta dzieciom 🐢", entry.Title);
        Assert.Equal(Instant.FromUtc(2027, 3, 10, 9, 0), entry.Start);
        Assert.Equal(Instant.FromUtc(2027, 3, 10, 10, 0), entry.End);
        Assert.Equal(Page.AbsoluteUri, entry.Details);
        Assert.Null(entry.Location);
    }

    [Fact]
    public void Event_WithDescription_PutsTheLinkAfterABlankLine()
    {
        var entry = CalendarEntry.ForEvent(Entry(Turtle(new Venue("Filia nr 5")).Described("Zażółć gęślą jaźń").Build()), Page)!;

        Assert.Equal("Zażółć gęślą jaźń\n\n" + Page.AbsoluteUri, entry.Details);
        Assert.Equal("Filia nr 5", entry.Location);
    }

    [Fact]
    public void Item_WithRoomAndVenue_IsRoomThenVenue_AndLinksToTheItem()
    {
        var e = Turtle(new Venue("Filia nr 5")).AddItem("czytanie", AgendaItemKind.Lecture, "Czytanie", new LocalTime(10, 0), new LocalTime(10, 30),
            i => i.InRoom("Sala בית").Described("Dla dzieci")).Build();
        var catalogued = Entry(e);

        var entry = CalendarEntry.ForItem(catalogued, catalogued.Schedule.Items[0], Page);

        Assert.Equal("Czytanie", entry.Title);
        Assert.Equal(Instant.FromUtc(2027, 3, 10, 9, 0), entry.Start);
        Assert.Equal(Instant.FromUtc(2027, 3, 10, 9, 30), entry.End);
        Assert.Equal("Sala בית, Filia nr 5", entry.Location);
        Assert.Equal("Żółw czyta dzieciom 🐢\n\nDla dzieci\n\n" + Page.AbsoluteUri + "#item-czytanie", entry.Details);
    }

    [Fact]
    public void Item_WithoutRoomDescriptionOrVenue_HasNoPlace_AndTheEventTitleAsDetails()
    {
        var e = Turtle(null).AddItem("czytanie", AgendaItemKind.Lecture, "Czytanie", new LocalTime(10, 0), new LocalTime(10, 30)).Build();
        var catalogued = Entry(e);

        var entry = CalendarEntry.ForItem(catalogued, catalogued.Schedule.Items[0], Page);

        Assert.Null(entry.Location);
        Assert.Equal("Żółw czyta dzieciom 🐢\n\n" + Page.AbsoluteUri + "#item-czytanie", entry.Details);
    }

    [Fact]
    public void Item_WithARoomButNoVenue_IsTheRoomAlone()
    {
        var e = Turtle(null).AddItem("czytanie", AgendaItemKind.Lecture, "Czytanie", new LocalTime(10, 0), new LocalTime(10, 30), i => i.InRoom("Sala 2")).Build();
        var catalogued = Entry(e);

        Assert.Equal("Sala 2", CalendarEntry.ForItem(catalogued, catalogued.Schedule.Items[0], Page).Location);
    }
}
