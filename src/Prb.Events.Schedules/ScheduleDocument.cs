using System.Collections.ObjectModel;
using System.Globalization;
using NodaTime;

namespace Prb.Events.Schedules;

/// <summary>
/// An event resolved into what schedule.xml and schedule.json say, shared by both writers so that the two agree on
/// every id, room, day and time.
/// </summary>
/// <remarks>
/// <para>Every agenda item appears, breaks and cancelled items included, on the day of the date it starts on in the
/// event's zone: apps such as ConfClerk compute an item's start from its day's <c>date</c> and its wall-clock
/// <c>start</c>, so an item after midnight is listed on the next date. The days are the dates of the event's days and
/// of its items; each day's start and end are the earliest start and the latest end of the event's days on that date
/// and of the items listed on it, so that every item lies within its day. Items without a room are in a room named
/// after the venue, or <see cref="ScheduleLabels.DefaultRoom"/> without a venue name; items without a track are on
/// <see cref="ScheduleLabels.DefaultTrack"/>. Rooms appear in the order of their first item in the whole schedule, so
/// that columns keep their place from day to day; items follow their start, then their place in the agenda.</para>
/// <para><see cref="Create"/> checks everything before anything is written, and reports every reason at once.</para>
/// </remarks>
internal sealed class ScheduleDocument
{
    private const int MinutesPerHour = 60;

    /// <summary>Gets the schedule's version: the event's revision.</summary>
    internal required string Version { get; init; }

    /// <summary>Gets the acronym made from the event's slug.</summary>
    internal required string Acronym { get; init; }

    /// <summary>Gets the event's full title.</summary>
    internal required string Title { get; init; }

    /// <summary>Gets the event's description, or null.</summary>
    internal required string? Description { get; init; }

    /// <summary>Gets the date of the first day, such as <c>2011-11-09</c>.</summary>
    internal required string StartDate { get; init; }

    /// <summary>Gets the date of the last day.</summary>
    internal required string EndDate { get; init; }

    /// <summary>Gets the length of the largest time slot that every start and duration is a multiple of (at most an hour), <c>HH:mm</c>.</summary>
    internal required string TimeslotDuration { get; init; }

    /// <summary>Gets the event's IANA zone id.</summary>
    internal required string TimeZoneName { get; init; }

    /// <summary>Gets the zone name that the schedule.json schema accepts, or null.</summary>
    internal required string? JsonTimeZoneName { get; init; }

    /// <summary>Gets the event's web page with an ASCII host name (punycode for an international one), or null.</summary>
    internal required string? Url { get; init; }

    /// <summary>Gets <see cref="Url"/> when it is an http(s) URL, or null.</summary>
    internal required string? HttpUrl { get; init; }

    /// <summary>Gets the event's tags.</summary>
    internal required IReadOnlyList<string> Keywords { get; init; }

    /// <summary>Gets the tracks, in the order of their first item; every item has one.</summary>
    internal required IReadOnlyList<string> Tracks { get; init; }

    /// <summary>Gets the rooms, in the order of their first item.</summary>
    internal required IReadOnlyList<ScheduleRoom> Rooms { get; init; }

    /// <summary>Gets the days, one for each date that one of the event's days or items starts on, in date order.</summary>
    internal required IReadOnlyList<ScheduleDay> Days { get; init; }

    /// <summary>Resolves an event into its schedule.</summary>
    /// <param name="event">The event.</param>
    /// <param name="scheduler">How local times become instants.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentException">The event cannot be represented: its zone is unknown, a time cannot be
    /// resolved, two items share an id, an item ends before it starts or lasts 100 hours or more, a speaker is not
    /// among the event's people, or the event is a series. (Every time is written within the years 1 to 9999:
    /// <see cref="EventLimits"/> keeps local times a day inside them, and offsets are at most 18 hours.)</exception>
    internal static ScheduleDocument Create(Event @event, EventScheduler scheduler)
    {
        var schedule = scheduler.Schedule(@event);
        var problems = new List<string>();
        if (@event.Series is not null)
        {
            // A conference schedule is one conference with a fixed set of days; the apps would show every meeting of a
            // series as one more day of a single conference, and an open-ended series has no last day to stop at.
            problems.Add($"series: the event repeats ({@event.Series.Rule}); a conference schedule holds one conference with its days, not a series of meetings. Its occurrences are in the iCalendar export.");
        }

        problems.AddRange(schedule.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => string.IsNullOrEmpty(d.Path) ? d.Message : $"{d.Path}: {d.Message}"));
        var zone = schedule.Zone;
        if (zone is null)
        {
            throw new ArgumentException(Unrepresentable(problems), nameof(@event));
        }

        var dayTimes = ResolveDays(@event, scheduler, zone);
        var itemNumbers = NumberItems(@event, problems);
        var people = NumberPeople(@event);
        var labels = ScheduleLabels.For(@event.Language);
        var fallbackRoom = string.IsNullOrWhiteSpace(@event.Venue?.Name) ? labels.DefaultRoom : @event.Venue.Name;
        var days = new SortedDictionary<LocalDate, DayBounds>();
        foreach (var (start, end) in dayTimes)
        {
            Widen(days, start.Date, start, end);
        }

        var acronym = ScheduleIdentifiers.Acronym(@event.Slug);
        var webPage = HttpPage(@event.Url);

        var rooms = new List<ScheduleRoom>();
        var roomsByName = new Dictionary<string, ScheduleRoom>(StringComparer.Ordinal);
        var tracks = new List<string>();
        var trackNames = new HashSet<string>(StringComparer.Ordinal);
        var slots = new Dictionary<(LocalDate Date, string Room), List<ScheduleItem>>();
        var timeslot = MinutesPerHour;
        foreach (var (start, _) in dayTimes)
        {
            timeslot = Gcd(timeslot, MinuteOfDay(start));
        }

        foreach (var scheduled in schedule.Items)
        {
            var item = scheduled.Item;
            var path = $"agenda[{scheduled.Index}]";
            var duration = scheduled.Duration;
            if (duration < Duration.Zero)
            {
                problems.Add($"{path}: '{item.Title}' ends before it starts.");
                continue;
            }

            if (!ScheduleTimes.FitsHoursAndMinutes(duration))
            {
                problems.Add($"{path}: '{item.Title}' lasts 100 hours or more, longer than a schedule's duration can say.");
                continue;
            }

            var persons = Speakers(item, people, path, problems);
            var roomName = string.IsNullOrWhiteSpace(item.Room) ? fallbackRoom : item.Room;
            if (!roomsByName.TryGetValue(roomName, out var room))
            {
                room = new ScheduleRoom(roomName, ScheduleIdentifiers.RoomGuid(@event.Id, roomName));
                roomsByName.Add(roomName, room);
                rooms.Add(room);
            }

            var track = string.IsNullOrWhiteSpace(item.Track) ? labels.DefaultTrack : item.Track;
            if (trackNames.Add(track))
            {
                tracks.Add(track);
            }

            timeslot = Gcd(Gcd(timeslot, MinuteOfDay(scheduled.Start)), ScheduleTimes.WholeMinutes(duration));
            var (number, guid) = itemNumbers[scheduled.Index];
            var url = webPage is null ? $"urn:uuid:{guid:D}" : $"{webPage}#{item.Id.Value}";
            var written = new ScheduleItem
            {
                Id = number,
                Guid = guid,
                Date = ScheduleTimes.WithOffset(scheduled.Start),
                End = ScheduleTimes.WithOffset(scheduled.End),
                Start = ScheduleTimes.WallClock(scheduled.Start),
                Duration = ScheduleTimes.HoursAndMinutes(duration),
                Room = roomName,
                Slug = ScheduleIdentifiers.ItemSlug(acronym, number, item.Id),
                Url = url,
                HttpUrl = webPage is null ? null : url,
                Title = item.Title,
                Subtitle = item.Status switch
                {
                    AgendaItemStatus.Cancelled => labels.Cancelled,
                    AgendaItemStatus.Rescheduled => labels.Rescheduled,
                    _ => null,
                },
                Track = track,
                Type = ScheduleItemTypes.Of(item.Kind),
                Language = @event.Language,
                Abstract = item.Description ?? string.Empty,
                IsCancelled = item.Status == AgendaItemStatus.Cancelled,
                Persons = persons,
            };

            Widen(days, scheduled.Start.Date, scheduled.Start, scheduled.End);
            var key = (scheduled.Start.Date, roomName);
            if (!slots.TryGetValue(key, out var slot))
            {
                slot = [];
                slots.Add(key, slot);
            }

            slot.Add(written);
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(Unrepresentable(problems), nameof(@event));
        }

        var scheduleDays = new List<ScheduleDay>(days.Count);
        foreach (var (date, bounds) in days)
        {
            var dayRooms = new List<ScheduleDayRoom>();
            foreach (var room in rooms)
            {
                if (slots.TryGetValue((date, room.Name), out var items))
                {
                    dayRooms.Add(new ScheduleDayRoom(room, items.AsReadOnly()));
                }
            }

            scheduleDays.Add(new ScheduleDay(scheduleDays.Count + 1, ScheduleTimes.Date(date), ScheduleTimes.WithOffset(bounds.Start), ScheduleTimes.WithOffset(bounds.End), dayRooms.AsReadOnly()));
        }

        return new ScheduleDocument
        {
            Version = @event.Revision.ToString(CultureInfo.InvariantCulture),
            Acronym = acronym,
            Title = @event.FullTitle,
            Description = @event.Description,
            StartDate = scheduleDays[0].Date,
            EndDate = scheduleDays[^1].Date,
            TimeslotDuration = ScheduleTimes.HoursAndMinutes(Duration.FromMinutes(timeslot)),
            TimeZoneName = @event.TimeZoneId,
            JsonTimeZoneName = ScheduleIdentifiers.JsonZoneName(@event.TimeZoneId),
            Url = WebAddress.ToAscii(@event.Url),
            HttpUrl = WebAddress.IsHttp(@event.Url) ? WebAddress.ToAscii(@event.Url) : null,
            Keywords = @event.Tags,
            Tracks = tracks.AsReadOnly(),
            Rooms = rooms.AsReadOnly(),
            Days = scheduleDays.AsReadOnly(),
        };
    }

    private static List<(ZonedDateTime Start, ZonedDateTime End)> ResolveDays(Event @event, EventScheduler scheduler, DateTimeZone zone)
    {
        var days = new List<(ZonedDateTime Start, ZonedDateTime End)>(@event.Days.Count);
        foreach (var day in @event.Days)
        {
            var startResolved = scheduler.TryResolve(day.Start, zone, out var start, out _);
            var endResolved = scheduler.TryResolve(day.End, zone, out var end, out _);
            if (!startResolved || !endResolved)
            {
                // The schedule's diagnostics already name the time.
                continue;
            }

            days.Add((start, end));
        }

        return days;
    }

    private static (int Number, Guid Guid)[] NumberItems(Event @event, List<string> problems)
    {
        var numbers = new (int, Guid)[@event.Agenda.Count];
        var ids = new HashSet<AgendaItemId>();
        var taken = new HashSet<int>();
        for (var i = 0; i < numbers.Length; i++)
        {
            var id = @event.Agenda[i].Id;
            if (!ids.Add(id))
            {
                problems.Add($"agenda[{i}].id: '{id.Value}' is the id of an earlier item too; every item needs an id of its own for its guid.");
            }

            var guid = ScheduleIdentifiers.ItemGuid(@event.Id, id);
            numbers[i] = (ScheduleIdentifiers.Number(guid, taken), guid);
        }

        return numbers;
    }

    private static Dictionary<PersonId, SchedulePerson> NumberPeople(Event @event)
    {
        var people = new Dictionary<PersonId, SchedulePerson>(@event.People.Count);
        var taken = new HashSet<int>();
        foreach (var person in @event.People)
        {
            if (!people.ContainsKey(person.Id))
            {
                var guid = ScheduleIdentifiers.PersonGuid(@event.Id, person.Id);
                people.Add(person.Id, new SchedulePerson(ScheduleIdentifiers.Number(guid, taken), guid, person.DisplayName));
            }
        }

        return people;
    }

    private static ReadOnlyCollection<SchedulePerson> Speakers(AgendaItem item, Dictionary<PersonId, SchedulePerson> people, string path, List<string> problems)
    {
        var speakers = new List<SchedulePerson>(item.Speakers.Count);
        foreach (var id in item.Speakers)
        {
            if (!people.TryGetValue(id, out var person))
            {
                problems.Add($"{path}.speakerIds: '{id.Value}' is not one of the event's people, so the schedule has no name to show.");
            }
            else if (!speakers.Contains(person))
            {
                speakers.Add(person);
            }
        }

        return speakers.AsReadOnly();
    }

    /// <summary>Widens the bounds of the day of <paramref name="date"/> to take in an interval, adding the day if it is new.</summary>
    private static void Widen(SortedDictionary<LocalDate, DayBounds> days, LocalDate date, ZonedDateTime start, ZonedDateTime end)
    {
        if (!days.TryGetValue(date, out var bounds))
        {
            days.Add(date, new DayBounds(start, end));
            return;
        }

        var earlier = start.ToInstant() < bounds.Start.ToInstant() ? start : bounds.Start;
        var later = end.ToInstant() > bounds.End.ToInstant() ? end : bounds.End;
        days[date] = new DayBounds(earlier, later);
    }

    /// <summary>The web page in ASCII without its fragment, which each item's URL replaces with the item's id; null
    /// when the event has no http(s) page or its page leads nowhere (<see cref="WebAddress.ToAscii"/>).</summary>
    private static string? HttpPage(Uri? url) =>
        WebAddress.IsHttp(url) ? WebAddress.ToAscii(url)?.Split('#')[0] : null;

    private static int MinuteOfDay(ZonedDateTime time) => (time.Hour * MinutesPerHour) + time.Minute;

    private static int Gcd(int a, long b)
    {
        var x = (long)a;
        while (b != 0)
        {
            (x, b) = (b, x % b);
        }

        return (int)x;
    }

    private static string Unrepresentable(List<string> problems) =>
        $"The event cannot be written as a conference schedule: {string.Join(" ", problems)}";

    /// <summary>The earliest start and the latest end of what is on one date.</summary>
    private readonly record struct DayBounds(ZonedDateTime Start, ZonedDateTime End);
}
