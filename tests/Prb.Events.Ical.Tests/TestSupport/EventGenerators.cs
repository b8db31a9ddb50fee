using CsCheck;
using NodaTime;

namespace Prb.Events.Ical.Tests.TestSupport;

/// <summary>CsCheck generators of events that stress the iCalendar writer and reader: Polish text, emoji, every
/// character the escaping rules name, long descriptions, times next to changes of clocks (ambiguous ones pinned by an
/// offset, as the model wants them), zones with 30-minute DST, cancelled and rescheduled items.</summary>
internal static class EventGenerators
{
    internal static readonly string[] Zones =
    [
        "Europe/Warsaw", "Europe/London", "America/New_York", "America/Sao_Paulo", "Australia/Lord_Howe", "Asia/Kolkata",
        "Pacific/Chatham", "Etc/UTC",
    ];

    private static readonly string[] Pieces =
    [
        "a", "b", "Z", "k", "0", "7", " ", " ", "ą", "ć", "ę", "ł", "ń", "ó", "ś", "ź", "ż", "Ą", "Ł", "Ż", "Ś", "\n", "\t", "\\", ";", ",", ":", "\"",
        "^", "'", "=", "😀", "🇵🇱", "👩‍👩‍👧", "𝄞", "€", "–", "„", "”", "Wrocław", "Biblioteka ", "przerwa kawowa", "https://x.pl/?a=1&b=2",
    ];

    private static readonly string IdChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~";

    internal static readonly Gen<string> Text = Gen.OneOf(Pieces).Array[0, 24].Select(string.Concat);

    internal static readonly Gen<string> NonEmptyText = Gen.OneOf(Pieces).Array[1, 24].Select(string.Concat);

    internal static readonly Gen<string> LongText = Gen.OneOf(Pieces).Array[0, 400].Select(string.Concat);

    internal static readonly Gen<string> Id = Gen.OneOf(IdChars.ToCharArray()).Array[1, 24].Select(chars => new string(chars));

    internal static readonly Gen<Uri> Url = Gen.Select(
        Gen.OneOf("https://example.org/", "http://zażółć.pl/", "https://bibliotéka.example/ścieżka/", "https://x.pl/a b?q=\"ł\"&r=<>"),
        Gen.OneOf(IdChars.ToCharArray()).Array[0, 12],
        (root, path) => new Uri(root + new string(path)));

    internal static readonly Gen<GeoCoordinate> Geo = Gen.Select(Gen.Int[-900000, 900000], Gen.Int[-1800000, 1800000],
        (lat, lon) => new GeoCoordinate(lat / 10000.0, lon / 10000.0));

    internal static readonly Gen<Venue> Venue = Gen.Select(NonEmptyText, Gen.Bool, Geo.Nullable(), Url.Null(),
        (name, withAddress, geo, online) => new Venue(name, withAddress ? new PostalAddress("Rynek 58", "50-116", "Wrocław", "dolnośląskie") : null, geo, online));

    /// <summary>An instant and a zone: a quarter of them within three hours of a change of clocks.</summary>
    internal static readonly Gen<(string Zone, Instant Instant)> ZonedInstant = Gen.Select(Gen.OneOf(Zones), Gen.Int[1995, 2035], Gen.Int[0, 3], Gen.Int[-180, 180], Gen.Int[0, 365 * 24 * 4])
        .Select(t =>
        {
            var (zoneId, year, mode, minutes, quarterHours) = t;
            var zone = DateTimeZoneProviders.Tzdb[zoneId];
            var yearStart = Instant.FromUtc(year, 1, 1, 0, 0);
            if (mode == 0)
            {
                var transitions = zone.GetZoneIntervals(yearStart, yearStart + Duration.FromDays(365)).Where(i => i.HasStart && i.Start > yearStart).ToArray();
                if (transitions.Length > 0)
                {
                    return (zoneId, transitions[Math.Abs(minutes) % transitions.Length].Start + Duration.FromMinutes(minutes));
                }
            }

            return (zoneId, yearStart + Duration.FromMinutes(15L * quarterHours));
        });

    internal static readonly Gen<Event> Event =
        from zoned in ZonedInstant
        from lengthMinutes in Gen.Int[0, 72].Select(i => i * 10)
        from id in Id
        from title in Text
        from edition in NonEmptyText.Null()
        from kind in Gen.Enum<EventKind>()
        from status in Gen.Enum<EventStatus>()
        from description in LongText.Null()
        from venue in Venue.Null()
        from url in Url.Null()
        from tags in NonEmptyText.Array[0, 3]
        from revision in Gen.Int[0, 50]
        from lastModified in Gen.Long[1_000_000_000, 2_000_000_000].Select(Instant.FromUnixTimeSeconds).Nullable()
        from items in Item(zoned.Zone, zoned.Instant).Array[0, 6]
        from allDays in Gen.Frequency((9, Gen.Const(0)), (1, Gen.Int[1, 3]))
        from timedDays in Gen.Frequency((3, Gen.Const(1)), (1, Gen.Int[2, 4]))
        select Build(zoned.Zone, zoned.Instant, lengthMinutes, id, title, edition, kind, status, description, venue, url, tags, revision, lastModified, items, allDays, timedDays);

    /// <summary>The local time of an instant in a zone, with its offset when the local time happens twice.</summary>
    internal static EventTime TimeOf(Instant instant, DateTimeZone zone)
    {
        var zoned = instant.InZone(zone);
        return zone.MapLocal(zoned.LocalDateTime).Count == 2 ? new EventTime(zoned.LocalDateTime, zoned.Offset) : new EventTime(zoned.LocalDateTime);
    }

    private static Gen<AgendaItem> Item(string zoneId, Instant near) =>
        from offsetMinutes in Gen.Int[-36, 72].Select(i => i * 5)
        from lengthMinutes in Gen.Int[0, 48].Select(i => i * 5)
        from kind in Gen.Enum<AgendaItemKind>()
        from title in Text
        from description in LongText.Null()
        from room in NonEmptyText.Null()
        from track in NonEmptyText.Null()
        from status in Gen.Enum<AgendaItemStatus>()
        from revision in Gen.Int[0, 20]
        from id in Id
        select MakeItem(zoneId, near + Duration.FromMinutes(offsetMinutes), lengthMinutes, kind, title, description, room, track, status, revision, id);

    private static AgendaItem MakeItem(string zoneId, Instant start, int lengthMinutes, AgendaItemKind kind, string title, string? description,
        string? room, string? track, AgendaItemStatus status, int revision, string id)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        return new AgendaItem(new AgendaItemId(id), kind, title, TimeOf(start, zone), TimeOf(start + Duration.FromMinutes(lengthMinutes), zone),
            description, room, track, null, status, revision);
    }

    private static Event Build(string zoneId, Instant start, int lengthMinutes, string id, string title, string? edition, EventKind kind, EventStatus status,
        string? description, Venue? venue, Uri? url, string[] tags, int revision, Instant? lastModified, AgendaItem[] items, int allDays, int timedDays)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var firstDate = start.InZone(zone).Date;
        var builder = Prb.Events.Event.CreateBuilder(new EventId("e" + id), title)
            .Edition(edition)
            .OfKind(kind)
            .InZone(zoneId)
            .Described(description)
            .At(venue)
            .WithUrl(url)
            .Tagged(tags)
            .AtRevision(revision)
            .LastModifiedAt(lastModified);
        // Timed events: one day, or (a quarter of them) two to four days a day apart, each with its own hours (the
        // later ones half an hour later each day) and at least ten minutes long: a night between every two.
        for (var day = 0; allDays == 0 && day < timedDays; day++)
        {
            var dayStart = start + Duration.FromDays(day) + Duration.FromMinutes(30 * day);
            var dayLength = timedDays == 1 ? lengthMinutes : Math.Max(lengthMinutes, 10);
            builder.OnDay(new EventDay(TimeOf(dayStart, zone), TimeOf(dayStart + Duration.FromMinutes(dayLength), zone)));
        }

        // All-day events: whole days, midnight to midnight, written as DATE values.
        for (var day = 0; day < allDays; day++)
        {
            builder.OnDay(new EventDay(firstDate.PlusDays(day).AtMidnight(), firstDate.PlusDays(day + 1).AtMidnight()));
        }

        builder = status == EventStatus.Rescheduled ? builder.RescheduledFrom(TimeOf(start - Duration.FromDays(7), zone)) : builder.WithStatus(status);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (seen.Add(item.Id.Value))
            {
                builder.AddItem(item);
            }
        }

        return builder.Build();
    }
}
