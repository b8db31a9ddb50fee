using System.Globalization;
using System.Text;
using Ical.Net.CalendarComponents;
using NodaTime;

namespace Prb.Events.Ical.Internal;

/// <summary>
/// Turns the VEVENTs of one VCALENDAR into events: Ical.Net parses each VEVENT on its own (so one bad component
/// costs only itself), and this class resolves times and zones exactly and maps the values onto the model.
/// A VEVENT RELATED-TO another VEVENT of the calendar becomes an agenda item of that event.
/// </summary>
internal sealed class CalendarReader
{
    private const string CalendarPrologue = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Prb.Events//Prb.Events.Ical import//EN\r\n";
    private const string CalendarEpilogue = "END:VCALENDAR\r\n";

    /// <summary>The most dates an all-day event may span (ten years): it becomes one event day per date, so a span of
    /// centuries written in a few octets would otherwise become millions of days.</summary>
    private const int MaxAllDayDays = 3660;

    /// <summary>The most all-day dates one import makes in all, whatever the number of VEVENTs that ask for them.</summary>
    internal const int MaxAllDayDatesPerImport = 100_000;

    private readonly IcalendarImportOptions _options;
    private readonly IDateTimeZoneProvider _provider;
    private readonly List<Diagnostic> _diagnostics;
    private readonly RuleBudget _ruleBudget = new();
    private readonly ImportWork _work;
    private int _allDayDatesLeft = MaxAllDayDatesPerImport;

    internal CalendarReader(IcalendarImportOptions options, IDateTimeZoneProvider provider, List<Diagnostic> diagnostics, ImportWork work)
    {
        _options = options;
        _provider = provider;
        _diagnostics = diagnostics;
        _work = work;
    }

    internal void Read(ComponentNode calendar, List<Event> events, HashSet<EventId> usedIds)
    {
        var zones = new ZoneResolver(_provider, calendar, _ruleBudget, _work);
        var parsed = new List<ParsedEvent>();
        var byUid = new Dictionary<string, ParsedEvent>(StringComparer.Ordinal);
        foreach (var child in calendar.Children)
        {
            if (child.Name != "VEVENT")
            {
                continue;
            }

            var p = Parse(child, zones);
            if (p is null)
            {
                continue;
            }

            if (!byUid.TryAdd(p.Uid, p))
            {
                Report(IcalendarDiagnosticCodes.DuplicateUid, DiagnosticSeverity.Error, child.Begin, "VEVENT",
                    $"another VEVENT of this calendar has the UID '{p.Uid}'; this one is skipped.");
                continue;
            }

            parsed.Add(p);
        }

        bool IsTop(ParsedEvent p) =>
            p.ParentUid is null || !byUid.TryGetValue(p.ParentUid, out var parent) || ReferenceEquals(parent, p)
            || (parent.ParentUid is not null && byUid.ContainsKey(parent.ParentUid));

        // The items of each event, in input order, found in one pass: looking them up event by event would be
        // quadratic in the number of VEVENTs.
        var itemsByParent = new Dictionary<string, List<ParsedEvent>>(StringComparer.Ordinal);
        foreach (var p in parsed)
        {
            if (!IsTop(p))
            {
                if (!itemsByParent.TryGetValue(p.ParentUid!, out var siblings))
                {
                    siblings = [];
                    itemsByParent.Add(p.ParentUid!, siblings);
                }

                siblings.Add(p);
            }
        }

        var hint = ZoneHint(calendar, zones);
        foreach (var top in parsed)
        {
            if (!IsTop(top))
            {
                continue;
            }

            var items = itemsByParent.GetValueOrDefault(top.Uid) ?? [];
            var built = Build(top, items, hint);
            if (built is null)
            {
                continue;
            }

            if (!usedIds.Add(built.Id))
            {
                Report(IcalendarDiagnosticCodes.DuplicateUid, DiagnosticSeverity.Error, top.Node.Begin, "VEVENT",
                    $"another event of the input has the id '{built.Id}'; this one is skipped.");
                continue;
            }

            events.Add(built);
        }
    }

    private static (string Id, DateTimeZone Zone)? ZoneHint(ComponentNode calendar, ZoneResolver zones)
    {
        if (calendar.First("X-WR-TIMEZONE") is { } line && zones.Resolve(ContentLineReader.UnescapeText(line.Value).Trim(), out _) is { IanaId: { } id } named)
        {
            return (id, named.Zone);
        }

        if (zones.DefinedIds.Count == 1 && zones.Resolve(zones.DefinedIds.First(), out _) is { IanaId: { } only } single)
        {
            return (only, single.Zone);
        }

        return null;
    }

    private Event? Build(ParsedEvent top, List<ParsedEvent> items, (string Id, DateTimeZone Zone)? hint)
    {
        var (zoneId, zone) = ChooseZone(top, hint);
        var id = EventIdFor(top.Uid);
        try
        {
            var kind = EventKind.Other;
            var tags = top.Categories;
            if (tags.Count > 0 && EnumTokens.TryParse<EventKind>(tags[0], out var k))
            {
                kind = k;
                tags = tags.Skip(1).ToArray();
            }

            var builder = Event.CreateBuilder(id, top.Summary)
                .InZone(zoneId)
                .OfKind(kind)
                .Described(top.Description)
                .WithUrl(top.Url)
                .AtRevision(top.Sequence)
                .LastModifiedAt(top.LastModified)
                .WithStatus(top.IsCancelled ? EventStatus.Cancelled : EventStatus.Scheduled)
                .Tagged([.. tags]);
            if (!id.Value.Any(char.IsAsciiLetterOrDigit))
            {
                // A slug needs a letter or digit; an id such as "__" has none.
                builder.WithSlug(new Slug("event-" + Hash(top.Uid)));
            }

            if (top.Location is not null || top.Geo is not null || top.OnlineUrl is not null)
            {
                builder.At(new Venue(top.Location ?? string.Empty, null, top.Geo, top.OnlineUrl));
            }

            foreach (var day in Days(top, zone))
            {
                _work.EventDays++;
                builder.OnDay(day);
            }

            var itemIds = new HashSet<AgendaItemId>();
            var parentLocal = LocalPart(top.Uid);
            foreach (var item in items)
            {
                var itemId = ItemIdFor(item.Uid, parentLocal);
                if (!itemIds.Add(itemId))
                {
                    Report(IcalendarDiagnosticCodes.DuplicateUid, DiagnosticSeverity.Error, item.Node.Begin, "VEVENT",
                        $"another agenda item of the event has the id '{itemId}'; this one is skipped.");
                    continue;
                }

                var itemKind = AgendaItemKind.Other;
                var rest = item.Categories;
                if (rest.Count > 0 && EnumTokens.TryParse<AgendaItemKind>(rest[0], out var ik))
                {
                    itemKind = ik;
                    rest = rest.Skip(1).ToArray();
                }

                builder.AddItem(new AgendaItem(
                    itemId,
                    itemKind,
                    item.Summary,
                    ToEventTime(item.Start, zone),
                    ToEventTime(item.End, zone),
                    item.Description,
                    RoomOf(item.Location, top.Location),
                    rest.Count > 0 ? rest[0] : null,
                    null,
                    item.IsCancelled ? AgendaItemStatus.Cancelled : AgendaItemStatus.Scheduled,
                    item.Sequence));
            }

            return builder.Build();
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            // OverflowException: a date at the very end of the calendar, whose next day NodaTime cannot make.
            Report(IcalendarDiagnosticCodes.InvalidComponent, DiagnosticSeverity.Error, top.Node.Begin, "VEVENT",
                $"the event cannot be made from this VEVENT and its agenda items: {e.Message}");
            return null;
        }
    }

    private (string Id, DateTimeZone Zone) ChooseZone(ParsedEvent p, (string Id, DateTimeZone Zone)? hint)
    {
        if (p.Start.Zone?.IanaId is { } startId)
        {
            return (startId, p.Start.Zone.Zone);
        }

        if (p.End.Zone?.IanaId is { } endId)
        {
            return (endId, p.End.Zone.Zone);
        }

        var custom = p.Start.Zone ?? p.End.Zone;
        if (custom is not null)
        {
            var instants = new[] { p.Start, p.End }.Where(t => t.HasInstant).Select(t => t.Instant).ToArray();
            var candidates = new[] { (custom.Zone as VTimeZoneZone)?.Location, _options.DefaultTimeZoneId };
            foreach (var candidate in candidates)
            {
                if (candidate is not null && _provider.GetZoneOrNull(candidate) is { } tzdb && instants.All(i => tzdb.GetUtcOffset(i) == custom.Zone.GetUtcOffset(i)))
                {
                    Report(IcalendarDiagnosticCodes.TimeZoneChosen, DiagnosticSeverity.Info, p.Node.Begin, "DTSTART",
                        $"the zone '{custom.Zone.Id}' is defined only by this input's VTIMEZONE; its times were resolved by its own rules and the event is placed in {tzdb.Id}, which has the same UTC offsets at every time of the event.");
                    return (tzdb.Id, tzdb);
                }
            }

            var offsets = instants.Select(i => custom.Zone.GetUtcOffset(i)).Distinct().ToArray();
            if (offsets.Length == 1 && offsets[0].Seconds % 3600 == 0 && offsets[0].Seconds / 3600 is >= -12 and <= 14)
            {
                var hours = offsets[0].Seconds / 3600;
                var fixedId = hours == 0 ? "Etc/UTC" : string.Create(CultureInfo.InvariantCulture, $"Etc/GMT{(hours > 0 ? "-" : "+")}{Math.Abs(hours)}");
                var fixedZone = _provider[fixedId];
                Report(IcalendarDiagnosticCodes.TimeZoneChosen, DiagnosticSeverity.Info, p.Node.Begin, "DTSTART",
                    $"the zone '{custom.Zone.Id}' is defined only by this input's VTIMEZONE; its times were resolved by its own rules and the event is placed in {fixedId}, the fixed offset they have.");
                return (fixedId, fixedZone);
            }

            Report(IcalendarDiagnosticCodes.TimeZoneChosen, DiagnosticSeverity.Info, p.Node.Begin, "DTSTART",
                $"the zone '{custom.Zone.Id}' is defined only by this input's VTIMEZONE; its times were resolved by its own rules and the event is placed in Etc/UTC.");
            return ("Etc/UTC", _provider["Etc/UTC"]);
        }

        if (hint is { } h)
        {
            if (p.Start.Kind == TimeValueKind.Floating)
            {
                Report(IcalendarDiagnosticCodes.TimeZoneChosen, DiagnosticSeverity.Info, p.Node.Begin, "DTSTART",
                    $"the time is floating (no zone); it is read in {h.Id}, the zone the calendar names.");
            }

            return h;
        }

        var fallback = _provider.GetZoneOrNull(_options.DefaultTimeZoneId) ?? _provider["Etc/UTC"];
        if (p.Start.Kind is TimeValueKind.Floating or TimeValueKind.Utc)
        {
            Report(IcalendarDiagnosticCodes.TimeZoneChosen, DiagnosticSeverity.Info, p.Node.Begin, "DTSTART",
                p.Start.Kind == TimeValueKind.Floating
                    ? $"the time is floating (no zone) and the calendar names no zone; it is read in {fallback.Id}, the default zone."
                    : $"the times are in UTC and the calendar names no zone; the event is placed in {fallback.Id}, the default zone, at the same instants.");
        }

        return (fallback.Id, fallback);
    }

    private static IEnumerable<EventDay> Days(ParsedEvent p, DateTimeZone zone)
    {
        if (p.Start.Kind == TimeValueKind.Date)
        {
            var first = p.Start.Local.Date;
            var end = p.End.Kind == TimeValueKind.Date ? p.End.Local.Date : first.PlusDays(1);
            if (end <= first)
            {
                end = first.PlusDays(1);
            }

            for (var date = first; date < end; date = date.PlusDays(1))
            {
                yield return new EventDay(date.AtMidnight(), date.PlusDays(1).AtMidnight());
            }

            yield break;
        }

        yield return new EventDay(ToEventTime(p.Start, zone), ToEventTime(p.End, zone));
    }

    private static EventTime ToEventTime(TimeValue value, DateTimeZone zone)
    {
        if (!value.HasInstant)
        {
            return new EventTime(value.Local);
        }

        var zoned = value.Instant.InZone(zone);
        var local = zoned.LocalDateTime;
        return zone.MapLocal(local).Count == 2 ? new EventTime(local, zoned.Offset) : new EventTime(local);
    }

    private static string? RoomOf(string? itemLocation, string? eventLocation)
    {
        if (itemLocation is null || itemLocation == eventLocation)
        {
            return null;
        }

        if (eventLocation is not null && itemLocation.EndsWith(", " + eventLocation, StringComparison.Ordinal))
        {
            return itemLocation[..^(eventLocation.Length + 2)];
        }

        return itemLocation;
    }

    private ParsedEvent? Parse(ComponentNode node, ZoneResolver zones)
    {
        if (node.First("RECURRENCE-ID") is { } recurrenceId)
        {
            Report(IcalendarDiagnosticCodes.RecurrenceNotImported, DiagnosticSeverity.Warning, recurrenceId, "RECURRENCE-ID",
                "an overridden occurrence of a recurring event is not imported; events are imported as their first occurrence.");
            return null;
        }

        CalendarEvent ical;
        try
        {
            var text = new StringBuilder(CalendarPrologue);
            foreach (var line in node.AllLines)
            {
                text.Append(line.Text).Append("\r\n");
            }

            text.Append(CalendarEpilogue);
            _work.ParsedCharacters += text.Length;
            ical = global::Ical.Net.Calendar.Load(text.ToString())!.Events.Single();
        }
#pragma warning disable CA1031 // Ical.Net throws several exception types for a component it cannot read; each means "skip this component".
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            Report(IcalendarDiagnosticCodes.InvalidComponent, DiagnosticSeverity.Error, node.Begin, "VEVENT", $"the VEVENT cannot be read: {e.Message}");
            return null;
        }

        var uidLine = node.First("UID");
        string uid;
        if (uidLine is null || string.IsNullOrWhiteSpace(uidLine.Value))
        {
            uid = "uid-" + Hash(string.Join("\n", node.AllLines.Select(l => l.Text)));
            Report(IcalendarDiagnosticCodes.MissingProperty, DiagnosticSeverity.Warning, node.Begin, "UID",
                $"the VEVENT has no UID; it is given '{uid}', made from its content.");
        }
        else
        {
            uid = ContentLineReader.UnescapeText(uidLine.Value).Trim();
        }

        var startLine = node.First("DTSTART");
        if (startLine is null)
        {
            Report(IcalendarDiagnosticCodes.MissingProperty, DiagnosticSeverity.Error, node.Begin, "VEVENT", "the VEVENT has no DTSTART; it is skipped.");
            return null;
        }

        if (!TryReadTime(startLine, zones, out var start))
        {
            return null;
        }

        TimeValue end;
        if (node.First("DTEND") is { } endLine)
        {
            if (!TryReadTime(endLine, zones, out end))
            {
                return null;
            }
        }
        else if (node.First("DURATION") is { } durationLine)
        {
            if (ical.Duration is not { } duration)
            {
                Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, durationLine, "DURATION",
                    $"'{durationLine.Value}' is not a duration such as PT1H30M; the VEVENT is skipped.");
                return null;
            }

            try
            {
                end = AddDuration(start, duration);
            }
            catch (Exception e) when (e is ArgumentException or OverflowException)
            {
                Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, durationLine, "DURATION",
                    $"'{durationLine.Value}' takes the end outside the years 1 to 9999; the VEVENT is skipped.");
                return null;
            }
        }
        else if (start.Kind == TimeValueKind.Date && start.Local.Date == LocalDate.MaxIsoValue)
        {
            Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, startLine, "DTSTART",
                "an all-day event on 9999-12-31 would end in the year 10000; the VEVENT is skipped.");
            return null;
        }
        else
        {
            end = start.Kind == TimeValueKind.Date
                ? start with { Local = start.Local.PlusDays(1) }
                : start;
        }

        // The model's supported range (EventLimits) is stated once in Core; a time outside it is this VEVENT's error.
        foreach (var (time, line) in new[] { (start, startLine), (end, node.First("DTEND") ?? node.First("DURATION") ?? startLine) })
        {
            if (!EventLimits.Contains(time.Local.Date))
            {
                Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, line, line.Name,
                    $"'{line.Value}' is outside the supported dates {EventLimits.MinDate:uuuu-MM-dd} to {EventLimits.MaxDate:uuuu-MM-dd}; the VEVENT is skipped.");
                return null;
            }
        }

        if (start.Kind == TimeValueKind.Date && end.Kind == TimeValueKind.Date)
        {
            var dates = Period.DaysBetween(start.Local.Date, end.Local.Date);
            var spanLine = node.First("DTEND") ?? node.First("DURATION") ?? startLine;
            if (dates > MaxAllDayDays)
            {
                Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, spanLine, spanLine.Name,
                    $"the all-day event lasts {dates} days; an event gets one day per date, for at most {MaxAllDayDays} dates, so the VEVENT is skipped.");
                return null;
            }

            if (dates > _allDayDatesLeft)
            {
                Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, spanLine, spanLine.Name,
                    $"the all-day events of this input span more than {MaxAllDayDatesPerImport} dates in all, one event day each; the VEVENT is skipped.");
                return null;
            }

            _allDayDatesLeft -= Math.Max(dates, 1);
        }

        if ((node.First("RRULE") ?? node.First("RDATE")) is { } recurrence)
        {
            Report(IcalendarDiagnosticCodes.RecurrenceNotImported, DiagnosticSeverity.Warning, recurrence, recurrence.Name,
                "the event recurs; only its first occurrence is imported.");
        }

        GeoCoordinate? geo = null;
        if (node.First("GEO") is { } geoLine)
        {
            if (IcalValues.TryParseGeo(geoLine.Value, out var g))
            {
                geo = g;
            }
            else
            {
                Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Warning, geoLine, "GEO",
                    $"'{geoLine.Value}' is not a position such as 51.1099;17.0317; it is skipped.");
            }
        }

        var url = ical.Url;
        if (node.First("URL") is { } urlLine && !WebAddress.IsAbsolute(url))
        {
            Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Warning, urlLine, "URL", $"'{urlLine.Value}' is not an absolute URL; it is skipped.");
            url = null;
        }

        Uri? online = null;
        if (node.First("CONFERENCE") is { } conferenceLine)
        {
            if (Uri.TryCreate(conferenceLine.Value, UriKind.Absolute, out var conference))
            {
                online = conference;
            }
            else
            {
                Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Warning, conferenceLine, "CONFERENCE",
                    $"'{conferenceLine.Value}' is not an absolute URI; it is skipped.");
            }
        }

        var sequence = 0;
        if (node.First("SEQUENCE") is { } sequenceLine && !IcalValues.TryParseCount(sequenceLine.Value, out sequence))
        {
            Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Warning, sequenceLine, "SEQUENCE",
                $"'{sequenceLine.Value}' is not a revision number; 0 is taken.");
            sequence = 0;
        }

        Instant? lastModified = null;
        if (node.First("LAST-MODIFIED") is { } modifiedLine)
        {
            if (IcalValues.TryParseDateTime(modifiedLine.Value.Trim(), out var modified, out _))
            {
                lastModified = modified.InUtc().ToInstant();
            }
            else
            {
                Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Warning, modifiedLine, "LAST-MODIFIED",
                    $"'{modifiedLine.Value}' is not a UTC date-time; it is skipped.");
            }
        }

        string? parentUid = null;
        foreach (var related in node.All("RELATED-TO"))
        {
            var relation = related.Parameter("RELTYPE")?.ToUpperInvariant();
            if (relation is null or "PARENT")
            {
                parentUid = ContentLineReader.UnescapeText(related.Value).Trim();
                break;
            }
        }

        return new ParsedEvent
        {
            Node = node,
            Uid = uid,
            ParentUid = parentUid,
            Start = start,
            End = end,
            Summary = Clean(ical.Summary, node, "SUMMARY") ?? string.Empty,
            Description = Clean(ical.Description, node, "DESCRIPTION"),
            Location = Clean(ical.Location, node, "LOCATION"),
            Categories = ical.Categories.Where(c => !string.IsNullOrEmpty(c)).Select(c => Clean(c, node, "CATEGORIES")!).ToArray(),
            Geo = geo,
            Url = url,
            OnlineUrl = online,
            IsCancelled = string.Equals(ical.Status, "CANCELLED", StringComparison.OrdinalIgnoreCase),
            Sequence = sequence,
            LastModified = lastModified,
        };
    }

    private bool TryReadTime(ContentLine line, ZoneResolver zones, out TimeValue value)
    {
        value = default;
        var text = line.Value.Trim();
        var type = line.Parameter("VALUE")?.ToUpperInvariant();
        if (type == "DATE" || (type is null && text.Length == 8))
        {
            if (IcalValues.TryParseDate(text, out var date))
            {
                value = new TimeValue(TimeValueKind.Date, date.AtMidnight(), default, null);
                return true;
            }

            Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, line, line.Name, $"'{line.Value}' is not a date such as 20111109; the VEVENT is skipped.");
            return false;
        }

        if (!IcalValues.TryParseDateTime(text, out var local, out var isUtc))
        {
            Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, line, line.Name,
                $"'{line.Value}' is not a date-time such as 20111109T100000; the VEVENT is skipped.");
            return false;
        }

        if (isUtc)
        {
            value = new TimeValue(TimeValueKind.Utc, local, local.InUtc().ToInstant(), null);
            return true;
        }

        var tzid = line.Parameter("TZID");
        if (tzid is null)
        {
            value = new TimeValue(TimeValueKind.Floating, local, default, null);
            return true;
        }

        var zone = zones.Resolve(tzid.Trim(), out var reason);
        if (zone is null)
        {
            Report(IcalendarDiagnosticCodes.UnknownTimeZone, DiagnosticSeverity.Error, line, line.Name, $"{reason}; the VEVENT is skipped.");
            return false;
        }

        try
        {
            value = Resolve(line, local, zone);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            // A local time at the very start or end of year 1 or 9999 whose instant falls outside them.
            Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, line, line.Name,
                $"'{line.Value}' in {zone.Zone.Id} is an instant outside the years 1 to 9999; the VEVENT is skipped.");
            return false;
        }
    }

    private TimeValue Resolve(ContentLine line, LocalDateTime local, ResolvedZone zone)
    {
        var mapping = zone.Zone.MapLocal(local);
        Instant instant;
        switch (mapping.Count)
        {
            case 1:
                instant = mapping.Single().ToInstant();
                break;
            case 2:
                // RFC 5545 section 3.3.5: an ambiguous local time means its first occurrence.
                instant = mapping.First().ToInstant();
                break;
            default:
                // RFC 5545 section 3.3.5: a time in a gap is read with the offset before the gap.
                instant = local.WithOffset(mapping.EarlyInterval.WallOffset).ToInstant();
                Report(IcalendarDiagnosticCodes.SkippedLocalTime, DiagnosticSeverity.Warning, line, line.Name,
                    $"{local:uuuu-MM-dd'T'HH:mm} does not exist in {zone.Zone.Id} (clocks go forward); it is read with the offset before the change, as RFC 5545 says.");
                break;
        }

        return new TimeValue(TimeValueKind.Zoned, instant.InZone(zone.Zone).LocalDateTime, instant, zone);
    }

    private static TimeValue AddDuration(TimeValue start, global::Ical.Net.DataTypes.Duration duration)
    {
        var sign = duration.Sign < 0 ? -1 : 1;
        var days = sign * (((duration.Weeks ?? 0) * 7) + (duration.Days ?? 0));
        var exact = Duration.FromHours(sign * (duration.Hours ?? 0)) + Duration.FromMinutes(sign * (duration.Minutes ?? 0))
            + Duration.FromSeconds(sign * (duration.Seconds ?? 0));
        switch (start.Kind)
        {
            case TimeValueKind.Date:
                return start with { Local = start.Local.PlusDays(Math.Max(days, 1)) };
            case TimeValueKind.Floating:
                return start with { Local = start.Local.PlusDays(days).PlusTicks(exact.BclCompatibleTicks) };
            case TimeValueKind.Utc:
                var utc = start.Instant + Duration.FromDays(days) + exact;
                return start with { Instant = utc, Local = utc.InUtc().LocalDateTime };
            default:
                // Days are nominal (the same wall-clock time on a later date), hours and less are exact (RFC 5545 section 3.3.6).
                var zone = start.Zone!.Zone;
                var shifted = zone.ResolveLocal(start.Local.PlusDays(days), NodaTime.TimeZones.Resolvers.LenientResolver).ToInstant() + exact;
                return start with { Instant = shifted, Local = shifted.InZone(zone).LocalDateTime };
        }
    }

    private string? Clean(string? text, ComponentNode node, string property)
    {
        if (text is null)
        {
            return null;
        }

        if (EventText.IsValid(text))
        {
            return text;
        }

        var line = node.First(property) ?? node.Begin;
        Report(IcalendarDiagnosticCodes.TextReplaced, DiagnosticSeverity.Warning, line, property,
            "the text holds control characters or broken surrogates, which event documents cannot carry; they were replaced by U+FFFD.");
        return EventText.ReplaceInvalid(text);
    }

    private static string LocalPart(string uid)
    {
        var at = uid.LastIndexOf('@');
        return at > 0 ? uid[..at] : uid;
    }

    private static EventId EventIdFor(string uid) =>
        EventId.TryParse(LocalPart(uid), out var id) ? id : new EventId(DeriveId(uid));

    private static AgendaItemId ItemIdFor(string uid, string parentLocal)
    {
        var local = LocalPart(uid);
        var plus = local.IndexOf('+', StringComparison.Ordinal);
        if (plus > 0 && string.Equals(local[..plus], parentLocal, StringComparison.Ordinal) && AgendaItemId.TryParse(local[(plus + 1)..], out var id))
        {
            return id;
        }

        return AgendaItemId.TryParse(local, out var plain) ? plain : new AgendaItemId(DeriveId(uid));
    }

    /// <summary>Makes an id from any UID: unreserved characters kept, runs of others become one hyphen, and a hash of
    /// the whole UID keeps different UIDs apart.</summary>
    private static string DeriveId(string uid)
    {
        var builder = new StringBuilder(Math.Min(uid.Length, 100));
        foreach (var c in uid)
        {
            if (builder.Length >= 100)
            {
                break;
            }

            if (IdText.IsValidCharacter(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var stem = builder.ToString().Trim('-');
        return (stem.Length == 0 ? "uid" : stem) + "-" + Hash(uid);
    }

    private static string Hash(string text)
    {
        // FNV-1a over the UTF-16 code units: stable across runs and machines, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }

    private void Report(string code, DiagnosticSeverity severity, ContentLine line, string what, string message) =>
        _diagnostics.Add(new Diagnostic(code, severity, ContentLineLocation.Of(line.LineNumber, what), message));
}
