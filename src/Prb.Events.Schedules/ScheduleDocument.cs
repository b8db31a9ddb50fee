using System.Collections.ObjectModel;
using System.Globalization;
using NodaTime;

namespace Prb.Events.Schedules;

/// <summary>
/// An event resolved into what schedule.xml and schedule.json say, shared by both writers so that the two agree on
/// every id, room, day and time.
/// </summary>
/// <remarks>
/// <para>Every agenda item appears, breaks and cancelled items included, on the day that contains its start (an item
/// outside every day, which validation reports, goes to the latest day that starts before it, or to the first day).
/// Items without a room are in a room named after the venue, or <see cref="ScheduleLabels.DefaultRoom"/> without a
/// venue name. Rooms appear in the order of their first item in the whole schedule, so that columns keep their place
/// from day to day; items follow their start, then their place in the agenda.</para>
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

    /// <summary>Gets the start of the first day, with its offset.</summary>
    internal required string Start { get; init; }

    /// <summary>Gets the end of the last day, with its offset.</summary>
    internal required string End { get; init; }

    /// <summary>Gets the length of the smallest time slot that every start and duration is a multiple of (at most an hour).</summary>
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

    /// <summary>Gets the tracks, in the order of their first item.</summary>
    internal required IReadOnlyList<string> Tracks { get; init; }

    /// <summary>Gets the rooms, in the order of their first item.</summary>
    internal required IReadOnlyList<ScheduleRoom> Rooms { get; init; }

    /// <summary>Gets the days, one for each of the event's days.</summary>
    internal required IReadOnlyList<ScheduleDay> Days { get; init; }

    /// <summary>Resolves an event into its schedule.</summary>
    /// <param name="event">The event.</param>
    /// <param name="scheduler">How local times become instants.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentException">The event cannot be represented: its zone is unknown, a time cannot be
    /// resolved, two items share an id, an item ends before it starts or lasts 100 hours or more, a speaker is not
    /// among the event's people, or a date falls outside the years 1 to 9999.</exception>
    internal static ScheduleDocument Create(Event @event, EventScheduler scheduler)
    {
        var schedule = scheduler.Schedule(@event);
        var problems = schedule.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => string.IsNullOrEmpty(d.Path) ? d.Message : $"{d.Path}: {d.Message}")
            .ToList();
        if (schedule.Zone is not { } zone)
        {
            throw new ArgumentException(Unrepresentable(problems), nameof(@event));
        }

        var dayTimes = ResolveDays(@event, scheduler, zone, problems);
        var itemNumbers = NumberItems(@event, problems);
        var people = NumberPeople(@event);
        var labels = ScheduleLabels.For(@event.Language);
        var fallbackRoom = string.IsNullOrWhiteSpace(@event.Venue?.Name) ? labels.DefaultRoom : @event.Venue.Name;
        var acronym = ScheduleIdentifiers.Acronym(@event.Slug);
        var webPage = HttpPage(@event.Url);

        var rooms = new List<ScheduleRoom>();
        var roomsByName = new Dictionary<string, ScheduleRoom>(StringComparer.Ordinal);
        var tracks = new List<string>();
        var trackNames = new HashSet<string>(StringComparer.Ordinal);
        var slots = new Dictionary<(int Day, string Room), List<ScheduleItem>>();
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

            if (!ScheduleTimes.HasWritableYear(scheduled.Start) || !ScheduleTimes.HasWritableYear(scheduled.End))
            {
                problems.Add($"{path}: '{item.Title}' is outside the years 1 to 9999.");
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

            var track = string.IsNullOrWhiteSpace(item.Track) ? null : item.Track;
            if (track is not null && trackNames.Add(track))
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

            var key = (DayOf(scheduled.Start.ToInstant(), dayTimes), roomName);
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

        var days = new List<ScheduleDay>(dayTimes.Length);
        for (var d = 0; d < dayTimes.Length; d++)
        {
            var dayRooms = new List<ScheduleDayRoom>();
            foreach (var room in rooms)
            {
                if (slots.TryGetValue((d, room.Name), out var items))
                {
                    dayRooms.Add(new ScheduleDayRoom(room, items.AsReadOnly()));
                }
            }

            var (start, end) = dayTimes[d];
            days.Add(new ScheduleDay(d + 1, ScheduleTimes.Date(start.Date), ScheduleTimes.WithOffset(start), ScheduleTimes.WithOffset(end), dayRooms.AsReadOnly()));
        }

        return new ScheduleDocument
        {
            Version = @event.Revision.ToString(CultureInfo.InvariantCulture),
            Acronym = acronym,
            Title = @event.FullTitle,
            Description = @event.Description,
            Start = ScheduleTimes.WithOffset(dayTimes[0].Start),
            End = ScheduleTimes.WithOffset(dayTimes[^1].End),
            TimeslotDuration = ScheduleTimes.HoursAndMinutes(Duration.FromMinutes(timeslot)),
            TimeZoneName = @event.TimeZoneId,
            JsonTimeZoneName = ScheduleIdentifiers.JsonZoneName(@event.TimeZoneId),
            Url = WebAddress.ToAscii(@event.Url),
            HttpUrl = WebAddress.IsHttp(@event.Url) ? WebAddress.ToAscii(@event.Url) : null,
            Keywords = @event.Tags,
            Tracks = tracks.AsReadOnly(),
            Rooms = rooms.AsReadOnly(),
            Days = days.AsReadOnly(),
        };
    }

    private static (ZonedDateTime Start, ZonedDateTime End)[] ResolveDays(Event @event, EventScheduler scheduler, DateTimeZone zone, List<string> problems)
    {
        var days = new (ZonedDateTime Start, ZonedDateTime End)[@event.Days.Count];
        for (var i = 0; i < days.Length; i++)
        {
            var day = @event.Days[i];
            if (!scheduler.TryResolve(day.Start, zone, out var start, out _) || !scheduler.TryResolve(day.End, zone, out var end, out _))
            {
                // The schedule's diagnostics already name the time.
                continue;
            }

            if (!ScheduleTimes.HasWritableYear(start) || !ScheduleTimes.HasWritableYear(end) || start.Year < 1)
            {
                problems.Add($"days[{i}]: the day is outside the years 1 to 9999.");
            }

            days[i] = (start, end);
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
        if (item.Speakers.Count == 0)
        {
            return ReadOnlyCollection<SchedulePerson>.Empty;
        }

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

    private static int DayOf(Instant start, (ZonedDateTime Start, ZonedDateTime End)[] days)
    {
        for (var i = 0; i < days.Length; i++)
        {
            if (days[i].Start.ToInstant() <= start && start < days[i].End.ToInstant())
            {
                return i;
            }
        }

        var best = 0;
        Instant? bestStart = null;
        for (var i = 0; i < days.Length; i++)
        {
            var dayStart = days[i].Start.ToInstant();
            if (dayStart <= start && (bestStart is null || dayStart > bestStart))
            {
                best = i;
                bestStart = dayStart;
            }
        }

        return best;
    }

    /// <summary>The web page in ASCII without its fragment, which each item's URL replaces with the item's id; null
    /// when the event has no http(s) page or its page leads nowhere (<see cref="WebAddress.ToAscii"/>).</summary>
    private static string? HttpPage(Uri? url) =>
        WebAddress.IsHttp(url) && WebAddress.ToAscii(url) is { } page ? page.Split('#')[0] : null;

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
}
