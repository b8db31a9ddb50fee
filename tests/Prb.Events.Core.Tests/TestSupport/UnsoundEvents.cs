using CsCheck;
using NodaTime;
using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.TestSupport;

/// <summary>
/// Random events with every problem the validator knows, often several at once: blank titles and names, unknown
/// zones, days reversed or out of order, times in the gaps and repeated hours of Warsaw and New York, offsets the zone
/// does not use, items outside the days or reversed, shared rooms in other letter case, speakers listed twice or in two
/// rooms, parallel sessions, cancelled items, duplicate and dangling ids, bad contacts, language tags and URL schemes,
/// late registration; and updates of them that move, cancel or renumber items.
/// </summary>
internal static class UnsoundEvents
{
    private static readonly string[] ZoneIds = ["Europe/Warsaw", "UTC", "America/New_York", "Australia/Lord_Howe", "Nowhere/Bogus"];
    private static readonly LocalDate[] Dates = [new(2027, 3, 28), new(2027, 10, 31), new(2027, 3, 14), new(2027, 6, 10), new(2027, 11, 7)];
    private static readonly string?[] Rooms = ["Sala A", "sala a", " SALA A ", "Sala B", "sala b\t", "Hol", null, "  ", "Ąę", "ąĘ"];
    private static readonly string[] Languages = ["pl", "en-GB", "??", "x", "pl-", "toolonglanguage", "de-CH-1996"];
    private static readonly string?[] Emails = [null, "a@b.pl", "bjasiak@", "x y@z.pl", "a@b"];
    private static readonly string?[] Phones = [null, "71 33 52 237", "12", "+48 71 335 22 37", "abc", "1+2345678"];
    private static readonly Uri?[] Urls = [null, new("https://x.pl/"), new("ftp://x.pl/"), new("mailto:a@b.pl"), new("http://y.pl")];
    private static readonly Offset?[] Offsets = [null, Offset.FromHours(1), Offset.FromHours(2), Offset.FromHours(-5), Offset.FromHoursAndMinutes(10, 30)];

    /// <summary>Unsound events, each made from a seed.</summary>
    internal static readonly Gen<Event> Events = Gen.Int.Select(seed => Make(new Random(seed)));

    /// <summary>Pairs of an unsound event and an update of it.</summary>
    internal static readonly Gen<(Event Previous, Event Next)> Updates = Gen.Int.Select(seed =>
    {
        var random = new Random(seed);
        var previous = Make(random);
        return (previous, Update(random, previous));
    });

    private static T Pick<T>(Random r, IReadOnlyList<T> values) => values[r.Next(values.Count)];

    private static EventTime Time(Random r, LocalDate date, int fromHour, int toHour)
    {
        var local = date.AtMidnight().PlusMinutes(r.Next(fromHour * 60, toHour * 60) / 15 * 15);
        return new EventTime(local, r.Next(6) == 0 ? Pick(r, Offsets) : null);
    }

    private static Event Make(Random r)
    {
        var date = Pick(r, Dates);
        var b = r.Next(4) == 0 ? Samples.Prb2011() : Event.CreateBuilder(new EventId("e" + r.Next(3)), r.Next(8) == 0 ? " " : "Spotkanie");
        b.InZone(Pick(r, ZoneIds)).InLanguage(Pick(r, Languages)).WithUrl(Pick(r, Urls)).AtRevision(r.Next(3));
        b.DaysValue.Clear();
        var dayCount = r.Next(1, 5);
        for (var d = 0; d < dayCount; d++)
        {
            var dayDate = r.Next(5) == 0 ? date.PlusDays(r.Next(-1, 3)) : date.PlusDays(d);
            b.DaysValue.Add(new EventDay(Time(r, dayDate, 0, 12), r.Next(8) == 0 ? Time(r, dayDate, 0, 12) : Time(r, dayDate, 12, 24)));
        }

        if (r.Next(3) == 0)
        {
            b.At(new Venue(r.Next(3) == 0 ? "" : "Sala", onlineUrl: Pick(r, Urls)));
        }

        var people = new List<PersonId>();
        for (var p = r.Next(6); p > 0; p--)
        {
            var id = new PersonId("p" + r.Next(6));
            people.Add(id);
            b.PeopleValue.Add(new Person(id, r.Next(6) == 0 ? "\t" : "Osoba", affiliationId: r.Next(4) == 0 ? new OrganizationId("o" + r.Next(4)) : null));
        }

        for (var o = r.Next(3); o > 0; o--)
        {
            b.OrganizationsValue.Add(new Organization(new OrganizationId("o" + r.Next(4)), r.Next(5) == 0 ? "" : "Org", OrganizationKind.Other, url: Pick(r, Urls)));
            b.OrganizerIdsValue.Add(new OrganizationId("o" + r.Next(5)));
        }

        for (var l = r.Next(3); l > 0; l--)
        {
            b.LibrariesValue.Add(new Library(new OrganizationId("o" + r.Next(4)), r.Next(5) == 0 ? " " : "Biblioteka", LibraryKind.Rural,
                Samples.Twardogora(), url: Pick(r, Urls), directorId: r.Next(3) == 0 ? new PersonId("p" + r.Next(8)) : null));
        }

        for (var c = r.Next(3); c > 0; c--)
        {
            b.ContactsValue.Add(new Contact(new PersonId("p" + r.Next(8)), ContactRole.Organizer, phone: Pick(r, Phones), email: Pick(r, Emails)));
        }

        if (r.Next(3) == 0)
        {
            b.WithRegistration(new Registration(Time(r, date, 0, 24), url: Pick(r, Urls)));
        }

        if (r.Next(3) == 0)
        {
            b.ListedAs(new Listing(date, publisherId: r.Next(2) == 0 ? new OrganizationId("o" + r.Next(5)) : null, url: Pick(r, Urls)));
        }

        AddAgenda(r, b, date, dayCount, people);
        if (r.Next(3) == 0)
        {
            AddSeries(r, b, b.DaysValue[0].Date);
        }

        return b.Build();
    }

    /// <summary>A series, often unsound: several days, an interval or count below 1, an end before the start, a rule that
    /// never occurs or misses the first day, cancelled and changed dates off the rule or named twice, moved occurrences
    /// reversed or in a gap.</summary>
    private static void AddSeries(Random r, EventBuilder b, LocalDate first)
    {
        if (r.Next(2) == 0)
        {
            b.DaysValue.RemoveRange(1, b.DaysValue.Count - 1);
        }

        var frequency = (RecurrenceFrequency)r.Next(4);
        var ordinals = frequency is RecurrenceFrequency.Monthly or RecurrenceFrequency.Yearly;
        var byDay = r.Next(3) == 0 ? [new RecurrenceWeekday((IsoDayOfWeek)r.Next(1, 8), ordinals ? r.Next(-6, 7) : 0)] : Array.Empty<RecurrenceWeekday>();
        int[] byMonthDay = frequency != RecurrenceFrequency.Weekly && r.Next(3) == 0 ? [r.Next(2) == 0 ? 31 : -1] : [];
        int[] byMonth = r.Next(4) == 0 ? [r.Next(1, 13)] : [];
        var end = r.Next(4);
        var rule = new RecurrenceRule(frequency, r.Next(6) == 0 ? r.Next(-1, 1) : r.Next(1, 3), byDay, byMonthDay, byMonth,
            end == 1 ? first.PlusDays(r.Next(-10, 60)) : null, end == 2 ? r.Next(-1, 10) : null);
        b.Repeats(rule);
        for (var c = r.Next(3); c > 0; c--)
        {
            b.CancelOccurrence(first.PlusDays(r.Next(0, 4) * 7 + (r.Next(4) == 0 ? 1 : 0)));
        }

        for (var o = r.Next(3); o > 0; o--)
        {
            var original = first.PlusDays(r.Next(0, 4) * 7 + (r.Next(4) == 0 ? 1 : 0));
            var day = Pick(r, Dates);
            b.OverrideOccurrence(new OccurrenceOverride(original, Time(r, day, 0, 12), r.Next(6) == 0 ? Time(r, day, 0, 12) : Time(r, day, 12, 24),
                r.Next(3) == 0 ? "Zmiana" : null, status: r.Next(4) == 0 ? EventStatus.Cancelled : null));
        }
    }

    private static void AddAgenda(Random r, EventBuilder b, LocalDate date, int dayCount, List<PersonId> people)
    {
        var count = r.Next(30);
        for (var i = 0; i < count; i++)
        {
            var day = date.PlusDays(r.Next(-1, dayCount + 1));
            var start = Time(r, day, 0, 23);
            var end = r.Next(10) switch
            {
                0 => start,
                1 => Time(r, day, 0, 23),
                _ => new EventTime(start.Local.PlusMinutes(15 * r.Next(1, 9)), r.Next(6) == 0 ? Pick(r, Offsets) : null),
            };
            var speakers = new List<PersonId>();
            for (var s = r.Next(4); s > 0; s--)
            {
                speakers.Add(r.Next(4) == 0 || people.Count == 0 ? new PersonId("p" + r.Next(8)) : Pick(r, people));
            }

            b.AgendaValue.Add(new AgendaItem(new AgendaItemId("i" + r.Next(count + 2)), AgendaItemKind.Lecture, r.Next(10) == 0 ? " " : "Punkt " + i,
                start, end, room: Pick(r, Rooms), speakers: speakers,
                status: r.Next(8) == 0 ? AgendaItemStatus.Cancelled : AgendaItemStatus.Scheduled, revision: r.Next(3)));
            if (r.Next(6) == 0)
            {
                // A parallel session: the same times and speakers.
                b.AgendaValue.Add(new AgendaItem(new AgendaItemId("j" + i), AgendaItemKind.Lecture, "Równolegle", start, end, room: Pick(r, Rooms), speakers: speakers));
            }
        }

        if (r.Next(3) == 0)
        {
            var agenda = b.AgendaValue;
            for (var k = agenda.Count / 3; k > 0; k--)
            {
                var (x, y) = (r.Next(agenda.Count), r.Next(agenda.Count));
                (agenda[x], agenda[y]) = (agenda[y], agenda[x]);
            }
        }
    }

    private static Event Update(Random r, Event e)
    {
        var b = r.Next(5) == 0 ? Event.CreateBuilder(new EventId("other"), e.Title).InZone(e.TimeZoneId) : e.ToBuilder();
        b.DaysValue.Clear();
        b.DaysValue.AddRange(e.Days);
        b.AtRevision(Math.Max(0, e.Revision + r.Next(-1, 2)));
        if (r.Next(3) == 0)
        {
            b.DaysValue[0] = new EventDay(b.DaysValue[0].Start, new EventTime(b.DaysValue[0].End.Local.PlusHours(1)));
        }

        if (r.Next(4) == 0)
        {
            b.WithStatus(EventStatus.Cancelled);
        }

        for (var i = 0; i < b.AgendaValue.Count; i++)
        {
            var item = b.AgendaValue[i];
            var revision = Math.Max(0, item.Revision + r.Next(-1, 2));
            b.AgendaValue[i] = r.Next(4) switch
            {
                0 => new AgendaItem(item.Id, item.Kind, item.Title, item.Start, new EventTime(item.End.Local.PlusMinutes(15)), room: item.Room,
                    speakers: item.Speakers, status: item.Status, revision: revision),
                1 => new AgendaItem(item.Id, item.Kind, item.Title, item.Start, item.End, room: item.Room, speakers: item.Speakers,
                    status: AgendaItemStatus.Cancelled, revision: revision),
                2 => new AgendaItem(item.Id, item.Kind, item.Title, item.Start, item.End, room: item.Room, speakers: item.Speakers,
                    status: item.Status, revision: revision),
                _ => item,
            };
        }

        if (b.AgendaValue.Count > 2 && r.Next(3) == 0)
        {
            b.AgendaValue.RemoveAt(r.Next(b.AgendaValue.Count));
            b.AgendaValue.Reverse();
        }

        return b.Build();
    }
}
