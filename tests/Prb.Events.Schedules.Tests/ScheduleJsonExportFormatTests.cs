using System.Text.Json;
using ApprovalTests;
using ApprovalTests.Reporters;
using Prb.Events.Schedules;

namespace Prb.Events.Schedules.Tests;

[UseReporter(typeof(QuietReporter))]
public class ScheduleJsonExportFormatTests
{
    private const string Venue = "Dolnośląska Biblioteka Publiczna im. Tadeusza Mikulskiego we Wrocławiu";

    [Fact]
    public void Format_IsNamedForUrlsAndTheCommandLine()
    {
        var format = ScheduleJsonExportFormat.Instance;

        Assert.Equal("schedule-json", format.Name);
        Assert.Equal("application/json; charset=utf-8", format.MediaType);
        Assert.Equal(".json", format.FileExtension);
    }

    [Theory]
    [InlineData("wyklad-w-swiecie-bibliotek", "W świecie bibliotek", "lecture", "10:00", "01:00", "11:00")]
    [InlineData("wreczenie-nagrod", "Ogłoszenie wyników konkursu „Dobre praktyki w bibliotece dla Gminnych Koalicji na Rzecz Bibliotek” i wręczenie nagród", "ceremony", "11:00", "00:30", "11:30")]
    [InlineData("przerwa-kawowa", "Przerwa kawowa", "break", "11:30", "00:30", "12:00")]
    [InlineData("prezentacje-laureatow", "Dobre praktyki laureatów – prezentacje multimedialne", "talk", "12:00", "02:00", "14:00")]
    [InlineData("koncert-jazzowy", "Koncert jazzowy", "concert", "14:00", "00:30", "14:30")]
    public void Seed_EveryAgendaItemAppears_WithTypeStartDurationAndOffset(string id, string title, string type, string start, string duration, string end)
    {
        using var json = JsonDocument.Parse(ScheduleOutputs.Json(ScheduleOutputs.Seed));
        var guid = ScheduleIdentifiers.ItemGuid(ScheduleOutputs.Seed.Id, new AgendaItemId(id)).ToString("D");

        var (roomKey, item) = Assert.Single(ScheduleOutputs.JsonItems(json), i => i.Item.GetProperty("guid").GetString() == guid);

        Assert.Equal(Venue, roomKey);
        Assert.Equal(Venue, item.GetProperty("room").GetString());
        Assert.Equal(title, item.GetProperty("title").GetString());
        Assert.Equal(type, item.GetProperty("type").GetString());
        Assert.Equal(start, item.GetProperty("start").GetString());
        Assert.Equal(duration, item.GetProperty("duration").GetString());
        Assert.Equal($"2011-11-09T{start}:00+01:00", item.GetProperty("date").GetString());
        Assert.Equal($"2011-11-09T{end}:00+01:00", item.GetProperty("end").GetString());
        Assert.Equal("Program główny", item.GetProperty("track").GetString());
        Assert.Equal("", item.GetProperty("subtitle").GetString());
        Assert.False(item.GetProperty("do_not_record").GetBoolean());
        Assert.StartsWith("prb_2011_11_09_wroclaw-", item.GetProperty("slug").GetString(), StringComparison.Ordinal);
        Assert.Equal($"urn:uuid:{guid}", item.GetProperty("url").GetString());
    }

    [Fact]
    public void Seed_HasTheConferenceAndTheDay()
    {
        using var json = JsonDocument.Parse(ScheduleOutputs.Json(ScheduleOutputs.Seed));
        var schedule = json.RootElement.GetProperty("schedule");

        Assert.Equal("0", schedule.GetProperty("version").GetString());
        var conference = schedule.GetProperty("conference");
        Assert.Equal("prb_2011_11_09_wroclaw", conference.GetProperty("acronym").GetString());
        Assert.Equal("2011-11-09", conference.GetProperty("start").GetString());
        Assert.Equal("2011-11-09", conference.GetProperty("end").GetString());
        Assert.Equal("00:30", conference.GetProperty("timeslot_duration").GetString());
        Assert.Equal(["Program główny"], conference.GetProperty("tracks").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(1, conference.GetProperty("daysCount").GetInt32());
        Assert.Equal("Europe/Warsaw", conference.GetProperty("time_zone_name").GetString());
        var room = Assert.Single(conference.GetProperty("rooms").EnumerateArray());
        Assert.Equal(Venue, room.GetProperty("name").GetString());
        var day = Assert.Single(conference.GetProperty("days").EnumerateArray());
        Assert.Equal("2011-11-09", day.GetProperty("date").GetString());
        Assert.Equal("2011-11-09T10:00:00+01:00", day.GetProperty("day_start").GetString());
        Assert.Equal("2011-11-09T14:30:00+01:00", day.GetProperty("day_end").GetString());
        Assert.Equal(5, day.GetProperty("rooms").GetProperty(Venue).GetArrayLength());
    }

    [Fact]
    public void Seed_SpeakersAreFrabPersons()
    {
        using var json = JsonDocument.Parse(ScheduleOutputs.Json(ScheduleOutputs.Seed));
        var ceremony = ScheduleOutputs.JsonItems(json)[1].Item;

        var persons = ceremony.GetProperty("persons").EnumerateArray().ToList();
        Assert.Equal(["Katarzyna Morawska", "Andrzej Tyws"], persons.Select(p => p.GetProperty("public_name").GetString()));
        Assert.All(persons, p => Assert.True(p.GetProperty("id").GetInt32() > 0));
        Assert.All(persons, p => Assert.False(p.TryGetProperty("name", out _)));
    }

    [Fact]
    public void Seed_MatchesSnapshot()
    {
        Approvals.VerifyWithExtension(ScheduleOutputs.Text(ScheduleOutputs.Json(ScheduleOutputs.Seed)), ".json");
    }
}
