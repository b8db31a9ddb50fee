using System.Text.Json;
using NodaTime;
using Prb.Events.Hosting;
using Prb.Events.Samples.Web.Pages;

namespace Prb.Events.Samples.Web.Tests.Pages;

/// <summary>The schema.org data of one event, read back as JSON: hostile text cannot leave its string and comes back
/// byte for byte; place, address, coordinates, status and attendance mode are the event's.</summary>
public class JsonLdTests
{
    private const string Url = "https://wydarzenia.example.org/wydarzenia/zolw";

    private static EventBuilder Builder(string title = "Żółw") =>
        Event.CreateBuilder(new EventId("zolw"), title).OfKind(EventKind.Workshop).InZone("Europe/Warsaw")
            .On(new LocalDate(2027, 7, 10), new LocalTime(10, 0), new LocalTime(11, 0));

    private static (string Text, JsonElement Root) Write(Event e)
    {
        var entry = new CatalogEntry(e, new EventScheduler(DateTimeZoneProviders.Tzdb).Schedule(e), "test", Instant.FromUtc(2027, 1, 1, 0, 0));
        var text = JsonLd.Write(entry, Url, []);
        return (text, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public void HostileTitle_CannotCloseTheScript_AndComesBackUnchanged()
    {
        const string hostile = "</script><!-- \u2028\u2029 & \"' Zażółć gęślą jaźń 🦔 שלום עולם";
        var (text, root) = Write(Builder(hostile).Described(hostile).Build());

        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u2028', text);
        Assert.DoesNotContain('\u2029', text);
        Assert.Equal(hostile, root.GetProperty("name").GetString());
        Assert.Equal(hostile, root.GetProperty("description").GetString());
    }

    [Fact]
    public void OneOffEvent_IsOneEventWithOffsetTimes_AndNoDescriptionWhenThereIsNone()
    {
        var (_, root) = Write(Builder().Build());

        Assert.Equal("Event", root.GetProperty("@type").GetString());
        Assert.Equal(Url, root.GetProperty("url").GetString());
        Assert.Equal("2027-07-10T10:00:00+02:00", root.GetProperty("startDate").GetString());
        Assert.Equal("2027-07-10T11:00:00+02:00", root.GetProperty("endDate").GetString());
        Assert.False(root.TryGetProperty("description", out _));
        Assert.False(root.TryGetProperty("location", out _));
        Assert.Equal("https://schema.org/EventScheduled", root.GetProperty("eventStatus").GetString());
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", root.GetProperty("eventAttendanceMode").GetString());
    }

    [Fact]
    public void Venue_WithAddressRegionAndCoordinates_IsAPlace()
    {
        var venue = new Venue("Biblioteka Główna", new PostalAddress("ul. Świdnicka 1", "50-066", "Wrocław", "dolnośląskie"), new GeoCoordinate(51.1079, 17.0385));
        var (_, root) = Write(Builder().At(venue).Build());

        var place = root.GetProperty("location");
        Assert.Equal("Place", place.GetProperty("@type").GetString());
        Assert.Equal("Biblioteka Główna", place.GetProperty("name").GetString());
        var address = place.GetProperty("address");
        Assert.Equal(
            ["PostalAddress", "ul. Świdnicka 1", "50-066", "Wrocław", "dolnośląskie", "PL"],
            new[] { "@type", "streetAddress", "postalCode", "addressLocality", "addressRegion", "addressCountry" }.Select(p => address.GetProperty(p).GetString()));
        Assert.Equal(51.1079, place.GetProperty("geo").GetProperty("latitude").GetDouble());
        Assert.Equal(17.0385, place.GetProperty("geo").GetProperty("longitude").GetDouble());
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", root.GetProperty("eventAttendanceMode").GetString());
    }

    [Fact]
    public void Address_WithoutRegion_HasNoRegion()
    {
        var (_, root) = Write(Builder().At(new Venue("Filia", new PostalAddress("Rynek 1", "50-001", "Wrocław"))).Build());

        var place = root.GetProperty("location");
        Assert.False(place.GetProperty("address").TryGetProperty("addressRegion", out _));
        Assert.False(place.TryGetProperty("geo", out _));
    }

    [Fact]
    public void OnlineVenue_WithoutAddress_IsOnlineAttendance_WithAnAddressItIsNot()
    {
        var online = new Uri("https://meet.example.org/zolw");
        Assert.Equal("https://schema.org/OnlineEventAttendanceMode",
            Write(Builder().At(new Venue("Online", onlineUrl: online)).Build()).Root.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode",
            Write(Builder().At(new Venue("Filia", new PostalAddress("Rynek 1", "50-001", "Wrocław"), onlineUrl: online)).Build()).Root.GetProperty("eventAttendanceMode").GetString());
    }

    [Theory]
    [InlineData(EventStatus.Cancelled, "EventCancelled", "OfflineEventAttendanceMode")]
    [InlineData(EventStatus.Postponed, "EventPostponed", "OfflineEventAttendanceMode")]
    [InlineData(EventStatus.MovedOnline, "EventMovedOnline", "OnlineEventAttendanceMode")]
    public void Status_IsTheSchemaOrgStatus(EventStatus status, string expected, string mode)
    {
        var (_, root) = Write(Builder().At(new Venue("Filia", new PostalAddress("Rynek 1", "50-001", "Wrocław"))).WithStatus(status).Build());

        Assert.Equal("https://schema.org/" + expected, root.GetProperty("eventStatus").GetString());
        Assert.Equal("https://schema.org/" + mode, root.GetProperty("eventAttendanceMode").GetString());
    }

    [Fact]
    public void AgendaItems_AreSubEvents_WithTheirSpeakersByName()
    {
        var speaker = new Person(new PersonId("anna"), "Anna Żółkiewska");
        var (_, root) = Write(Builder()
            .AddItem("czytanie", AgendaItemKind.Lecture, "Czytanie", new LocalTime(10, 0), new LocalTime(10, 30), i => i.By(speaker))
            .AddItem("zabawa", AgendaItemKind.Lecture, "Zabawa", new LocalTime(10, 30), new LocalTime(11, 0))
            .Build());

        var items = root.GetProperty("subEvent").EnumerateArray().ToList();
        Assert.Equal(["Czytanie", "Zabawa"], items.Select(i => i.GetProperty("name").GetString()));
        Assert.Equal("2027-07-10T10:30:00+02:00", items[1].GetProperty("startDate").GetString());
        var performer = Assert.Single(items[0].GetProperty("performer").EnumerateArray());
        Assert.Equal(("Person", "Anna Żółkiewska"), (performer.GetProperty("@type").GetString(), performer.GetProperty("name").GetString()));
        Assert.False(items[1].TryGetProperty("performer", out _));
        Assert.False(items[0].TryGetProperty("eventStatus", out _));
    }
}
