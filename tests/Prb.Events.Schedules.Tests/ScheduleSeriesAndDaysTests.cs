using System.Text.Json;
using NodaTime;
using Prb.Events.Export;
using Prb.Events.Schedules;

namespace Prb.Events.Schedules.Tests;

/// <summary>A series is refused by both schedule formats (a schedule is one conference with its days); a multi-day event
/// is one day per day, each with its own hours and nothing for the date between.</summary>
public class ScheduleSeriesAndDaysTests
{
    public static TheoryData<string> FormatNames => new() { "schedule-xml", "schedule-json" };

    private static IEventExportFormat Format(string name) =>
        name == "schedule-xml" ? ScheduleXmlExportFormat.Instance : ScheduleJsonExportFormat.Instance;

    private static Event BookClub() => Event.CreateBuilder(new EventId("klub"), "Klub Książki").InZone("Europe/Warsaw")
        .On(new LocalDate(2027, 1, 12), new LocalTime(17, 0), new LocalTime(18, 30))
        .Repeats(new RecurrenceRule(RecurrenceFrequency.Weekly, 2, [new RecurrenceWeekday(IsoDayOfWeek.Tuesday)], until: new LocalDate(2027, 6, 29)))
        .AddItem("dyskusja", AgendaItemKind.Other, "Dyskusja", new LocalTime(17, 0), new LocalTime(18, 30))
        .Build();

    [Theory]
    [MemberData(nameof(FormatNames))]
    public async Task Series_IsRefused_NamingTheRule_AndNothingIsWritten(string format)
    {
        using var stream = new MemoryStream();

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(async () => await Format(format).WriteEventAsync(BookClub(), stream));

        Assert.Equal("event", ex.ParamName);
        Assert.Contains("series: the event repeats (FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270629)", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.Length);
    }

    [Theory]
    [MemberData(nameof(FormatNames))]
    public async Task Series_WithAnotherProblem_ListsBoth(string format)
    {
        var e = Event.CreateBuilder(new EventId("klub"), "Klub").InZone("Europe/Warsaw")
            .On(new LocalDate(2027, 1, 12), new LocalTime(17, 0), new LocalTime(18, 30))
            .Repeats(new RecurrenceRule(RecurrenceFrequency.Weekly))
            .AddItem("a", AgendaItemKind.Lecture, "Pierwszy", new LocalTime(17, 0), new LocalTime(18, 0))
            .AddItem("a", AgendaItemKind.Lecture, "Drugi", new LocalTime(18, 0), new LocalTime(18, 30))
            .Build();
        using var stream = new MemoryStream();

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(async () => await Format(format).WriteEventAsync(e, stream));

        Assert.Contains("series:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("agenda[1].id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MultiDayEvent_IsOneDayPerDay_EachWithItsOwnHours()
    {
        var fair = Event.CreateBuilder(new EventId("targi"), "Targi").InZone("Europe/Warsaw")
            .On(new LocalDate(2027, 5, 10), new LocalTime(9, 0), new LocalTime(17, 0))
            .On(new LocalDate(2027, 5, 12), new LocalTime(10, 0), new LocalTime(15, 0))
            .AddItem("otwarcie", AgendaItemKind.Opening, "Otwarcie", new LocalDateTime(2027, 5, 10, 9, 0), new LocalDateTime(2027, 5, 10, 9, 30))
            .AddItem("zamkniecie", AgendaItemKind.Closing, "Zamknięcie", new LocalDateTime(2027, 5, 12, 14, 30), new LocalDateTime(2027, 5, 12, 15, 0))
            .Build();

        var xml = ScheduleOutputs.ParseXml(ScheduleOutputs.Xml(fair)).Root!;
        var days = xml.Elements("day").ToList();
        Assert.Equal(["2027-05-10", "2027-05-12"], days.Select(d => d.Attribute("date")!.Value));
        Assert.Equal(["2027-05-10T09:00:00+02:00", "2027-05-12T10:00:00+02:00"], days.Select(d => d.Attribute("start")!.Value));
        Assert.Equal(["2027-05-10T17:00:00+02:00", "2027-05-12T15:00:00+02:00"], days.Select(d => d.Attribute("end")!.Value));
        Assert.Equal(["Otwarcie"], days[0].Descendants("event").Select(e => e.Element("title")!.Value));
        Assert.Equal(["Zamknięcie"], days[1].Descendants("event").Select(e => e.Element("title")!.Value));

        using var json = JsonDocument.Parse(ScheduleOutputs.Json(fair));
        var conference = json.RootElement.GetProperty("schedule").GetProperty("conference");
        Assert.Equal(2, conference.GetProperty("daysCount").GetInt32());
        var jsonDays = conference.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(["2027-05-10T09:00:00+02:00", "2027-05-12T10:00:00+02:00"], jsonDays.Select(d => d.GetProperty("day_start").GetString()));
        Assert.Equal(["2027-05-10T17:00:00+02:00", "2027-05-12T15:00:00+02:00"], jsonDays.Select(d => d.GetProperty("day_end").GetString()));
    }
}
