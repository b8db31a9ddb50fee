using NodaTime;
using Prb.Events.Ical.Tests.TestSupport;

namespace Prb.Events.Ical.Tests;

/// <summary>
/// Boundaries of the export seen through the public exporter, one behaviour each: values at the edge where a writer
/// that is off by one would still pass the property tests (found by mutation testing, see docs/mutation-testing.md).
/// </summary>
public class IcalendarExporterBoundaryTests
{
    private static Event Minimal(Action<EventBuilder> configure)
    {
        var builder = Event.CreateBuilder(new EventId("test-event"), "Spotkanie")
            .InZone("Europe/Warsaw")
            .On(new LocalDate(2011, 11, 9), new LocalTime(10, 0), new LocalTime(14, 30));
        configure(builder);
        return builder.Build();
    }

    private static List<string> Lines(Event e, IcalendarExportOptions? options = null) =>
        IcsText.ContentLines(Samples.Exporter(options).ToUtf8(e));

    [Fact]
    public void Geo_that_prints_with_an_exponent_is_written_without_it_and_reads_back_the_same()
    {
        var geo = new GeoCoordinate(0.00001, -1.2345678901234568E-05);
        var e = Minimal(b => b.At(new Venue("Null Island", geo: geo)));

        var text = Samples.Exporter().ToText(e);

        Assert.Contains("GEO:0.00001;-0.000012345678901234568", IcsText.ContentLines(text));
        var imported = Assert.Single(new IcalendarImporter().Read(text).Events);
        Assert.Equal(geo, imported.Venue?.Geo);
    }

    [Fact]
    public void Organizer_name_starting_with_a_semicolon_is_quoted()
    {
        var e = Minimal(b => b
            .OrganizedBy(new Organization(new OrganizationId("org"), ";Fundacja", OrganizationKind.Foundation))
            .WithContact(new Person(new PersonId("p"), "Ewa"), ContactRole.Organizer, "sekretariat", null, "ok@example.org"));

        Assert.Contains("ORGANIZER;CN=\";Fundacja\":mailto:ok@example.org", Lines(e));
    }

    [Fact]
    public void Alarm_one_day_fifteen_minutes_before_keeps_the_minutes()
    {
        var options = new IcalendarExportOptions { AlarmBeforeStart = Duration.FromDays(1) + Duration.FromMinutes(15) };

        Assert.Contains("TRIGGER:-P1DT15M", Lines(Minimal(_ => { }), options));
    }

    [Fact]
    public void Refresh_interval_of_one_hour_thirty_seconds_keeps_the_seconds()
    {
        var options = new IcalendarExportOptions { RefreshInterval = Duration.FromHours(1) + Duration.FromSeconds(30) };

        var lines = IcsText.ContentLines(Samples.Exporter(options).FeedToUtf8([Minimal(_ => { })]));

        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H30S", lines);
        Assert.Contains("X-PUBLISHED-TTL:PT1H30S", lines);
    }

    [Fact]
    public void Title_with_a_subdivision_flag_comes_back_whole()
    {
        const string title = "Wales 🏴\U000E0067\U000E0062\U000E0077\U000E006C\U000E0073\U000E007F";
        var e = Event.CreateBuilder(new EventId("test-event"), title)
            .InZone("Europe/Warsaw")
            .On(new LocalDate(2011, 11, 9), new LocalTime(10, 0), new LocalTime(14, 30))
            .Build();

        var imported = Assert.Single(new IcalendarImporter().Read(Samples.Exporter().ToText(e)).Events);

        Assert.Equal(title, imported.Title);
    }
}
