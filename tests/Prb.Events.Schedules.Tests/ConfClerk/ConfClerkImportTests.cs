using NodaTime;

namespace Prb.Events.Schedules.Tests.ConfClerk;

/// <summary>
/// ConfClerk 0.7.1 itself imports the exported schedule.xml over HTTP, and what it stored in its database — the
/// conference's days, each item's start, duration, room, persons and track — is compared with the model.
/// </summary>
/// <remarks>
/// ConfClerk keeps wall-clock times without a zone and one UTC offset per conference (the offset of the first item in
/// the file), and its day view turns to the next date at 04:00 unless the file says otherwise, which the c3voc schemas
/// do not let it. The tests hold ConfClerk to the model within those limits and state the limits where they show.
/// </remarks>
public class ConfClerkImportTests
{
    private const long FourOClock = 4 * 3600;

    [Fact]
    public async Task Seed_ConfClerkStoresTheModelsDayStartsDurationsRoomsAndPersons()
    {
        var e = ScheduleOutputs.Seed;

        var stored = await ConfClerkApp.ImportAsync(ScheduleOutputs.Xml(e), e.Agenda.Count);

        AssertMatchesModel(e, stored);
        // What the issue saw in ConfClerk once the spellings were right.
        var conference = Assert.Single(stored.Conferences);
        Assert.Equal([new LocalDate(2011, 11, 9)], Dates(conference));
        Assert.Equal(1800, conference.TimeslotDuration);
        Assert.Equal(
            ["10:00 60 W świecie bibliotek | dr Bogusław Bednarek", "11:00 30 Ogłoszenie wyników konkursu „Dobre praktyki w bibliotece dla Gminnych Koalicji na Rzecz Bibliotek” i wręczenie nagród | Andrzej Tyws, Katarzyna Morawska",
             "11:30 30 Przerwa kawowa | ", "12:00 120 Dobre praktyki laureatów – prezentacje multimedialne | Beata Pięta, Nadija Barańska", "14:00 30 Koncert jazzowy | "],
            stored.Events.Select(i => $"{WallClock(i.Start):HH:mm} {i.Duration / 60} {i.Title} | {string.Join(", ", i.Persons)}"));
        Assert.All(stored.Events, i => Assert.Equal("Program główny", i.Track));
    }

    [Fact]
    public async Task NightAndEndOfSummerTime_ConfClerkStoresTheModelsDaysAndItems_WithinItsLimits()
    {
        var e = LibraryNight();

        var stored = await ConfClerkApp.ImportAsync(ScheduleOutputs.Xml(e), e.Agenda.Count);

        AssertMatchesModel(e, stored);
        var conference = Assert.Single(stored.Conferences);
        Assert.Equal([new LocalDate(2027, 10, 30), new LocalDate(2027, 10, 31)], Dates(conference));
        var concert = Assert.Single(stored.Events, i => i.Title == "Koncert o północy");
        Assert.Equal(new LocalDateTime(2027, 10, 30, 23, 30), WallClock(concert.Start));
        Assert.Equal(3600, concert.Duration);

        // A limit of ConfClerk: one UTC offset for the whole conference (summer time, from the first item), so the two
        // items at 02:30 — an hour apart in reality — are stored, and shown, at the same time.
        Assert.Equal(7200, conference.UtcOffset);
        var repeated = stored.Events.Where(i => i.Title.StartsWith("Opowieści", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, repeated.Count);
        Assert.Equal(repeated[0].Start, repeated[1].Start);
        Assert.Equal(new LocalDateTime(2027, 10, 31, 2, 30), WallClock(repeated[0].Start));
    }

    /// <summary>
    /// A library night across the end of summer time in Warsaw (31 October 2027, 03:00 summer time is 02:00 again):
    /// two days, three rooms (one by default), tracks and an item without one, a concert across midnight, two items
    /// in the repeated hour told apart by their offsets, and speakers.
    /// </summary>
    private static Event LibraryNight()
    {
        var saturday = new LocalDate(2027, 10, 30);
        var sunday = saturday.PlusDays(1);
        var summer = Offset.FromHours(2);
        var winter = Offset.FromHours(1);
        var bibliotekarka = new Person(new PersonId("anna-nowak"), "Anna Nowak", honorific: "dr");
        var pisarz = new Person(new PersonId("jan-kowalski"), "Jan Kowalski");
        return Event.CreateBuilder(new EventId("noc-bibliotek-2027"), "Noc Bibliotek")
            .InZone("Europe/Warsaw")
            .InLanguage("pl")
            .OnDay(new EventDay(saturday.At(new LocalTime(18, 0)), sunday.At(new LocalTime(3, 30))))
            .OnDay(new EventDay(sunday.At(new LocalTime(10, 0)), sunday.At(new LocalTime(13, 0))))
            .AddItem("otwarcie", AgendaItemKind.Opening, "Otwarcie Nocy Bibliotek", saturday.At(new LocalTime(18, 0)), saturday.At(new LocalTime(18, 30)),
                i => i.InRoom("Czytelnia").By(bibliotekarka))
            .AddItem("spotkanie", AgendaItemKind.Lecture, "Spotkanie autorskie", saturday.At(new LocalTime(18, 30)), saturday.At(new LocalTime(20, 0)),
                i => i.InRoom("Czytelnia").OnTrack("Literatura").By(pisarz).By(bibliotekarka))
            .AddItem("koncert", AgendaItemKind.Concert, "Koncert o północy", saturday.At(new LocalTime(23, 30)), sunday.At(new LocalTime(0, 30)),
                i => i.InRoom("Dziedziniec").OnTrack("Muzyka"))
            .AddItem(new AgendaItem(new AgendaItemId("opowiesci-1"), AgendaItemKind.Other, "Opowieści z dreszczykiem (czas letni)",
                new EventTime(sunday.At(new LocalTime(2, 30)), summer), new EventTime(sunday.At(new LocalTime(2, 45)), summer), room: "Dziedziniec", track: "Literatura"))
            .AddItem(new AgendaItem(new AgendaItemId("opowiesci-2"), AgendaItemKind.Other, "Opowieści z dreszczykiem (czas zimowy)",
                new EventTime(sunday.At(new LocalTime(2, 30)), winter), new EventTime(sunday.At(new LocalTime(2, 45)), winter), room: "Dziedziniec", track: "Literatura"))
            .AddItem("warsztaty", AgendaItemKind.Workshop, "Warsztaty introligatorskie", sunday.At(new LocalTime(10, 0)), sunday.At(new LocalTime(12, 0)),
                i => i.InRoom("Czytelnia").OnTrack("Warsztaty").By(pisarz))
            .AddItem("kawa", AgendaItemKind.CoffeeBreak, "Kawa na pożegnanie", sunday.At(new LocalTime(12, 0)), sunday.At(new LocalTime(12, 30)))
            .Build();
    }

    /// <summary>
    /// Holds ConfClerk's database to the model: the conference's title and dates (the dates of the event's days and of
    /// the items' starts), and for every agenda item, found by the <c>id</c> the export gives it, its title, its
    /// wall-clock start, its elapsed duration, its room, its track and its persons; and that ConfClerk's day view,
    /// which turns at its day change, shows each item on the date of its day in the agenda.
    /// </summary>
    private static void AssertMatchesModel(Event e, ConfClerkDatabase stored)
    {
        var schedule = EventScheduler.Default.Schedule(e);
        Assert.True(schedule.IsComplete);
        var conference = Assert.Single(stored.Conferences);
        Assert.Equal(e.FullTitle, conference.Title);
        var dates = e.Days.Select(d => d.Date).Concat(schedule.Items.Select(i => i.Start.Date)).Distinct().Order().ToList();
        Assert.Equal(dates, Dates(conference));
        Assert.True(conference.TimeslotDuration > 0, "ConfClerk read no timeslot_duration.");
        Assert.Equal(FourOClock, conference.DayChange);
        Assert.Equal(schedule.Items.MinBy(i => i.Start.ToInstant())!.Start.Offset.Seconds, conference.UtcOffset);

        Assert.Equal(e.Agenda.Count, stored.Events.Count);
        var numbers = ItemNumbers(e);
        foreach (var scheduled in schedule.Items)
        {
            var item = scheduled.Item;
            var id = numbers[item.Id];
            var found = Assert.Single(stored.Events, i => i.Id == id);
            Assert.Equal(item.Title, found.Title);
            Assert.Equal(scheduled.Start.LocalDateTime, WallClock(found.Start));
            Assert.Equal((long)scheduled.Duration.TotalSeconds, found.Duration);
            Assert.Equal([ExpectedRoom(e, item)], found.Rooms);
            Assert.Equal(ExpectedTrack(e, item), found.Track);
            Assert.Equal(item.Speakers.Distinct().Select(s => e.FindPerson(s)!.DisplayName).Order(StringComparer.Ordinal), found.Persons);
            if (e.Days.FirstOrDefault(d => d.Contains(item.Start, item.End)) is { } day)
            {
                Assert.True(day.Date == WallClock(found.Start - conference.DayChange).Date,
                    $"ConfClerk shows '{item.Title}' on {WallClock(found.Start - conference.DayChange).Date}, the agenda on {day.Date}.");
            }
        }
    }

    /// <summary>The dates ConfClerk offers, from the conference's start to its end.</summary>
    private static List<LocalDate> Dates(ConfClerkConference conference)
    {
        var dates = new List<LocalDate>();
        for (var date = WallClock(conference.Start).Date; date <= WallClock(conference.End).Date; date = date.PlusDays(1))
        {
            dates.Add(date);
        }

        return dates;
    }

    /// <summary>Reads ConfClerk's time without a zone: seconds since 1970 of a wall-clock time read as UTC.</summary>
    private static LocalDateTime WallClock(long seconds) => Instant.FromUnixTimeSeconds(seconds).InUtc().LocalDateTime;

    /// <summary>The item numbers the export gives, computed the same way from the item ids, in agenda order.</summary>
    private static Dictionary<AgendaItemId, long> ItemNumbers(Event e)
    {
        var taken = new HashSet<int>();
        return e.Agenda.ToDictionary(i => i.Id, i => (long)ScheduleIdentifiers.Number(ScheduleIdentifiers.ItemGuid(e.Id, i.Id), taken));
    }

    private static bool InPolish(Event e) => e.Language.StartsWith("pl", StringComparison.Ordinal);

    private static string ExpectedRoom(Event e, AgendaItem item) =>
        !string.IsNullOrWhiteSpace(item.Room) ? item.Room
        : !string.IsNullOrWhiteSpace(e.Venue?.Name) ? e.Venue.Name
        : InPolish(e) ? "Sala główna" : "Main room";

    private static string ExpectedTrack(Event e, AgendaItem item) =>
        !string.IsNullOrWhiteSpace(item.Track) ? item.Track : InPolish(e) ? "Program główny" : "Main track";
}
