using System.Text.Json;
using System.Xml.Linq;
using NodaTime;
using Prb.Events.Schedules;
using Prb.Events.Tests.TestSupport;

namespace Prb.Events.Schedules.Tests;

/// <summary>How the model's kinds, rooms, statuses, days, zones and texts become schedule values.</summary>
public class ScheduleMappingTests
{
    private static EventBuilder Conference(string zone = "Europe/Warsaw", string language = "pl") =>
        Event.CreateBuilder(new EventId("konferencja-2027"), "Konferencja")
            .InZone(zone)
            .InLanguage(language)
            .On(new LocalDate(2027, 10, 30), new LocalTime(9, 0), new LocalTime(18, 0));

    private static XElement OnlyXmlItem(Event e) => Assert.Single(ScheduleOutputs.XmlItems(ScheduleOutputs.ParseXml(ScheduleOutputs.Xml(e))));

    private static JsonElement OnlyJsonItem(Event e)
    {
        using var document = JsonDocument.Parse(ScheduleOutputs.Json(e));
        return Assert.Single(ScheduleOutputs.JsonItems(document)).Item.Clone();
    }

    private static void AssertBothValid(Event e)
    {
        Assert.Empty(C3vocSchemas.ValidateXml(ScheduleOutputs.Xml(e)));
        var result = C3vocSchemas.EvaluateJson(ScheduleOutputs.Json(e));
        Assert.True(result.IsValid, C3vocSchemas.Describe(result));
    }

    [Theory]
    [InlineData(AgendaItemKind.Registration, "registration")]
    [InlineData(AgendaItemKind.Opening, "opening")]
    [InlineData(AgendaItemKind.Lecture, "lecture")]
    [InlineData(AgendaItemKind.Presentation, "talk")]
    [InlineData(AgendaItemKind.Panel, "podium")]
    [InlineData(AgendaItemKind.Workshop, "workshop")]
    [InlineData(AgendaItemKind.CoffeeBreak, "break")]
    [InlineData(AgendaItemKind.LunchBreak, "break")]
    [InlineData(AgendaItemKind.Break, "break")]
    [InlineData(AgendaItemKind.AwardCeremony, "ceremony")]
    [InlineData(AgendaItemKind.Concert, "concert")]
    [InlineData(AgendaItemKind.Networking, "meeting")]
    [InlineData(AgendaItemKind.Closing, "closing")]
    [InlineData(AgendaItemKind.Other, "other")]
    public void EveryKind_HasAType(AgendaItemKind kind, string type)
    {
        var e = Conference().AddItem("a", kind, "Punkt programu", new LocalTime(10, 0), new LocalTime(11, 0)).Build();

        Assert.Equal(type, OnlyXmlItem(e).Element("type")!.Value);
        Assert.Equal(type, OnlyJsonItem(e).GetProperty("type").GetString());
    }

    [Fact]
    public void EveryKind_IsInTheTheory()
    {
        Assert.Equal(Enum.GetValues<AgendaItemKind>().Length, typeof(ScheduleMappingTests).GetMethod(nameof(EveryKind_HasAType))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Length);
    }

    [Theory]
    [InlineData("pl", "Odwołane")]
    [InlineData("pl-PL", "Odwołane")]
    [InlineData("en", "Cancelled")]
    [InlineData("de", "Cancelled")]
    public void CancelledItem_StaysWithItsTitle_AndIsMarked(string language, string subtitle)
    {
        var e = Conference(language: language)
            .AddItem("a", AgendaItemKind.Lecture, "Wykład", new LocalTime(10, 0), new LocalTime(11, 0), i => i.WithStatus(AgendaItemStatus.Cancelled))
            .Build();

        var xml = OnlyXmlItem(e);
        Assert.Equal("Wykład", xml.Element("title")!.Value);
        Assert.Equal(subtitle, xml.Element("subtitle")!.Value);
        Assert.Equal("lecture", xml.Element("type")!.Value);
        var json = OnlyJsonItem(e);
        Assert.Equal("Wykład", json.GetProperty("title").GetString());
        Assert.Equal(subtitle, json.GetProperty("subtitle").GetString());
        Assert.True(json.GetProperty("do_not_record").GetBoolean());
        AssertBothValid(e);
    }

    [Theory]
    [InlineData("pl", "Zmiana terminu")]
    [InlineData("en", "Rescheduled")]
    public void RescheduledItem_IsMarked_ButRecordedAsAnyOther(string language, string subtitle)
    {
        var e = Conference(language: language)
            .AddItem("a", AgendaItemKind.Lecture, "Wykład", new LocalTime(10, 0), new LocalTime(11, 0), i => i.WithStatus(AgendaItemStatus.Rescheduled))
            .Build();

        Assert.Equal(subtitle, OnlyXmlItem(e).Element("subtitle")!.Value);
        Assert.Equal(subtitle, OnlyJsonItem(e).GetProperty("subtitle").GetString());
        Assert.False(OnlyJsonItem(e).GetProperty("do_not_record").GetBoolean());
    }

    [Theory]
    [InlineData("pl", null, null, "Sala główna")]
    [InlineData("en", null, null, "Main room")]
    [InlineData("pl", "Biblioteka Raczyńskich", null, "Biblioteka Raczyńskich")]
    [InlineData("pl", "Biblioteka Raczyńskich", " ", "Biblioteka Raczyńskich")]
    [InlineData("pl", "Biblioteka Raczyńskich", "Sala 101", "Sala 101")]
    public void Room_IsTheItemsRoom_ElseTheVenue_ElseTheDefault(string language, string? venue, string? room, string expected)
    {
        var e = Conference(language: language)
            .At(venue is null ? null : new Venue(venue))
            .AddItem("a", AgendaItemKind.Lecture, "Wykład", new LocalTime(10, 0), new LocalTime(11, 0), i => i.InRoom(room))
            .Build();

        Assert.Equal(expected, OnlyXmlItem(e).Element("room")!.Value);
        Assert.Equal(expected, OnlyXmlItem(e).Parent!.Attribute("name")!.Value);
        Assert.Equal(expected, OnlyJsonItem(e).GetProperty("room").GetString());
    }

    [Fact]
    public void SeveralDaysAndParallelRooms_AreLaidOutByDayThenRoom()
    {
        var e = Conference()
            .AddItem("b1", AgendaItemKind.Lecture, "B rano", new LocalTime(9, 0), new LocalTime(10, 0), i => i.InRoom("Sala B"))
            .AddItem("a2", AgendaItemKind.Workshop, "A później", new LocalTime(11, 0), new LocalTime(12, 0), i => i.InRoom("Sala A"))
            .AddItem("a1", AgendaItemKind.Workshop, "A wcześniej", new LocalTime(9, 30), new LocalTime(10, 30), i => i.InRoom("Sala A"))
            .AddItem("kawa", AgendaItemKind.CoffeeBreak, "Kawa", new LocalTime(10, 30), new LocalTime(11, 0))
            .On(new LocalDate(2027, 10, 31), new LocalTime(9, 0), new LocalTime(18, 0))
            .AddItem("c", AgendaItemKind.Panel, "Panel", new LocalTime(10, 0), new LocalTime(11, 30), i => i.InRoom("Sala C"))
            .AddItem("a3", AgendaItemKind.Concert, "Koncert", new LocalTime(9, 0), new LocalTime(10, 0), i => i.InRoom("Sala A"))
            .Build();

        var xml = ScheduleOutputs.ParseXml(ScheduleOutputs.Xml(e)).Root!;
        var days = xml.Elements("day").ToList();
        Assert.Equal(2, days.Count);
        Assert.Equal(["Sala B", "Sala A", "Sala główna"], days[0].Elements("room").Select(r => r.Attribute("name")!.Value));
        Assert.Equal(["Sala A", "Sala C"], days[1].Elements("room").Select(r => r.Attribute("name")!.Value));
        Assert.Equal(["A wcześniej", "A później"], days[0].Elements("room").ElementAt(1).Elements("event").Select(x => x.Element("title")!.Value));
        Assert.Equal("2027-10-30T09:00:00+02:00", days[0].Attribute("start")!.Value);
        Assert.Equal("2027-10-31T18:00:00+01:00", days[1].Attribute("end")!.Value);
        Assert.Equal("2", xml.Element("conference")!.Element("days")!.Value);

        using var json = JsonDocument.Parse(ScheduleOutputs.Json(e));
        var conference = json.RootElement.GetProperty("schedule").GetProperty("conference");
        Assert.Equal(["Sala B", "Sala A", "Sala główna", "Sala C"], conference.GetProperty("rooms").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(["Sala A", "Sala C"], conference.GetProperty("days")[1].GetProperty("rooms").EnumerateObject().Select(r => r.Name));
        AssertBothValid(e);
    }

    [Fact]
    public void ItemAcrossTheEndOfSummerTime_LastsItsElapsedTime_AndCarriesBothOffsets()
    {
        var night = new LocalDate(2027, 10, 31);
        var e = Conference()
            .AddItem("noc", AgendaItemKind.Concert, "Noc bibliotek", night.At(new LocalTime(1, 30)), night.At(new LocalTime(3, 30)))
            .Build();

        var xml = OnlyXmlItem(e);
        Assert.Equal("03:00", xml.Element("duration")!.Value);
        Assert.Equal("01:30", xml.Element("start")!.Value);
        Assert.Equal("2027-10-31T01:30:00+02:00", xml.Element("date")!.Value);
        Assert.Equal("2027-10-31T03:30:00+01:00", OnlyJsonItem(e).GetProperty("end").GetString());
        AssertBothValid(e);
    }

    [Fact]
    public void MarkupAndControlText_IsEscaped_AndReadBackUnchanged()
    {
        const string hostile = "<b>Wykład</b> & \"cytat\" 'apostrof' ]]> <![CDATA[x]]> <!-- c --> &amp; \r\n\ttab \r 📚 שלום \u202E مرحبا";
        var e = Conference()
            .At(new Venue(hostile))
            .Described(hostile)
            .Tagged(hostile)
            .AddItem("a", AgendaItemKind.Lecture, hostile, new LocalTime(10, 0), new LocalTime(11, 0), i => i
                .Described(hostile)
                .OnTrack(hostile)
                .By(new Person(new PersonId("p"), hostile, "dr")))
            .Build();

        var xmlText = ScheduleOutputs.Text(ScheduleOutputs.Xml(e));
        Assert.DoesNotContain("<b>", xmlText, StringComparison.Ordinal);
        Assert.DoesNotContain("<!-- c -->", xmlText, StringComparison.Ordinal);
        var xml = OnlyXmlItem(e);
        Assert.Equal(hostile, xml.Element("title")!.Value);
        Assert.Equal(hostile, xml.Element("abstract")!.Value);
        Assert.Equal(hostile, xml.Element("track")!.Value);
        Assert.Equal(hostile, xml.Element("room")!.Value);
        Assert.Equal(hostile, xml.Parent!.Attribute("name")!.Value);
        Assert.Equal("dr " + hostile, xml.Element("persons")!.Element("person")!.Value);
        var conference = ScheduleOutputs.ParseXml(ScheduleOutputs.Xml(e)).Root!.Element("conference")!;
        Assert.Equal(hostile, conference.Element("track")!.Attribute("name")!.Value);

        var json = OnlyJsonItem(e);
        Assert.Equal(hostile, json.GetProperty("title").GetString());
        Assert.Equal(hostile, json.GetProperty("abstract").GetString());
        Assert.Equal(hostile, json.GetProperty("track").GetString());
        Assert.Equal(hostile, json.GetProperty("room").GetString());
        Assert.Equal("dr " + hostile, json.GetProperty("persons")[0].GetProperty("public_name").GetString());
        AssertBothValid(e);
    }

    [Fact]
    public void TextInAnyScript_IsWrittenAsItself()
    {
        var e = Conference()
            .AddItem("a", AgendaItemKind.Lecture, "Zażółć gęślą jaźń 📚 שלום", new LocalTime(10, 0), new LocalTime(11, 0))
            .Build();

        Assert.Contains("<title>Zażółć gęślą jaźń 📚 שלום</title>", ScheduleOutputs.Text(ScheduleOutputs.Xml(e)), StringComparison.Ordinal);
        Assert.Contains("\"title\": \"Zażółć gęślą jaźń 📚 שלום\"", ScheduleOutputs.Text(ScheduleOutputs.Json(e)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Europe/Warsaw", "Europe/Warsaw")]
    [InlineData("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires")]
    [InlineData("UTC", "UTC")]
    [InlineData("US/Eastern", "America/New_York")]
    [InlineData("Poland", "Europe/Warsaw")]
    [InlineData("Etc/GMT-1", null)]
    public void ZoneName_IsTheEventsZone_AsFarAsTheJsonSchemaAllows(string zone, string? jsonName)
    {
        var e = Conference(zone).AddItem("a", AgendaItemKind.Lecture, "Wykład", new LocalTime(10, 0), new LocalTime(11, 0)).Build();

        Assert.Equal(zone, ScheduleOutputs.ParseXml(ScheduleOutputs.Xml(e)).Root!.Element("conference")!.Element("time_zone_name")!.Value);
        using var json = JsonDocument.Parse(ScheduleOutputs.Json(e));
        var conference = json.RootElement.GetProperty("schedule").GetProperty("conference");
        Assert.Equal(jsonName, conference.TryGetProperty("time_zone_name", out var name) ? name.GetString() : null);
        AssertBothValid(e);
    }

    [Fact]
    public void LocalMeanTimeOffsetWithSeconds_IsWrittenAsTheSameInstantInUtc()
    {
        // Dublin kept its mean time, 25 minutes 21 seconds behind Greenwich, until October 1916.
        var e = Event.CreateBuilder(new EventId("dublin-1916"), "Odczyt")
            .InZone("Europe/Dublin")
            .On(new LocalDate(1916, 3, 1), new LocalTime(10, 0), new LocalTime(12, 0))
            .AddItem("a", AgendaItemKind.Lecture, "Wykład", new LocalTime(10, 0), new LocalTime(11, 0))
            .Build();

        var xml = OnlyXmlItem(e);
        Assert.Equal("1916-03-01T10:25:21+00:00", xml.Element("date")!.Value);
        Assert.Equal("10:00", xml.Element("start")!.Value);
        AssertBothValid(e);
    }

    [Fact]
    public void EventWebPage_GivesEachItemAUrlWithItsIdAsFragment()
    {
        var e = Conference()
            .WithUrl(new Uri("https://zażółć.example/ścieżka?q=ę#program"))
            .AddItem("wyklad.1", AgendaItemKind.Lecture, "Wykład", new LocalTime(10, 0), new LocalTime(11, 0))
            .Build();

        var url = OnlyJsonItem(e).GetProperty("url").GetString()!;
        Assert.StartsWith("https://xn--", url, StringComparison.Ordinal);
        Assert.EndsWith("?q=%C4%99#wyklad.1", url, StringComparison.Ordinal);
        Assert.Equal(url, OnlyXmlItem(e).Element("url")!.Value);
        Assert.True(Uri.IsWellFormedUriString(url, UriKind.Absolute));
        AssertBothValid(e);
    }

    [Fact]
    public void NonHttpWebPage_LeavesTheXmlUrlOut_AndGivesJsonAUrn()
    {
        var e = Conference()
            .WithUrl(new Uri("ftp://biblioteka.example/program.txt"))
            .AddItem("a", AgendaItemKind.Lecture, "Wykład", new LocalTime(10, 0), new LocalTime(11, 0))
            .Build();

        Assert.Null(OnlyXmlItem(e).Element("url"));
        Assert.StartsWith("urn:uuid:", OnlyJsonItem(e).GetProperty("url").GetString(), StringComparison.Ordinal);
        AssertBothValid(e);
    }

    [Theory]
    [InlineData(10, 0, 60, "01:00")]
    [InlineData(10, 0, 45, "00:15")]
    [InlineData(10, 5, 60, "00:05")]
    [InlineData(10, 0, 7, "00:01")]
    public void TimeslotDuration_IsTheLargestSlotEveryStartAndDurationFits(int hour, int minute, int minutes, string expected)
    {
        var start = new LocalTime(hour, minute);
        var e = Event.CreateBuilder(new EventId("sloty"), "Sloty").InZone("Europe/Warsaw")
            .On(new LocalDate(2027, 5, 5), new LocalTime(9, 0), new LocalTime(18, 0))
            .AddItem("a", AgendaItemKind.Lecture, "Wykład", start, start.PlusMinutes(minutes))
            .Build();

        Assert.Equal(expected, ScheduleOutputs.ParseXml(ScheduleOutputs.Xml(e)).Root!.Element("conference")!.Element("timeslot_duration")!.Value);
    }

    [Fact]
    public void RevisionAndSlug_GiveVersionAndAcronym()
    {
        var e = Event.CreateBuilder(new EventId("x"), "Krótka").WithSlug(new Slug("ab")).AtRevision(42).InZone("UTC")
            .On(new LocalDate(2027, 5, 5), new LocalTime(9, 0), new LocalTime(18, 0))
            .AddItem("Wyklad.Pierwszy~", AgendaItemKind.Lecture, "Wykład", new LocalTime(10, 0), new LocalTime(11, 0))
            .Build();

        var xml = ScheduleOutputs.ParseXml(ScheduleOutputs.Xml(e)).Root!;
        Assert.Equal("42", xml.Element("version")!.Value);
        Assert.Equal("ab__", xml.Element("conference")!.Element("acronym")!.Value);
        var item = OnlyJsonItem(e);
        Assert.Equal($"ab__-{item.GetProperty("id").GetInt32()}-wyklad-pierwszy", item.GetProperty("slug").GetString());
        AssertBothValid(e);
    }

    [Fact]
    public void LenientScheduler_ExportsAnItemInTheSpringGap()
    {
        var gap = new LocalDate(2027, 3, 28);
        var e = Event.CreateBuilder(new EventId("wiosna"), "Wiosna").InZone("Europe/Warsaw")
            .On(gap, new LocalTime(0, 0), new LocalTime(12, 0))
            .AddItem("a", AgendaItemKind.Concert, "Koncert", gap.At(new LocalTime(2, 30)), gap.At(new LocalTime(4, 0)))
            .Build();
        var format = new ScheduleXmlExportFormat(new EventScheduler(DateTimeZoneProviders.Tzdb, LocalTimePolicy.Lenient));

        var bytes = ScheduleOutputs.Write(format, e);

        var item = Assert.Single(ScheduleOutputs.XmlItems(ScheduleOutputs.ParseXml(bytes)));
        Assert.Equal("2027-03-28T03:30:00+02:00", item.Element("date")!.Value);
        Assert.Empty(C3vocSchemas.ValidateXml(bytes));
    }
}
