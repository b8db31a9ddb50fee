using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CsCheck;
using NodaTime;
using NodaTime.Text;
using Prb.Events.Tests.TestSupport;

namespace Prb.Events.Schedules.Tests;

/// <summary>
/// The conventions the conference apps rely on where the schemas allow more than one spelling: the conference's dates
/// without a time, two-digit hours, an item's start as its day's date at its wall-clock time, days that hold their
/// items, a track on every item. ConfClerk 0.7.1 reads only these spellings (ConfClerkImportTests shows it with the
/// app itself).
/// </summary>
public partial class ScheduleAppConventionTests
{
    private static EventBuilder Conference(string language = "pl") =>
        Event.CreateBuilder(new EventId("konwencje-2027"), "Konwencje")
            .InZone("Europe/Warsaw")
            .InLanguage(language);

    private static XElement XmlRoot(Event e) => ScheduleOutputs.ParseXml(ScheduleOutputs.Xml(e)).Root!;

    private static JsonElement JsonConference(Event e)
    {
        using var document = JsonDocument.Parse(ScheduleOutputs.Json(e));
        return document.RootElement.GetProperty("schedule").GetProperty("conference").Clone();
    }

    private static void AssertBothValid(Event e)
    {
        Assert.Empty(C3vocSchemas.ValidateXml(ScheduleOutputs.Xml(e)));
        var result = C3vocSchemas.EvaluateJson(ScheduleOutputs.Json(e));
        Assert.True(result.IsValid, C3vocSchemas.Describe(result));
    }

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainDate();

    [GeneratedRegex("^[0-9]{2}:[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex TwoDigitHours();

    private static readonly OffsetDateTimePattern DateTimeWithOffset = OffsetDateTimePattern.ExtendedIso;

    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    private static readonly LocalTimePattern HoursMinutes = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    /// <summary>Reads <c>HH:mm</c> as ConfClerk does: hours and minutes of at most two digits each.</summary>
    private static long Minutes(string text)
    {
        Assert.Matches(TwoDigitHours(), text);
        return (long.Parse(text[..2], CultureInfo.InvariantCulture) * 60) + long.Parse(text[3..], CultureInfo.InvariantCulture);
    }

    [Fact]
    public void ConferenceStartAndEnd_ArePlainDates_OfTheFirstAndLastDay()
    {
        EventGenerators.Schedules.Sample(e =>
        {
            var root = XmlRoot(e);
            var conference = root.Element("conference")!;
            var days = root.Elements("day").ToList();
            Assert.Matches(PlainDate(), conference.Element("start")!.Value);
            Assert.Equal(days[0].Attribute("date")!.Value, conference.Element("start")!.Value);
            Assert.Equal(days[^1].Attribute("date")!.Value, conference.Element("end")!.Value);
            Assert.Equal(days.Count.ToString(CultureInfo.InvariantCulture), conference.Element("days")!.Value);

            var json = JsonConference(e);
            var jsonDays = json.GetProperty("days").EnumerateArray().ToList();
            Assert.Matches(PlainDate(), json.GetProperty("end").GetString());
            Assert.Equal(jsonDays[0].GetProperty("date").GetString(), json.GetProperty("start").GetString());
            Assert.Equal(jsonDays[^1].GetProperty("date").GetString(), json.GetProperty("end").GetString());
            Assert.Equal(jsonDays.Count, json.GetProperty("daysCount").GetInt32());
        }, iter: 100);
    }

    [Fact]
    public void DurationsAndTimeslot_HaveTwoDigitHours_AndSayTheElapsedMinutes()
    {
        EventGenerators.Schedules.Sample(e =>
        {
            var schedule = EventScheduler.Default.Schedule(e);
            var root = XmlRoot(e);
            var slot = Minutes(root.Element("conference")!.Element("timeslot_duration")!.Value);
            foreach (var x in ScheduleOutputs.XmlItems(root.Document!))
            {
                var scheduled = ItemOf(e, schedule, x.Attribute("guid")!.Value);
                var minutes = Minutes(x.Element("duration")!.Value);
                Assert.Equal((long)scheduled.Duration.TotalMinutes, minutes);
                Assert.Equal(0, minutes % slot);
            }

            var json = JsonConference(e);
            Assert.Equal(slot, Minutes(json.GetProperty("timeslot_duration").GetString()!));
            foreach (var day in json.GetProperty("days").EnumerateArray())
            {
                foreach (var item in day.GetProperty("rooms").EnumerateObject().SelectMany(r => r.Value.EnumerateArray()))
                {
                    var scheduled = ItemOf(e, schedule, item.GetProperty("guid").GetString()!);
                    Assert.Equal((long)scheduled.Duration.TotalMinutes, Minutes(item.GetProperty("duration").GetString()!));
                }
            }
        }, iter: 100);
    }

    [Fact]
    public void ItemStart_IsItsDaysDateAtItsWallClockTime()
    {
        // ConfClerk takes an item's start from the date of the <day> it is listed under and its <start>, and ignores
        // <date>: an item after midnight must be listed under the next date.
        EventGenerators.Schedules.Sample(e =>
        {
            var schedule = EventScheduler.Default.Schedule(e);
            foreach (var day in XmlRoot(e).Elements("day"))
            {
                var date = IsoDate.Parse(day.Attribute("date")!.Value).Value;
                foreach (var x in day.Elements("room").Elements("event"))
                {
                    var scheduled = ItemOf(e, schedule, x.Attribute("guid")!.Value);
                    var wallClock = date.At(HoursMinutes.Parse(x.Element("start")!.Value).Value);
                    Assert.Equal(scheduled.Start.LocalDateTime, wallClock);
                }
            }
        }, iter: 100);
    }

    [Fact]
    public void Days_AreInDateOrder_StartOnTheirDate_AndHoldTheirItems()
    {
        EventGenerators.Schedules.Sample(e =>
        {
            var previous = (LocalDate?)null;
            var index = 1;
            foreach (var day in XmlRoot(e).Elements("day"))
            {
                Assert.Equal(index++.ToString(CultureInfo.InvariantCulture), day.Attribute("index")!.Value);
                var date = IsoDate.Parse(day.Attribute("date")!.Value).Value;
                Assert.True(previous is null || date > previous, $"day {date} after {previous}");
                previous = date;
                var start = DateTimeWithOffset.Parse(day.Attribute("start")!.Value).Value;
                var end = DateTimeWithOffset.Parse(day.Attribute("end")!.Value).Value;
                Assert.Equal(date, start.Date);
                foreach (var x in day.Elements("room").Elements("event"))
                {
                    var itemStart = DateTimeWithOffset.Parse(x.Element("date")!.Value).Value.ToInstant();
                    var itemEnd = itemStart + Duration.FromMinutes(Minutes(x.Element("duration")!.Value));
                    Assert.InRange(itemStart, start.ToInstant(), end.ToInstant());
                    Assert.True(itemEnd <= end.ToInstant(), $"{x.Element("title")!.Value} ends at {itemEnd}, after its day's end {end}");
                }
            }

            foreach (var day in JsonConference(e).GetProperty("days").EnumerateArray())
            {
                var start = DateTimeWithOffset.Parse(day.GetProperty("day_start").GetString()!).Value;
                var end = DateTimeWithOffset.Parse(day.GetProperty("day_end").GetString()!).Value;
                Assert.Equal(day.GetProperty("date").GetString(), IsoDate.Format(start.Date));
                foreach (var item in day.GetProperty("rooms").EnumerateObject().SelectMany(r => r.Value.EnumerateArray()))
                {
                    Assert.InRange(DateTimeWithOffset.Parse(item.GetProperty("date").GetString()!).Value.ToInstant(), start.ToInstant(), end.ToInstant());
                    Assert.True(DateTimeWithOffset.Parse(item.GetProperty("end").GetString()!).Value.ToInstant() <= end.ToInstant());
                }
            }
        }, iter: 100);
    }

    [Fact]
    public void EveryItem_HasATrack_AndTheConferenceListsEachTrackOnce()
    {
        EventGenerators.Schedules.Sample(e =>
        {
            var root = XmlRoot(e);
            var used = ScheduleOutputs.XmlItems(root.Document!).Select(x => x.Element("track")!.Value).ToList();
            Assert.All(used, track => Assert.False(string.IsNullOrWhiteSpace(track)));
            var listed = root.Element("conference")!.Elements("track").Select(t => t.Attribute("name")!.Value).ToList();
            Assert.Equal(listed.Distinct(), listed);
            Assert.Equal(used.Distinct().Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));

            var json = JsonConference(e);
            Assert.Equal(listed, json.GetProperty("tracks").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
            Assert.All(json.GetProperty("days").EnumerateArray().SelectMany(d => d.GetProperty("rooms").EnumerateObject()).SelectMany(r => r.Value.EnumerateArray()),
                item => Assert.Equal(JsonValueKind.String, item.GetProperty("track").ValueKind));
        }, iter: 100);
    }

    [Theory]
    [InlineData("pl", null, "Program główny")]
    [InlineData("pl-PL", " ", "Program główny")]
    [InlineData("en", null, "Main track")]
    [InlineData("de", "", "Main track")]
    [InlineData("pl", "Warsztaty", "Warsztaty")]
    public void ItemWithoutTrack_IsOnTheMainTrack(string language, string? track, string expected)
    {
        var e = Conference(language)
            .On(new LocalDate(2027, 6, 5), new LocalTime(9, 0), new LocalTime(18, 0))
            .AddItem("a", AgendaItemKind.Lecture, "Wykład", new LocalTime(10, 0), new LocalTime(11, 0), i => i.OnTrack(track))
            .Build();

        var root = XmlRoot(e);
        Assert.Equal(expected, Assert.Single(ScheduleOutputs.XmlItems(root.Document!)).Element("track")!.Value);
        Assert.Equal(expected, Assert.Single(root.Element("conference")!.Elements("track")).Attribute("name")!.Value);
        using var json = JsonDocument.Parse(ScheduleOutputs.Json(e));
        Assert.Equal(expected, Assert.Single(ScheduleOutputs.JsonItems(json)).Item.GetProperty("track").GetString());
        AssertBothValid(e);
    }

    [Fact]
    public void ItemAfterMidnight_IsListedOnTheDateItStartsOn_AndItsDayTakesItIn()
    {
        var evening = new LocalDate(2027, 6, 5);
        var night = evening.PlusDays(1);
        var e = Conference()
            .OnDay(new EventDay(evening.At(new LocalTime(18, 0)), night.At(new LocalTime(2, 0))))
            .AddItem("koncert", AgendaItemKind.Concert, "Koncert", evening.At(new LocalTime(20, 0)), evening.At(new LocalTime(22, 0)))
            .AddItem("noc", AgendaItemKind.Networking, "Nocne rozmowy", night.At(new LocalTime(0, 30)), night.At(new LocalTime(1, 30)))
            .Build();

        var root = XmlRoot(e);
        var days = root.Elements("day").ToList();
        Assert.Equal(["2027-06-05", "2027-06-06"], days.Select(d => d.Attribute("date")!.Value));
        Assert.Equal("2027-06-05T18:00:00+02:00", days[0].Attribute("start")!.Value);
        Assert.Equal("2027-06-06T02:00:00+02:00", days[0].Attribute("end")!.Value);
        Assert.Equal("2027-06-06T00:30:00+02:00", days[1].Attribute("start")!.Value);
        Assert.Equal("2027-06-06T01:30:00+02:00", days[1].Attribute("end")!.Value);
        var late = Assert.Single(days[1].Elements("room").Elements("event"));
        Assert.Equal("Nocne rozmowy", late.Element("title")!.Value);
        Assert.Equal("00:30", late.Element("start")!.Value);
        var conference = root.Element("conference")!;
        Assert.Equal("2027-06-05", conference.Element("start")!.Value);
        Assert.Equal("2027-06-06", conference.Element("end")!.Value);
        Assert.Equal("2", conference.Element("days")!.Value);
        Assert.Equal(2, JsonConference(e).GetProperty("daysCount").GetInt32());
        AssertBothValid(e);
    }

    [Fact]
    public void ItemBeforeItsDay_WidensTheDayToTakeItIn()
    {
        var date = new LocalDate(2027, 6, 5);
        var e = Conference()
            .On(date, new LocalTime(10, 0), new LocalTime(14, 0))
            .AddItem("rejestracja", AgendaItemKind.Registration, "Rejestracja", new LocalTime(9, 30), new LocalTime(10, 0))
            .AddItem("koniec", AgendaItemKind.Closing, "Zakończenie", new LocalTime(13, 45), new LocalTime(14, 15))
            .Build();

        var day = Assert.Single(XmlRoot(e).Elements("day"));

        Assert.Equal("2027-06-05T09:30:00+02:00", day.Attribute("start")!.Value);
        Assert.Equal("2027-06-05T14:15:00+02:00", day.Attribute("end")!.Value);
        var json = Assert.Single(JsonConference(e).GetProperty("days").EnumerateArray());
        Assert.Equal("2027-06-05T09:30:00+02:00", json.GetProperty("day_start").GetString());
        Assert.Equal("2027-06-05T14:15:00+02:00", json.GetProperty("day_end").GetString());
    }

    [Fact]
    public void ItemsInTheRepeatedHour_ShareTheirWallClockStart_AndDifferInTheirOffset()
    {
        // The end of summer time in Warsaw, 31 October 2027: 02:00-03:00 happens twice. <date> tells the two items
        // apart; <start> cannot, so apps that keep one UTC offset per conference (ConfClerk) show them at once.
        var night = new LocalDate(2027, 10, 31);
        var e = Conference()
            .OnDay(new EventDay(night.At(new LocalTime(0, 0)), night.At(new LocalTime(6, 0))))
            .AddItem(new AgendaItem(new AgendaItemId("pierwsza"), AgendaItemKind.Concert, "Pierwsza 2:30",
                new EventTime(night.At(new LocalTime(2, 30)), Offset.FromHours(2)), new EventTime(night.At(new LocalTime(2, 45)), Offset.FromHours(2))))
            .AddItem(new AgendaItem(new AgendaItemId("druga"), AgendaItemKind.Concert, "Druga 2:30",
                new EventTime(night.At(new LocalTime(2, 30)), Offset.FromHours(1)), new EventTime(night.At(new LocalTime(2, 45)), Offset.FromHours(1))))
            .Build();

        var items = ScheduleOutputs.XmlItems(XmlRoot(e).Document!);

        Assert.Equal(["02:30", "02:30"], items.Select(x => x.Element("start")!.Value));
        Assert.Equal(["2027-10-31T02:30:00+02:00", "2027-10-31T02:30:00+01:00"], items.Select(x => x.Element("date")!.Value));
        Assert.Single(items.Select(x => x.Parent!.Parent).Distinct());
        AssertBothValid(e);
    }

    [Fact]
    public void ItemOf24HoursOrMore_KeepsTwoDigitHours()
    {
        // frab's spelling; ConfClerk reads hours up to 23 only and stores such an item with a duration of 0.
        var date = new LocalDate(2027, 6, 5);
        var e = Conference()
            .OnDay(new EventDay(date.At(new LocalTime(9, 0)), date.PlusDays(2).At(new LocalTime(9, 0))))
            .AddItem("maraton", AgendaItemKind.Other, "Maraton czytelniczy", date.At(new LocalTime(10, 0)), date.PlusDays(1).At(new LocalTime(16, 30)))
            .Build();

        Assert.Equal("30:30", Assert.Single(ScheduleOutputs.XmlItems(XmlRoot(e).Document!)).Element("duration")!.Value);
        AssertBothValid(e);
    }

    [Fact]
    public void DayChange_CannotBeWritten_BecauseNeitherSchemaHasIt()
    {
        // ConfClerk would read pentabarf's <day_change> (it uses 04:00 without one); the c3voc XSD does not allow it.
        var document = ScheduleOutputs.ParseXml(ScheduleOutputs.Xml(ScheduleOutputs.Seed));
        document.Root!.Element("conference")!.Element("days")!.AddAfterSelf(new XElement("day_change", "04:00"));

        Assert.NotEmpty(C3vocSchemas.ValidateXml(Encoding.UTF8.GetBytes(document.ToString())));
        var json = ScheduleOutputs.Text(ScheduleOutputs.Json(ScheduleOutputs.Seed))
            .Replace("\"daysCount\": 1,", "\"daysCount\": 1, \"day_change\": \"04:00\",", StringComparison.Ordinal);
        Assert.False(C3vocSchemas.EvaluateJson(Encoding.UTF8.GetBytes(json)).IsValid);
    }

    private static ScheduledItem ItemOf(Event e, EventSchedule schedule, string guid) =>
        Assert.Single(schedule.Items, s => ScheduleIdentifiers.ItemGuid(e.Id, s.Item.Id).ToString("D") == guid);
}
