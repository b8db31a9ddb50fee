using NodaTime;

namespace Prb.Events.Ical.Internal;

/// <summary>Writes one VCALENDAR: the header, a VTIMEZONE for every zone used, and the VEVENTs.</summary>
/// <remarks>Not thread-safe: one writer per export call. Writes nothing before every time is resolved.</remarks>
internal sealed class CalendarWriter
{
    private readonly ContentLineWriter _writer;
    private readonly IcalendarExportOptions _options;
    private readonly IDateTimeZoneProvider _zones;
    private readonly Instant _stamp;
    private readonly SortedDictionary<string, ZoneUse> _zonesUsed = new(StringComparer.Ordinal);
    private EventValidator? _seriesValidator;

    internal CalendarWriter(PooledByteBuffer output, IcalendarExportOptions options, IDateTimeZoneProvider zones, Instant stamp)
    {
        _writer = new ContentLineWriter(output);
        _options = options;
        _zones = zones;
        _stamp = Instant.FromUnixTimeSeconds(stamp.ToUnixTimeSeconds());
    }

    /// <summary>Writes events, each with its agenda items when the options say so, or only the item given.</summary>
    internal void Write(IReadOnlyList<Event> events, AgendaItemId? onlyItem, bool isFeed, string paramName)
    {
        var prepared = new PreparedEvent[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            prepared[i] = Prepare(events[i], onlyItem, paramName);
        }

        WriteHeader(isFeed);
        foreach (var use in _zonesUsed.Values)
        {
            VTimeZoneWriter.Write(_writer, use.Zone, use.Earliest, use.Latest);
        }

        foreach (var p in prepared)
        {
            var shared = new SharedValues(p.Event);
            if (onlyItem is null)
            {
                // Day 1 in the event's own VEVENT; each further day of a timed multi-day event in a VEVENT of its own,
                // so that every calendar shows each day with its hours and nothing between them.
                for (var day = 0; day < p.DayTimes.Length / 2; day++)
                {
                    WriteEvent(p, shared, day, null);
                }

                // A series: each moved or changed occurrence in a VEVENT of its own, with the UID and a RECURRENCE-ID.
                foreach (var occurrence in p.Series?.Overrides ?? [])
                {
                    WriteEvent(p, shared, 0, occurrence);
                }
            }

            if (p.ItemIndexes.Length > 0)
            {
                for (var i = 0; i < p.ItemIndexes.Length; i++)
                {
                    WriteItem(p, shared, p.Event.Agenda[p.ItemIndexes[i]], p.ItemTimes[2 * i], p.ItemTimes[(2 * i) + 1]);
                }
            }
        }

        _writer.AsciiLine("END", "VCALENDAR");
    }

    private PreparedEvent Prepare(Event @event, AgendaItemId? onlyItem, string paramName)
    {
        var zone = _zones.GetZoneOrNull(@event.TimeZoneId)
            ?? throw new ArgumentException(
                $"The event '{@event.Id}' is in the zone '{@event.TimeZoneId}', which the {_zones.VersionId} database does not know; use an IANA id such as Europe/Warsaw.",
                paramName);
        // A series is written with times even on whole days: its RRULE, EXDATEs and RECURRENCE-IDs then all have one form.
        var allDay = !@event.IsSeries && IsAllDay(@event);
        var dayTimes = new ExportTime[allDay ? 2 : 2 * @event.Days.Count];
        for (var i = 0; i < dayTimes.Length / 2; i++)
        {
            dayTimes[2 * i] = ExportTime.Resolve(@event.Days[i].Start, zone);
            dayTimes[(2 * i) + 1] = ExportTime.Resolve(allDay ? @event.End : @event.Days[i].End, zone);
        }

        var use = Use(zone, dayTimes[0].Instant);
        foreach (var time in dayTimes)
        {
            use.Add(time.Instant);
        }

        SeriesPlan? series = null;
        if (@event.IsSeries)
        {
            _seriesValidator ??= new EventValidator(new EventScheduler(_zones, LocalTimePolicy.Lenient));
            series = SeriesPlan.Make(@event, zone, dayTimes[0], dayTimes[1], _seriesValidator, _options.SeriesHorizonYears, paramName);
            dayTimes[0] = series.Start;
            use.Add(series.Start.Instant);
            use.Add(series.Latest);
        }

        int[] indexes;
        if (onlyItem is { } id)
        {
            var index = -1;
            for (var i = 0; i < @event.Agenda.Count; i++)
            {
                if (@event.Agenda[i].Id == id)
                {
                    index = i;
                    break;
                }
            }

            indexes = index < 0 ? [] : [index];
        }
        else if (_options.IncludeAgendaItems)
        {
            indexes = new int[@event.Agenda.Count];
            for (var i = 0; i < indexes.Length; i++)
            {
                indexes[i] = i;
            }
        }
        else
        {
            indexes = [];
        }

        var times = new ExportTime[indexes.Length * 2];
        for (var i = 0; i < indexes.Length; i++)
        {
            var item = @event.Agenda[indexes[i]];
            times[2 * i] = ExportTime.Resolve(item.Start, zone);
            times[(2 * i) + 1] = ExportTime.Resolve(item.End, zone);
            use.Add(times[2 * i].Instant);
            use.Add(times[(2 * i) + 1].Instant);
        }

        return new PreparedEvent(@event, zone, dayTimes, indexes, times, allDay, series);
    }

    private ZoneUse Use(DateTimeZone zone, Instant instant)
    {
        if (!_zonesUsed.TryGetValue(zone.Id, out var use))
        {
            use = new ZoneUse(zone, instant);
            _zonesUsed.Add(zone.Id, use);
        }

        use.Add(instant);
        return use;
    }

    private void WriteHeader(bool isFeed)
    {
        _writer.AsciiLine("BEGIN", "VCALENDAR");
        _writer.AsciiLine("VERSION", "2.0");
        _writer.TextLine("PRODID", _options.ProductId);
        _writer.AsciiLine("CALSCALE", "GREGORIAN");
        _writer.AsciiLine("METHOD", "PUBLISH");
        if (!isFeed)
        {
            return;
        }

        if (_options.FeedName is { } name)
        {
            _writer.TextLine("NAME", name);
            _writer.TextLine("X-WR-CALNAME", name);
        }

        if (_options.RefreshInterval is { } refresh)
        {
            _writer.Begin("REFRESH-INTERVAL");
            _writer.Parameter("VALUE", "DURATION");
            _writer.ValueStart();
            _writer.DurationValue(refresh);
            _writer.End();
            _writer.Begin("X-PUBLISHED-TTL");
            _writer.ValueStart();
            _writer.DurationValue(refresh);
            _writer.End();
        }
    }

    /// <summary>Writes the VEVENT of one day of an event: day 0 is the event's own VEVENT (UID <c>{event}@domain</c>),
    /// each further day has the UID <see cref="WriteDayUid"/> makes and is RELATED-TO;RELTYPE=SIBLING the event's. A
    /// series' VEVENT carries its RRULE and EXDATEs; a moved or changed occurrence of it (<paramref name="occurrence"/>)
    /// has the series' UID, a RECURRENCE-ID, its own times, and its own title, description and status where it has them.</summary>
    private void WriteEvent(PreparedEvent p, SharedValues shared, int day, SeriesPlan.PlannedOverride? occurrence)
    {
        var e = p.Event;
        var w = _writer;
        w.AsciiLine("BEGIN", "VEVENT");
        if (day == 0)
        {
            WriteUid(e.Id, null);
        }
        else
        {
            WriteDayUid(e.Id, e.Days[day].Date);
        }

        WriteStamp();
        if (occurrence is not null)
        {
            WriteTime("RECURRENCE-ID", p.Zone, new ExportTime(default, occurrence.RecurrenceId, false));
            WriteTime("DTSTART", p.Zone, occurrence.Start);
            WriteTime("DTEND", p.Zone, occurrence.End);
        }
        else if (p.AllDay)
        {
            WriteDate("DTSTART", e.Start.Date);
            WriteDate("DTEND", e.End.Date);
        }
        else
        {
            WriteTime("DTSTART", p.Zone, p.DayTimes[2 * day]);
            WriteTime("DTEND", p.Zone, p.DayTimes[(2 * day) + 1]);
        }

        if (occurrence is null && p.Series is { } series)
        {
            RecurrenceRuleWriter.Write(w, series.Series.Rule, series.UntilUtc);
            foreach (var exdate in series.Cancelled)
            {
                WriteTime("EXDATE", p.Zone, new ExportTime(default, exdate, false));
            }
        }

        var summary = occurrence?.Title ?? e.FullTitle;
        w.TextLine("SUMMARY", summary);
        if ((occurrence?.Description ?? e.Description) is { } description)
        {
            w.TextLine("DESCRIPTION", description);
        }

        if (shared.VenueText is { } venue)
        {
            w.TextLine("LOCATION", venue);
        }

        WriteShared(shared);
        foreach (var contact in e.Contacts)
        {
            var person = e.FindPerson(contact.PersonId);
            var parts = new List<string>(4) { person?.DisplayName ?? contact.PersonId.Value };
            AddIfSet(parts, contact.RoleTitle);
            if (!string.IsNullOrEmpty(contact.Phone))
            {
                parts.Add("tel. " + contact.Phone);
            }

            AddIfSet(parts, contact.Email);
            w.TextLine("CONTACT", string.Join(", ", parts));
        }

        w.Begin("CATEGORIES");
        w.ValueStart();
        w.Ascii(EnumTokens.ToToken(e.Kind));
        foreach (var tag in e.Tags)
        {
            w.Ascii(',');
            w.Text(tag);
        }

        w.End();
        var status = occurrence?.Status ?? e.Status;
        var cancelled = status == EventStatus.Cancelled;
        w.AsciiLine("STATUS", cancelled ? "CANCELLED" : status == EventStatus.Postponed ? "TENTATIVE" : "CONFIRMED");
        WriteSequence(e.Revision);
        WriteLastModified(e.LastModified);
        if (day > 0)
        {
            w.Begin("RELATED-TO");
            w.Parameter("RELTYPE", "SIBLING");
            w.ValueStart();
            w.Ascii(e.Id.Value);
            w.Ascii('@');
            w.Ascii(_options.UidDomain);
            w.End();
        }

        if (!cancelled)
        {
            WriteAlarm(summary);
        }

        w.AsciiLine("END", "VEVENT");
    }

    private void WriteItem(PreparedEvent p, SharedValues shared, AgendaItem item, ExportTime start, ExportTime end)
    {
        var w = _writer;
        w.AsciiLine("BEGIN", "VEVENT");
        WriteUid(p.Event.Id, item.Id);
        WriteStamp();
        WriteTime("DTSTART", p.Zone, start);
        WriteTime("DTEND", p.Zone, end);
        w.TextLine("SUMMARY", item.Title);
        if (item.Description is { } description)
        {
            w.TextLine("DESCRIPTION", description);
        }

        if (item.Room is { } room)
        {
            w.Begin("LOCATION");
            w.ValueStart();
            w.Text(room);
            if (shared.VenueText is { } venue)
            {
                w.Text(", ");
                w.Text(venue);
            }

            w.End();
        }
        else if (shared.VenueText is { } venue)
        {
            w.TextLine("LOCATION", venue);
        }

        WriteShared(shared);
        w.Begin("CATEGORIES");
        w.ValueStart();
        w.Ascii(EnumTokens.ToToken(item.Kind));
        if (item.Track is { } track)
        {
            w.Ascii(',');
            w.Text(track);
        }

        w.End();
        var cancelled = item.Status == AgendaItemStatus.Cancelled || p.Event.Status == EventStatus.Cancelled;
        w.AsciiLine("STATUS", cancelled ? "CANCELLED" : "CONFIRMED");
        WriteSequence(item.Revision);
        WriteLastModified(p.Event.LastModified);
        w.Begin("RELATED-TO");
        w.ValueStart();
        w.Ascii(p.Event.Id.Value);
        w.Ascii('@');
        w.Ascii(_options.UidDomain);
        w.End();
        if (!cancelled)
        {
            WriteAlarm(item.Title);
        }

        w.AsciiLine("END", "VEVENT");
    }

    private void WriteShared(SharedValues shared)
    {
        var w = _writer;
        if (shared.Geo is { } geo)
        {
            w.Begin("GEO");
            w.ValueStart();
            w.Float(geo.Latitude);
            w.Ascii(';');
            w.Float(geo.Longitude);
            w.End();
        }

        if (shared.OnlineUrl is { } online)
        {
            w.Begin("CONFERENCE");
            w.Parameter("VALUE", "URI");
            w.ValueStart();
            w.Ascii(online);
            w.End();
        }

        if (shared.Url is { } url)
        {
            w.Begin("URL");
            w.ValueStart();
            w.Ascii(url);
            w.End();
        }

        if (shared.OrganizerMailto is { } mailto)
        {
            w.Begin("ORGANIZER");
            if (shared.OrganizerName is { } name)
            {
                w.Parameter("CN", name);
            }

            w.ValueStart();
            w.Ascii(mailto);
            w.End();
        }
    }

    private void WriteUid(EventId eventId, AgendaItemId? itemId)
    {
        var w = _writer;
        w.Begin("UID");
        w.ValueStart();
        w.Ascii(eventId.Value);
        if (itemId is { } id)
        {
            w.Ascii('+');
            w.Ascii(id.Value);
        }

        w.Ascii('@');
        w.Ascii(_options.UidDomain);
        w.End();
    }

    /// <summary>Writes the UID of a further day of an event: <c>{event}!day-{yyyy-MM-dd}@domain</c>. Stable across
    /// revisions (the event id and the day's date), and never another VEVENT's: ids hold only letters, digits and
    /// <c>- _ . ~</c>, so no event UID has the <c>!</c>, and an agenda item's has <c>+</c> right after the event id.</summary>
    private void WriteDayUid(EventId eventId, LocalDate date)
    {
        var w = _writer;
        w.Begin("UID");
        w.ValueStart();
        w.Ascii(eventId.Value);
        w.Ascii("!day-");
        w.Ascii(date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.Ascii('@');
        w.Ascii(_options.UidDomain);
        w.End();
    }

    private void WriteStamp()
    {
        _writer.Begin("DTSTAMP");
        _writer.ValueStart();
        _writer.UtcDateTime(_stamp);
        _writer.End();
    }

    private void WriteTime(string name, DateTimeZone zone, ExportTime time)
    {
        var w = _writer;
        w.Begin(name);
        if (time.InUtc)
        {
            w.ValueStart();
            w.UtcDateTime(time.Instant);
        }
        else
        {
            w.Parameter("TZID", zone.Id);
            w.ValueStart();
            w.LocalDateTime(time.Local);
        }

        w.End();
    }

    private void WriteDate(string name, LocalDate date)
    {
        _writer.Begin(name);
        _writer.Parameter("VALUE", "DATE");
        _writer.ValueStart();
        _writer.Date(date);
        _writer.End();
    }

    private void WriteSequence(int revision)
    {
        _writer.Begin("SEQUENCE");
        _writer.ValueStart();
        _writer.Integer(revision);
        _writer.End();
    }

    private void WriteLastModified(Instant? lastModified)
    {
        if (lastModified is { } instant)
        {
            _writer.Begin("LAST-MODIFIED");
            _writer.ValueStart();
            _writer.UtcDateTime(instant);
            _writer.End();
        }
    }

    private void WriteAlarm(string summary)
    {
        if (_options.AlarmBeforeStart is not { } before)
        {
            return;
        }

        var w = _writer;
        w.AsciiLine("BEGIN", "VALARM");
        w.AsciiLine("ACTION", "DISPLAY");
        w.TextLine("DESCRIPTION", summary);
        w.Begin("TRIGGER");
        w.ValueStart();
        w.DurationValue(-before);
        w.End();
        w.AsciiLine("END", "VALARM");
    }

    private static void AddIfSet(List<string> parts, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            parts.Add(value);
        }
    }

    /// <summary>Whether the event's days are whole consecutive days (midnight to midnight), written as DATE values.</summary>
    private static bool IsAllDay(Event e)
    {
        for (var i = 0; i < e.Days.Count; i++)
        {
            var day = e.Days[i];
            if (day.Start.Offset is not null || day.End.Offset is not null || day.Start.Local.TimeOfDay != LocalTime.Midnight
                || day.End.Local != day.Start.Local.PlusDays(1) || (i > 0 && day.Start.Local != e.Days[i - 1].End.Local))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An event with its times resolved: <paramref name="DayTimes"/> holds the start and end of each VEVENT of
    /// the event (one for an all-day event, whose dates are one range; one per day otherwise).</summary>
    private sealed record PreparedEvent(Event Event, DateTimeZone Zone, ExportTime[] DayTimes, int[] ItemIndexes, ExportTime[] ItemTimes, bool AllDay, SeriesPlan? Series);

    private sealed class ZoneUse(DateTimeZone zone, Instant first)
    {
        internal DateTimeZone Zone { get; } = zone;

        internal Instant Earliest { get; private set; } = first;

        internal Instant Latest { get; private set; } = first;

        internal void Add(Instant instant)
        {
            if (instant < Earliest)
            {
                Earliest = instant;
            }

            if (instant > Latest)
            {
                Latest = instant;
            }
        }
    }

    /// <summary>The values an event shares with its agenda items, made once per event.</summary>
    private sealed class SharedValues
    {
        internal SharedValues(Event e)
        {
            VenueText = e.Venue?.ToString();
            Geo = e.Venue?.Geo;
            OnlineUrl = WebAddress.ToAscii(e.Venue?.OnlineUrl);
            Url = WebAddress.ToAscii(e.Url);
            foreach (var organizerId in e.OrganizerIds)
            {
                OrganizerName = e.FindOrganizationName(organizerId);
                if (OrganizerName is not null)
                {
                    break;
                }
            }

            Contact? chosen = null;
            foreach (var contact in e.Contacts)
            {
                if (WebAddress.ToMailto(contact.Email) is not null && (chosen is null || (contact.Role == ContactRole.Organizer && chosen.Role != ContactRole.Organizer)))
                {
                    chosen = contact;
                }
            }

            if (chosen is not null)
            {
                OrganizerMailto = WebAddress.ToMailto(chosen.Email);
                OrganizerName ??= e.FindPerson(chosen.PersonId)?.DisplayName;
            }
        }

        internal string? VenueText { get; }

        internal GeoCoordinate? Geo { get; }

        internal string? OnlineUrl { get; }

        internal string? Url { get; }

        internal string? OrganizerName { get; }

        internal string? OrganizerMailto { get; }
    }
}
