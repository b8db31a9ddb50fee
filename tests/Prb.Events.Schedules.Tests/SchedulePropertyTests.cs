using System.Text.Json;
using System.Xml.Linq;
using CsCheck;
using NodaTime.Text;
using Prb.Events.Schedules;
using Prb.Events.Tests.TestSupport;

namespace Prb.Events.Schedules.Tests;

/// <summary>
/// Random events — several days, parallel rooms, cancelled items, Polish, emoji, right-to-left and markup text — give
/// schedules that validate against the c3voc schemas and read back with every item and every text intact.
/// </summary>
public class SchedulePropertyTests
{
    [Fact]
    public void RandomEvents_ScheduleXml_ValidatesAndKeepsEveryItem()
    {
        EventGenerators.Schedules.Sample(e =>
        {
            var bytes = ScheduleOutputs.Xml(e);
            var problems = C3vocSchemas.ValidateXml(bytes);
            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems) + Environment.NewLine + ScheduleOutputs.Text(bytes));
            Assert.Equal(bytes, ScheduleOutputs.Xml(e));

            var document = ScheduleOutputs.ParseXml(bytes);
            var schedule = EventScheduler.Default.Schedule(e);
            var items = ScheduleOutputs.XmlItems(document);
            Assert.Equal(e.Agenda.Count, items.Count);
            Assert.Equal(e.Days.Count, document.Root!.Elements("day").Count());
            var conferenceRooms = new List<string>();
            foreach (var day in document.Root.Elements("day"))
            {
                var rooms = day.Elements("room").Select(r => r.Attribute("name")!.Value).ToList();
                AssertKeepsFirstAppearanceOrder(conferenceRooms, rooms);
                foreach (var x in day.Elements("room").Elements("event"))
                {
                    var scheduled = Expected(e, schedule, x.Attribute("guid")!.Value);
                    var item = scheduled.Item;
                    Assert.Equal(item.Title, x.Element("title")!.Value);
                    Assert.Equal(item.Description ?? "", x.Element("abstract")!.Value);
                    Assert.Equal(ExpectedTrack(e, item), x.Element("track")!.Value);
                    Assert.Equal(ExpectedRoom(e, item), x.Element("room")!.Value);
                    Assert.Equal(ExpectedRoom(e, item), x.Parent!.Attribute("name")!.Value);
                    Assert.Equal(scheduled.Start.ToInstant(), OffsetDateTimePattern.ExtendedIso.Parse(x.Element("date")!.Value).Value.ToInstant());
                    Assert.Equal(scheduled.Start.Date.ToString("uuuu-MM-dd", null), day.Attribute("date")!.Value);
                    Assert.Equal(ScheduleTimes.HoursAndMinutes(scheduled.Duration), x.Element("duration")!.Value);
                    Assert.Equal(item.Status != AgendaItemStatus.Scheduled, x.Element("subtitle") is not null);
                    Assert.Equal(item.Speakers.Distinct().Select(s => e.FindPerson(s)!.DisplayName), x.Element("persons")!.Elements("person").Select(p => p.Value));
                }
            }
        }, iter: 200);
    }

    [Fact]
    public void RandomEvents_ScheduleJson_ValidatesAndKeepsEveryItem()
    {
        EventGenerators.Schedules.Sample(e =>
        {
            var bytes = ScheduleOutputs.Json(e);
            var result = C3vocSchemas.EvaluateJson(bytes);
            Assert.True(result.IsValid, C3vocSchemas.Describe(result) + Environment.NewLine + ScheduleOutputs.Text(bytes));
            Assert.Equal(bytes, ScheduleOutputs.Json(e));

            using var document = JsonDocument.Parse(bytes);
            var schedule = EventScheduler.Default.Schedule(e);
            var conference = document.RootElement.GetProperty("schedule").GetProperty("conference");
            Assert.Equal(e.Days.Count, conference.GetProperty("daysCount").GetInt32());
            var items = ScheduleOutputs.JsonItems(document);
            Assert.Equal(e.Agenda.Count, items.Count);
            Assert.Equal(e.Agenda.Count, items.Select(i => i.Item.GetProperty("slug").GetString()).Distinct().Count());
            var conferenceRooms = conference.GetProperty("rooms").EnumerateArray().Select(r => r.GetProperty("name").GetString()!).ToList();
            foreach (var day in conference.GetProperty("days").EnumerateArray())
            {
                var rooms = day.GetProperty("rooms").EnumerateObject().Select(r => r.Name).ToList();
                Assert.Equal(rooms, conferenceRooms.Where(rooms.Contains));
            }

            foreach (var (roomKey, x) in items)
            {
                var scheduled = Expected(e, schedule, x.GetProperty("guid").GetString()!);
                var item = scheduled.Item;
                Assert.Equal(item.Title, x.GetProperty("title").GetString());
                Assert.Equal(item.Description ?? "", x.GetProperty("abstract").GetString());
                Assert.Equal(ExpectedTrack(e, item), x.GetProperty("track").GetString());
                Assert.Equal(ExpectedRoom(e, item), x.GetProperty("room").GetString());
                Assert.Equal(ExpectedRoom(e, item), roomKey);
                Assert.Equal(scheduled.Start.ToInstant(), OffsetDateTimePattern.ExtendedIso.Parse(x.GetProperty("date").GetString()!).Value.ToInstant());
                Assert.Equal(scheduled.End.ToInstant(), OffsetDateTimePattern.ExtendedIso.Parse(x.GetProperty("end").GetString()!).Value.ToInstant());
                Assert.Equal(item.Status == AgendaItemStatus.Cancelled, x.TryGetProperty("do_not_record", out var record) && record.GetBoolean());
                Assert.Equal(item.Speakers.Distinct().Select(s => e.FindPerson(s)!.DisplayName),
                    x.GetProperty("persons").EnumerateArray().Select(p => p.GetProperty("public_name").GetString()));
            }
        }, iter: 200);
    }

    [Fact]
    public void RandomEvents_BothSchedules_AgreeOnIdsGuidsRoomsAndTimes()
    {
        EventGenerators.Schedules.Sample(e =>
        {
            var xml = ScheduleOutputs.XmlItems(ScheduleOutputs.ParseXml(ScheduleOutputs.Xml(e)))
                .Select(x => (x.Attribute("guid")!.Value, x.Attribute("id")!.Value, x.Element("room")!.Value, x.Element("date")!.Value, x.Element("start")!.Value, x.Element("duration")!.Value, x.Element("type")!.Value));
            using var document = JsonDocument.Parse(ScheduleOutputs.Json(e));
            var json = ScheduleOutputs.JsonItems(document)
                .Select(i => i.Item)
                .Select(x => (x.GetProperty("guid").GetString()!, x.GetProperty("id").GetInt32().ToString(), x.GetProperty("room").GetString()!, x.GetProperty("date").GetString()!,
                    x.GetProperty("start").GetString()!, x.GetProperty("duration").GetString()!, x.GetProperty("type").GetString()!));

            Assert.Equal(xml, json);
        }, iter: 100);
    }

    private static ScheduledItem Expected(Event e, EventSchedule schedule, string guid) =>
        Assert.Single(schedule.Items, s => ScheduleIdentifiers.ItemGuid(e.Id, s.Item.Id).ToString("D") == guid);

    private static string ExpectedRoom(Event e, AgendaItem item) =>
        !string.IsNullOrWhiteSpace(item.Room) ? item.Room
        : !string.IsNullOrWhiteSpace(e.Venue?.Name) ? e.Venue.Name
        : e.Language.StartsWith("pl", StringComparison.Ordinal) ? "Sala główna" : "Main room";

    private static string ExpectedTrack(Event e, AgendaItem item) =>
        !string.IsNullOrWhiteSpace(item.Track) ? item.Track
        : e.Language.StartsWith("pl", StringComparison.Ordinal) ? "Program główny" : "Main track";

    private static void AssertKeepsFirstAppearanceOrder(List<string> seenSoFar, List<string> dayRooms)
    {
        var known = dayRooms.Where(seenSoFar.Contains).ToList();
        Assert.Equal(seenSoFar.Where(dayRooms.Contains), known);
        var firstNew = dayRooms.FindIndex(r => !seenSoFar.Contains(r));
        if (firstNew >= 0)
        {
            Assert.All(dayRooms.Skip(firstNew), r => Assert.DoesNotContain(r, seenSoFar));
            seenSoFar.AddRange(dayRooms.Skip(firstNew));
        }
    }
}
