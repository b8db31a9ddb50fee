using ApprovalTests;
using ApprovalTests.Reporters;
using System.Xml.Linq;
using Prb.Events.Schedules;

namespace Prb.Events.Schedules.Tests;

[UseReporter(typeof(QuietReporter))]
public class ScheduleXmlExportFormatTests
{
    private const string Venue = "Dolnośląska Biblioteka Publiczna im. Tadeusza Mikulskiego we Wrocławiu";

    private static XDocument SeedXml => ScheduleOutputs.ParseXml(ScheduleOutputs.Xml(ScheduleOutputs.Seed));

    [Fact]
    public void Format_IsNamedForUrlsAndTheCommandLine()
    {
        var format = ScheduleXmlExportFormat.Instance;

        Assert.Equal("schedule-xml", format.Name);
        Assert.Equal("application/xml; charset=utf-8", format.MediaType);
        Assert.Equal(".xml", format.FileExtension);
    }

    [Theory]
    [InlineData("wyklad-w-swiecie-bibliotek", "W świecie bibliotek", "lecture", "10:00", "01:00")]
    [InlineData("wreczenie-nagrod", "Ogłoszenie wyników konkursu „Dobre praktyki w bibliotece dla Gminnych Koalicji na Rzecz Bibliotek” i wręczenie nagród", "ceremony", "11:00", "00:30")]
    [InlineData("przerwa-kawowa", "Przerwa kawowa", "break", "11:30", "00:30")]
    [InlineData("prezentacje-laureatow", "Dobre praktyki laureatów – prezentacje multimedialne", "talk", "12:00", "02:00")]
    [InlineData("koncert-jazzowy", "Koncert jazzowy", "concert", "14:00", "00:30")]
    public void Seed_EveryAgendaItemAppears_WithTypeStartDurationAndOffset(string id, string title, string type, string start, string duration)
    {
        var guid = ScheduleIdentifiers.ItemGuid(ScheduleOutputs.Seed.Id, new AgendaItemId(id)).ToString("D");

        var item = Assert.Single(ScheduleOutputs.XmlItems(SeedXml), e => e.Attribute("guid")!.Value == guid);

        Assert.Equal(title, item.Element("title")!.Value);
        Assert.Equal(type, item.Element("type")!.Value);
        Assert.Equal(start, item.Element("start")!.Value);
        Assert.Equal(duration, item.Element("duration")!.Value);
        Assert.Equal($"2011-11-09T{start}:00+01:00", item.Element("date")!.Value);
        Assert.Equal(Venue, item.Element("room")!.Value);
        Assert.Equal("pl", item.Element("language")!.Value);
        Assert.Equal("Program główny", item.Element("track")!.Value);
        Assert.Null(item.Element("subtitle"));
        Assert.True(int.Parse(item.Attribute("id")!.Value) > 0);
    }

    [Fact]
    public void Seed_HasTheConferenceTheDayAndTheRoom()
    {
        var root = SeedXml.Root!;

        Assert.Equal("schedule", root.Name.LocalName);
        Assert.Equal("0", root.Element("version")!.Value);
        var conference = root.Element("conference")!;
        Assert.Equal("prb_2011_11_09_wroclaw", conference.Element("acronym")!.Value);
        Assert.Equal("Biblioteki w partnerstwach lokalnych – dobre praktyki. II Konferencja Regionalna PRB", conference.Element("title")!.Value);
        Assert.Equal("2011-11-09", conference.Element("start")!.Value);
        Assert.Equal("2011-11-09", conference.Element("end")!.Value);
        Assert.Equal("1", conference.Element("days")!.Value);
        Assert.Equal("Europe/Warsaw", conference.Element("time_zone_name")!.Value);
        Assert.Equal("00:30", conference.Element("timeslot_duration")!.Value);
        Assert.Equal(["Program główny"], conference.Elements("track").Select(t => t.Attribute("name")!.Value));
        var day = Assert.Single(root.Elements("day"));
        Assert.Equal("1", day.Attribute("index")!.Value);
        Assert.Equal("2011-11-09", day.Attribute("date")!.Value);
        Assert.Equal("2011-11-09T10:00:00+01:00", day.Attribute("start")!.Value);
        Assert.Equal("2011-11-09T14:30:00+01:00", day.Attribute("end")!.Value);
        var room = Assert.Single(day.Elements("room"));
        Assert.Equal(Venue, room.Attribute("name")!.Value);
        Assert.Equal(["10:00", "11:00", "11:30", "12:00", "14:00"], room.Elements("event").Select(e => e.Element("start")!.Value));
    }

    [Fact]
    public void Seed_SpeakersArePersonsWithTheirHonorific()
    {
        var lecture = ScheduleOutputs.XmlItems(SeedXml)[0];

        var person = Assert.Single(lecture.Element("persons")!.Elements("person"));
        Assert.Equal("dr Bogusław Bednarek", person.Value);
        Assert.Equal(ScheduleIdentifiers.PersonGuid(ScheduleOutputs.Seed.Id, new PersonId("boguslaw-bednarek")).ToString("D"), person.Attribute("guid")!.Value);
        var ceremony = ScheduleOutputs.XmlItems(SeedXml)[1];
        Assert.Equal(["Katarzyna Morawska", "Andrzej Tyws"], ceremony.Element("persons")!.Elements("person").Select(p => p.Value));
        Assert.Empty(ScheduleOutputs.XmlItems(SeedXml)[2].Element("persons")!.Elements());
    }

    [Fact]
    public void Seed_IsUtf8WithoutByteOrderMark_AndDeclaresIt()
    {
        var bytes = ScheduleOutputs.Xml(ScheduleOutputs.Seed);

        Assert.False(bytes.AsSpan().StartsWith(System.Text.Encoding.UTF8.Preamble));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<schedule>", ScheduleOutputs.Text(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_MatchesSnapshot()
    {
        Approvals.VerifyWithExtension(ScheduleOutputs.Text(ScheduleOutputs.Xml(ScheduleOutputs.Seed)), ".xml");
    }
}
