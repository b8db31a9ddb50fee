using System.Text.Json;
using NodaTime;
using Prb.Events.Schedules;
using Prb.Events.Tests.TestSupport;

namespace Prb.Events.Schedules.Tests;

/// <summary>How an event is resolved into the schedule both formats write: what is refused and how it is said, the
/// days, the time slot, the speakers and the conference's optional parts.</summary>
public class ScheduleDocumentTests
{
    private static readonly LocalDate Day = new(2027, 6, 5);

    private static EventBuilder Conference(string zone = "Europe/Warsaw") =>
        Event.CreateBuilder(new EventId("dokument"), "Dokument")
            .InZone(zone)
            .On(Day, new LocalTime(9, 0), new LocalTime(18, 0));

    private static string RefusalOf(Event e) =>
        Assert.Throws<ArgumentException>(() => ScheduleDocument.Create(e, EventScheduler.Default)).Message;

    private static string Refusal(string reasons) =>
        $"The event cannot be written as a conference schedule: {reasons} (Parameter 'event')";

    [Fact]
    public void Item_ending_before_it_starts_is_refused_with_its_place_and_title()
    {
        var e = Conference()
            .AddItem(new AgendaItem(new AgendaItemId("a"), AgendaItemKind.Lecture, "Wstecz „w czasie”", Day.At(new LocalTime(11, 0)), Day.At(new LocalTime(10, 0))))
            .Build();

        Assert.EndsWith("agenda[0]: 'Wstecz „w czasie”' ends before it starts. (Parameter 'event')", RefusalOf(e), StringComparison.Ordinal);
    }

    [Fact]
    public void Item_of_100_hours_is_refused_saying_so()
    {
        var e = Conference()
            .AddItem(new AgendaItem(new AgendaItemId("a"), AgendaItemKind.Other, "Maraton", Day.At(new LocalTime(10, 0)), Day.At(new LocalTime(10, 0)).PlusHours(100)))
            .Build();

        Assert.Equal(Refusal("agenda[0]: 'Maraton' lasts 100 hours or more, longer than a schedule's duration can say."), RefusalOf(e));
    }

    [Theory]
    [InlineData(-1, "agenda[0]: 'Wykład' ends before it starts.")]
    [InlineData(100, "agenda[0]: 'Wykład' lasts 100 hours or more, longer than a schedule's duration can say.")]
    public void Item_refused_for_its_times_is_not_checked_further(int hours, string reason)
    {
        // The item has no place in a schedule, so its speakers are not looked up: one reason per item, the first.
        var start = Day.At(new LocalTime(10, 0));
        var e = Conference()
            .AddItem(new AgendaItem(new AgendaItemId("a"), AgendaItemKind.Lecture, "Wykład", start, start.PlusHours(hours), speakers: [new PersonId("nieznany")]))
            .Build();

        Assert.EndsWith($"{reason} (Parameter 'event')", RefusalOf(e), StringComparison.Ordinal);
        Assert.DoesNotContain("nieznany", RefusalOf(e), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_items_with_one_id_are_refused_naming_the_later_one()
    {
        var e = Conference()
            .AddItem("a", AgendaItemKind.Lecture, "Pierwszy", new LocalTime(10, 0), new LocalTime(11, 0))
            .AddItem("b", AgendaItemKind.Lecture, "Drugi", new LocalTime(11, 0), new LocalTime(12, 0))
            .AddItem("a", AgendaItemKind.Lecture, "Trzeci", new LocalTime(12, 0), new LocalTime(13, 0))
            .Build();

        Assert.Equal(Refusal("agenda[2].id: 'a' is the id of an earlier item too; every item needs an id of its own for its guid."), RefusalOf(e));
    }

    [Fact]
    public void Speaker_missing_from_the_people_is_refused_with_the_items_place()
    {
        var e = Conference()
            .AddItem("a", AgendaItemKind.Lecture, "Wykład", new LocalTime(10, 0), new LocalTime(11, 0), i => i.By(new PersonId("nieznany")))
            .Build();

        Assert.Equal(Refusal("agenda[0].speakerIds: 'nieznany' is not one of the event's people, so the schedule has no name to show."), RefusalOf(e));
    }

    [Fact]
    public void Every_problem_is_in_one_message_separated_by_spaces()
    {
        var e = Conference()
            .AddItem("a", AgendaItemKind.Lecture, "Pierwszy", new LocalTime(10, 0), new LocalTime(11, 0), i => i.By(new PersonId("x")))
            .AddItem("a", AgendaItemKind.Lecture, "Drugi", new LocalTime(11, 0), new LocalTime(12, 0))
            .Build();

        Assert.Equal(
            Refusal("agenda[1].id: 'a' is the id of an earlier item too; every item needs an id of its own for its guid. " +
                "agenda[0].speakerIds: 'x' is not one of the event's people, so the schedule has no name to show."),
            RefusalOf(e));
    }

    [Fact]
    public void Series_is_refused_with_its_rule_and_where_its_occurrences_are()
    {
        var e = Conference()
            .Repeats(new RecurrenceRule(RecurrenceFrequency.Weekly, 2))
            .Build();

        Assert.Equal(
            Refusal("series: the event repeats (FREQ=WEEKLY;INTERVAL=2); a conference schedule holds one conference with its days, not a series of meetings. Its occurrences are in the iCalendar export."),
            RefusalOf(e));
    }

    [Fact]
    public void Unknown_zone_is_refused_with_the_schedulers_reason_and_its_path()
    {
        var e = Conference("Europe/Atlantyda").AddItem("a", AgendaItemKind.Lecture, "Wykład", new LocalTime(10, 0), new LocalTime(11, 0)).Build();
        var reason = Assert.Single(EventScheduler.Default.Schedule(e).Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

        Assert.Equal(Refusal($"{reason.Path}: {reason.Message}"), RefusalOf(e));
    }

    [Fact]
    public void Day_starting_in_the_spring_gap_is_refused_with_the_schedulers_reason_alone()
    {
        var gap = new LocalDate(2027, 3, 28);
        var e = Event.CreateBuilder(new EventId("wiosna"), "Wiosna").InZone("Europe/Warsaw")
            .On(gap, new LocalTime(2, 30), new LocalTime(12, 0))
            .AddItem("a", AgendaItemKind.Lecture, "Wykład", new LocalTime(10, 0), new LocalTime(11, 0))
            .Build();
        var reason = Assert.Single(EventScheduler.Default.Schedule(e).Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

        Assert.StartsWith("days[0].start", reason.Path, StringComparison.Ordinal);
        Assert.Equal(Refusal($"{reason.Path}: {reason.Message}"), RefusalOf(e));
    }

    [Fact]
    public void Item_on_the_first_supported_date_in_a_mean_time_with_seconds_is_written_in_utc_in_the_year_1()
    {
        // Calcutta's mean time was 5:53:28 ahead of Greenwich, an offset with seconds, so times are written in UTC:
        // 02:00 on 2 January of the year 1 there is 20:06:32 on 1 January in UTC, still a year XML Schema can write.
        var first = EventLimits.MinDate;
        var e = Event.CreateBuilder(new EventId("dawno"), "Dawno").InZone("Asia/Kolkata")
            .On(first, new LocalTime(2, 0), new LocalTime(12, 0))
            .AddItem("a", AgendaItemKind.Lecture, "Wykład", new LocalTime(2, 0), new LocalTime(3, 0))
            .Build();

        var day = Assert.Single(ScheduleDocument.Create(e, EventScheduler.Default).Days);
        var item = Assert.Single(day.Rooms).Items[0];

        Assert.Equal("0001-01-02", day.Date);
        Assert.Equal("0001-01-01T20:06:32+00:00", item.Date);
        Assert.Equal("02:00", item.Start);
        Assert.Empty(C3vocSchemas.ValidateXml(ScheduleOutputs.Xml(e)));
    }

    [Fact]
    public void Item_of_no_length_is_written_with_a_duration_of_00_00()
    {
        var e = Conference()
            .AddItem(new AgendaItem(new AgendaItemId("a"), AgendaItemKind.Other, "Ogłoszenie", Day.At(new LocalTime(12, 0)), Day.At(new LocalTime(12, 0))))
            .Build();

        var item = Assert.Single(Assert.Single(ScheduleDocument.Create(e, EventScheduler.Default).Days).Rooms).Items[0];

        Assert.Equal("00:00", item.Duration);
        Assert.Equal(item.Date, item.End);
    }

    [Theory]
    [InlineData(9, 20, "00:20")]
    [InlineData(9, 45, "00:15")]
    [InlineData(9, 0, "01:00")]
    public void Time_slot_also_fits_the_start_of_each_day(int hour, int minute, string expected)
    {
        var e = Event.CreateBuilder(new EventId("dokument"), "Dokument").InZone("Europe/Warsaw")
            .On(Day, new LocalTime(hour, minute), new LocalTime(18, 0))
            .AddItem("a", AgendaItemKind.Lecture, "Wykład", new LocalTime(10, 0), new LocalTime(11, 0))
            .Build();

        Assert.Equal(expected, ScheduleDocument.Create(e, EventScheduler.Default).TimeslotDuration);
    }

    [Fact]
    public void Time_slot_of_an_event_whose_starts_and_lengths_share_no_minute_is_one_minute()
    {
        var e = Event.CreateBuilder(new EventId("dokument"), "Dokument").InZone("Europe/Warsaw")
            .On(Day, new LocalTime(0, 0), new LocalTime(18, 0))
            .AddItem("a", AgendaItemKind.Lecture, "Wykład", new LocalTime(13, 0), new LocalTime(13, 59))
            .Build();

        Assert.Equal("00:01", ScheduleDocument.Create(e, EventScheduler.Default).TimeslotDuration);
    }

    [Fact]
    public void Speakers_are_listed_in_the_agendas_order_each_once()
    {
        var anna = new Person(new PersonId("anna"), "Anna");
        var ben = new Person(new PersonId("ben"), "Ben");
        var e = Conference()
            .AddPerson(anna)
            .AddPerson(ben)
            .AddItem("a", AgendaItemKind.Panel, "Panel", new LocalTime(10, 0), new LocalTime(11, 0), i => i.By(ben.Id, anna.Id, ben.Id))
            .Build();

        var item = Assert.Single(Assert.Single(ScheduleDocument.Create(e, EventScheduler.Default).Days).Rooms).Items[0];

        Assert.Equal(["Ben", "Anna"], item.Persons.Select(p => p.Name));
        Assert.Equal(ScheduleIdentifiers.PersonGuid(e.Id, ben.Id), item.Persons[0].Guid);
        Assert.Equal(NameBasedUuid.PositiveNumber(item.Persons[0].Guid), item.Persons[0].Id);
    }

    [Fact]
    public void Conference_without_description_or_tags_leaves_them_out_of_schedule_json()
    {
        var e = Conference().AddItem("a", AgendaItemKind.Lecture, "Wykład", new LocalTime(10, 0), new LocalTime(11, 0)).Build();

        using var json = JsonDocument.Parse(ScheduleOutputs.Json(e));
        var conference = json.RootElement.GetProperty("schedule").GetProperty("conference");
        Assert.False(conference.TryGetProperty("description", out _));
        Assert.False(conference.TryGetProperty("keywords", out _));
        Assert.False(conference.TryGetProperty("url", out _));
        Assert.Null(ScheduleOutputs.ParseXml(ScheduleOutputs.Xml(e)).Root!.Element("conference")!.Element("url"));
    }

    [Fact]
    public void Conference_web_page_that_is_not_http_is_in_schedule_json_only()
    {
        var e = Conference()
            .WithUrl(new Uri("ftp://biblioteka.example/program.txt"))
            .AddItem("a", AgendaItemKind.Lecture, "Wykład", new LocalTime(10, 0), new LocalTime(11, 0))
            .Build();

        var document = ScheduleDocument.Create(e, EventScheduler.Default);
        Assert.Equal("ftp://biblioteka.example/program.txt", document.Url);
        Assert.Null(document.HttpUrl);
        using var json = JsonDocument.Parse(ScheduleOutputs.Json(e));
        Assert.Equal("ftp://biblioteka.example/program.txt", json.RootElement.GetProperty("schedule").GetProperty("conference").GetProperty("url").GetString());
        Assert.Null(ScheduleOutputs.ParseXml(ScheduleOutputs.Xml(e)).Root!.Element("conference")!.Element("url"));
    }

    [Fact]
    public void Items_of_one_room_and_date_follow_their_start_and_rooms_their_first_item()
    {
        var e = Conference()
            .AddItem("pozno", AgendaItemKind.Lecture, "Późno", new LocalTime(15, 0), new LocalTime(16, 0), i => i.InRoom("A"))
            .AddItem("wczesnie", AgendaItemKind.Lecture, "Wcześnie", new LocalTime(10, 0), new LocalTime(11, 0), i => i.InRoom("B"))
            .AddItem("srodek", AgendaItemKind.Lecture, "Środek", new LocalTime(12, 0), new LocalTime(13, 0), i => i.InRoom("A"))
            .Build();

        var document = ScheduleDocument.Create(e, EventScheduler.Default);

        Assert.Equal(["B", "A"], document.Rooms.Select(r => r.Name));
        var day = Assert.Single(document.Days);
        Assert.Equal(["B", "A"], day.Rooms.Select(r => r.Room.Name));
        Assert.Equal(["Środek", "Późno"], day.Rooms[1].Items.Select(i => i.Title));
    }

    [Fact]
    public void Person_listed_twice_in_a_document_is_one_speaker_named_as_first_listed()
    {
        // The model finds a person by the first entry with its id; a document read from JSON can list an id twice.
        var json = File.ReadAllText(RepositoryFiles.SeedDocumentPath).Replace(
            "\"people\": [", "\"people\": [ { \"id\": \"boguslaw-bednarek\", \"name\": \"Bogusław Pierwszy\" },", StringComparison.Ordinal);
        var e = EventDocumentSerializer.Read(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.Equal(2, e.People.Count(p => p.Id.Value == "boguslaw-bednarek"));

        var persons = ScheduleDocument.Create(e, EventScheduler.Default).Days
            .SelectMany(d => d.Rooms).SelectMany(r => r.Items).SelectMany(i => i.Persons)
            .Where(p => p.Guid == ScheduleIdentifiers.PersonGuid(e.Id, new PersonId("boguslaw-bednarek")))
            .ToList();

        Assert.NotEmpty(persons);
        Assert.All(persons, p => Assert.Equal("Bogusław Pierwszy", p.Name));
    }

    [Fact]
    public void Item_without_a_description_has_an_empty_abstract_and_one_not_cancelled_is_recorded()
    {
        var e = Conference().AddItem("a", AgendaItemKind.Lecture, "Wykład", new LocalTime(10, 0), new LocalTime(11, 0)).Build();

        var item = Assert.Single(Assert.Single(ScheduleDocument.Create(e, EventScheduler.Default).Days).Rooms).Items[0];

        Assert.Equal(string.Empty, item.Abstract);
        Assert.False(item.IsCancelled);
        Assert.Null(item.Subtitle);
        Assert.Equal($"urn:uuid:{item.Guid:D}", item.Url);
        Assert.Null(item.HttpUrl);
    }
}
