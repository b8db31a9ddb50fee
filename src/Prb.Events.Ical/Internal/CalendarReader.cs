using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using NodaTime;

namespace Prb.Events.Ical.Internal;

/// <summary>
/// Turns the VEVENTs of one VCALENDAR into events: <see cref="VEventReader"/> reads each VEVENT on its own (so one bad
/// component costs only itself), and this class chooses each event's zone and maps the values onto the model. A VEVENT
/// RELATED-TO (no RELTYPE, or PARENT) another VEVENT of the calendar becomes an agenda item of that event; one
/// RELATED-TO;RELTYPE=SIBLING another becomes a further day of it (as <see cref="CalendarWriter"/> writes the days of a
/// multi-day event).
/// </summary>
internal sealed class CalendarReader
{
    /// <summary>The most all-day dates one import makes in all, whatever the number of VEVENTs that ask for them.</summary>
    internal const int MaxAllDayDatesPerImport = 100_000;

    private static readonly List<ParsedEvent> NoEvents = [];

    private readonly IcalendarImportOptions _options;
    private readonly IDateTimeZoneProvider _provider;
    private readonly List<Diagnostic> _diagnostics;
    private readonly RuleBudget _ruleBudget = new();
    private readonly ImportWork _work;
    private readonly VEventReader _vevents;
    private readonly SeriesReader _series;
    private EventValidator? _seriesValidator;
    private readonly Dictionary<int, ComponentNode> _zoneRoots = [];
    private readonly Dictionary<ComponentNode, CalendarState> _calendars = [];

    internal CalendarReader(IcalendarImportOptions options, IDateTimeZoneProvider provider, List<Diagnostic> diagnostics, ImportWork work,
        IReadOnlyList<ComponentNode> zoneRoots)
    {
        _options = options;
        _provider = provider;
        _diagnostics = diagnostics;
        _work = work;
        _vevents = new VEventReader(diagnostics, work);
        _series = new SeriesReader(diagnostics);
        foreach (var root in zoneRoots)
        {
            _zoneRoots.TryAdd(root.Begin.LineNumber, root);
        }
    }

    /// <summary>Reads a VEVENT of a VCALENDAR as soon as it is complete, and lets go of its lines: only what the model
    /// needs lives on until the calendar ends.</summary>
    internal void Add(ComponentNode vevent, ComponentNode calendar)
    {
        var state = State(calendar);
        var p = _vevents.Parse(vevent, state.Zones);

        // Read: nothing of the component is needed any more (it is the last child of the calendar so far).
        vevent.Release();
        if (calendar.Children.Count > 0 && ReferenceEquals(calendar.Children[^1], vevent))
        {
            calendar.Children.RemoveAt(calendar.Children.Count - 1);
        }

        // (A pattern rather than a null check followed by a return: a mutant without the return would break the null
        // analysis of the code after it, which takes the whole method out of mutation testing.)
        if (p is { } parsed)
        {
            Keep(parsed, state, vevent.Begin);
        }
    }

    private void Keep(ParsedEvent p, CalendarState state, ContentLine begin)
    {
        if (p.RecurrenceId is not null)
        {
            (CollectionsMarshal.GetValueRefOrAddDefault(state.Changes, p.Uid, out _) ??= []).Add(p);
            return;
        }

        if (!state.ByUid.TryAdd(p.Uid, p))
        {
            Report(IcalendarDiagnosticCodes.DuplicateUid, DiagnosticSeverity.Error, begin, "VEVENT",
                $"another VEVENT of this calendar has the UID '{p.Uid}'; this one is skipped.");
            return;
        }

        state.Parsed.Add(p);
        ParsedCount++;
    }

    /// <summary>Whether a VEVENT of the calendar was read already (with the zones the calendar had defined by then).</summary>
    internal bool HasStarted(ComponentNode calendar) => _calendars.ContainsKey(calendar);

    /// <summary>Gets how many VEVENTs were read so far, in all calendars: what <see cref="Finish"/> makes events of.</summary>
    internal int ParsedCount { get; private set; }

    /// <summary>Makes the events of a VCALENDAR whose VEVENTs were all added.</summary>
    internal void Finish(ComponentNode calendar, List<Event> events, HashSet<EventId> usedIds)
    {
        var state = State(calendar);
        var parsed = state.Parsed;
        var byUid = state.ByUid;
        var zones = state.Zones;

        // A VEVENT linked to another (RELATED-TO its UID) belongs to it, unless that one is linked in turn: links
        // are one level deep, so a chain or a cycle of links costs no more than one look-up per VEVENT.
        // (Switches rather than conditions: see ZoneHint.)
        bool HasTarget(ParsedEvent p, string? uid) => (uid switch { null => null, _ => byUid.GetValueOrDefault(uid) }) switch
        {
            null => false,
            var target => !ReferenceEquals(target, p),
        };
        bool IsLinked(ParsedEvent p) => HasTarget(p, p.ParentUid) || HasTarget(p, p.SiblingUid);
        ParsedEvent? OwnerBy(ParsedEvent p, string? uid) => HasTarget(p, uid) && !IsLinked(byUid[uid!]) ? byUid[uid!] : null;

        // The items and further days of each event, in input order, found in one pass: looking them up event by event
        // would be quadratic in the number of VEVENTs.
        var itemsByEvent = new Dictionary<ParsedEvent, List<ParsedEvent>>();
        var daysByEvent = new Dictionary<ParsedEvent, List<ParsedEvent>>();
        var tops = new List<ParsedEvent>();
        foreach (var p in parsed)
        {
            switch (OwnerBy(p, p.ParentUid), OwnerBy(p, p.SiblingUid))
            {
                case ({ } parent, _):
                    GroupOf(itemsByEvent, parent).Add(p);
                    break;
                case (null, { } sibling):
                    GroupOf(daysByEvent, sibling).Add(p);
                    break;
                default:
                    tops.Add(p);
                    break;
            }
        }

        var hint = ZoneHint(state.ZoneCalendar, zones);
        foreach (var top in tops)
        {
            var items = itemsByEvent.GetValueOrDefault(top) ?? NoEvents;
            var days = daysByEvent.GetValueOrDefault(top) ?? NoEvents;
            var changes = NoEvents;
            if (Build(top, items, days, state.Changes.Remove(top.Uid, out changes) ? changes : NoEvents, hint) is { } built)
            {
                if (usedIds.Add(built.Id))
                {
                    events.Add(built);
                }
                else
                {
                    Report(IcalendarDiagnosticCodes.DuplicateUid, DiagnosticSeverity.Error, top.Begin, "VEVENT",
                        $"another event of the input has the id '{built.Id}'; this one is skipped.");
                }
            }
        }

        foreach (var changes in state.Changes.Values)
        {
            _series.Report(changes[0].Begin, "RECURRENCE-ID",
                $"no recurring VEVENT of this calendar has the UID '{changes[0].Uid}'; the changed occurrence is not imported.");
        }
    }

    private static List<ParsedEvent> GroupOf(Dictionary<ParsedEvent, List<ParsedEvent>> groups, ParsedEvent owner) =>
        CollectionsMarshal.GetValueRefOrAddDefault(groups, owner, out _) ??= [];

    /// <summary>Gets what is read of a VCALENDAR so far; the first time, resolves its zones from the first pass's
    /// VCALENDAR of the same line (both passes build the same components), or without a first pass from the VTIMEZONEs
    /// the calendar has so far.</summary>
    private CalendarState State(ComponentNode calendar)
    {
        if (!_calendars.TryGetValue(calendar, out var state))
        {
            var zoneCalendar = _zoneRoots.GetValueOrDefault(calendar.Begin.LineNumber) ?? calendar;
            state = new CalendarState(zoneCalendar, new ZoneResolver(_provider, zoneCalendar, _ruleBudget, _work, _diagnostics),
                Math.Max(zoneCalendar.Children.Count, EstimatedVEvents(calendar.Begin)));
            _calendars.Add(calendar, state);
        }

        return state;
    }

    /// <summary>Estimates the VEVENTs of a calendar, to size its collections once rather than grow them: counts
    /// <c>BEGIN:VEVENT</c> from the calendar's BEGIN line to the next mention of <c>VCALENDAR</c> (its END, or the next
    /// calendar's BEGIN). The ranges of two calendars do not overlap, so all the estimates together read the input
    /// once; at most one VEVENT per 64 characters is assumed, so an input of empty VEVENTs cannot make it reserve much.</summary>
    private static int EstimatedVEvents(ContentLine calendarBegin)
    {
        var rest = calendarBegin.Source.AsSpan(calendarBegin.EndIndex);
        var end = rest.IndexOf("VCALENDAR", StringComparison.Ordinal);
        var range = end < 0 ? rest : rest[..end];
        var count = 0;
        for (var at = range.IndexOf("BEGIN:VEVENT", StringComparison.Ordinal); at >= 0; at = range.IndexOf("BEGIN:VEVENT", StringComparison.Ordinal))
        {
            count++;
            range = range[(at + 12)..];
        }

        return Math.Min(count, (end < 0 ? rest.Length : end) / 64);
    }

    /// <summary>The zone the calendar names (X-WR-TIMEZONE), or else the zone of its only VTIMEZONE, when tzdb knows
    /// it. (Switch expressions rather than conditions followed by statements: a mutated condition then cannot break the
    /// null analysis of code outside it, which would take the method out of mutation testing.)</summary>
    private static (string Id, DateTimeZone Zone)? ZoneHint(ComponentNode calendar, ZoneResolver zones)
    {
        var named = calendar.First("X-WR-TIMEZONE") switch
        {
            { } line => zones.Resolve(ContentLineReader.UnescapeText(line.Value), out _, out _)?.TzdbZone,
            null => null,
        };
        named ??= zones.DefinedIds.Count == 1 ? zones.Resolve(zones.DefinedIds.First(), out _, out _)?.TzdbZone : null;
        return named switch
        {
            { } zone => (zone.Id, zone),
            null => null,
        };
    }

    /// <summary>The kind the first category names, and the other categories; or <paramref name="fallback"/> and all
    /// of them when the first names no kind.</summary>
    private static (TKind Kind, IReadOnlyList<string> Others) KindOf<TKind>(IReadOnlyList<string> categories, TKind fallback)
        where TKind : struct, Enum
    {
        var kind = fallback;
        return categories.Count > 0 && EnumTokens.TryParse(categories[0], out kind) ? (kind, categories.Skip(1).ToArray()) : (fallback, categories);
    }

    private Event? Build(ParsedEvent top, List<ParsedEvent> items, List<ParsedEvent> furtherDays, List<ParsedEvent> changes, (string Id, DateTimeZone Zone)? hint)
    {
        var (zoneId, zone) = ChooseZone(top, hint);
        var id = EventIdFor(top.Uid);
        try
        {
            var (kind, tags) = KindOf(top.Categories, EventKind.Other);
            var builder = Event.CreateBuilder(id, top.Summary)
                .InZone(zoneId)
                .OfKind(kind)
                .Described(top.Description)
                .WithUrl(top.Url)
                .AtRevision(top.Sequence)
                .LastModifiedAt(top.LastModified)
                .WithStatus(top.IsCancelled ? EventStatus.Cancelled : EventStatus.Scheduled)
                .Tagged(tags as string[] ?? [.. tags]);
            if (Slug.IsValid(id.Value))
            {
                // The id is a slug as it is: no transliteration to do.
                builder.WithSlug(new Slug(id.Value));
            }
            else if (!id.Value.AsSpan().ContainsAnyInRange('0', '9') && !id.Value.AsSpan().ContainsAnyInRange('a', 'z') && !id.Value.AsSpan().ContainsAnyInRange('A', 'Z'))
            {
                // A slug needs a letter or digit; an id such as "__" has none.
                builder.WithSlug(new Slug("event-" + Hash(top.Uid)));
            }

            if (top.Location is not null || top.Geo is not null || top.OnlineUrl is not null)
            {
                builder.At(new Venue(top.Location ?? string.Empty, null, top.Geo, top.OnlineUrl));
            }

            if (furtherDays.Count == 0 && top.Start.Kind != TimeValueKind.Date)
            {
                _work.EventDays++;
                builder.OnDay(new EventDay(top.Recurrence.Recurs ? SeriesStart(top, zone) : ToEventTime(top.Start, zone), ToEventTime(top.End, zone)));
            }
            else
            {
                foreach (var day in AllDays(top, furtherDays, zone))
                {
                    _work.EventDays++;
                    builder.OnDay(day);
                }
            }

            var series = top.Recurrence.Recurs ? _series.Rule(top, SeriesStart(top, zone).Local, zone) : null;
            if (series is not null)
            {
                builder.Repeats(series);
            }

            var itemIds = items.Count == 0 ? null : new HashSet<AgendaItemId>();
            var parentLocal = items.Count == 0 ? string.Empty : LocalPart(top.Uid);
            foreach (var item in items)
            {
                var itemId = ItemIdFor(item.Uid, parentLocal);
                if (!itemIds!.Add(itemId))
                {
                    Report(IcalendarDiagnosticCodes.DuplicateUid, DiagnosticSeverity.Error, item.Begin, "VEVENT",
                        $"another agenda item of the event has the id '{itemId}'; this one is skipped.");
                    continue;
                }

                var (itemKind, rest) = KindOf(item.Categories, AgendaItemKind.Other);
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

            var built = builder.Build();
            var errors = series is null ? null : SeriesErrors(built);
            if (errors is not null)
            {
                // RFC 5545 makes DTSTART an occurrence whatever the rule says; a series starts on a date of its rule.
                _series.Report(top.Recurrence.Rules[0], "RRULE", $"the series cannot be held as written ({errors}); only its first occurrence is imported.");
                built = builder.AsSeries(null).Build();
                series = null;
            }

            if (series is null)
            {
                foreach (var change in changes)
                {
                    _series.Report(change.Begin, "RECURRENCE-ID", "the event this VEVENT changes an occurrence of is imported as its first occurrence; the change is not imported.");
                }

                return built;
            }

            return Complete(builder, built, top, changes, zone);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            // OverflowException: a date at the very end of the calendar, whose next day NodaTime cannot make.
            Report(IcalendarDiagnosticCodes.InvalidComponent, DiagnosticSeverity.Error, top.Begin, "VEVENT",
                $"the event cannot be made from this VEVENT and its agenda items: {e.Message}");
            return null;
        }
    }

    /// <summary>The start of a recurring event: a DTSTART the clocks skip in the event's zone keeps its written local
    /// time (the same instant, as the model resolves a skipped time forward), so that the series repeats that time of day.</summary>
    private static EventTime SeriesStart(ParsedEvent p, DateTimeZone zone) =>
        p.WrittenStart != p.Start.Local && zone.MapLocal(p.WrittenStart).Count == 0
            && zone.ResolveLocal(p.WrittenStart, NodaTime.TimeZones.Resolvers.LenientResolver).ToInstant() == p.Start.Instant
            ? new EventTime(p.WrittenStart)
            : ToEventTime(p.Start, zone);

    /// <summary>The messages of what makes a series read from a VEVENT one the model does not hold (its start not a
    /// date of its rule, a rule that never occurs, ...), or null when it holds it.</summary>
    private string? SeriesErrors(Event series)
    {
        _seriesValidator ??= new EventValidator(new EventScheduler(_provider, LocalTimePolicy.Lenient));
        var errors = _seriesValidator.Validate(series).Errors.Where(d => SeriesPlan.SeriesCodes.Contains(d.Code)).ToList();
        return errors.Count == 0 ? null : string.Join(" ", errors.Select(d => $"{d.Code}: {d.Message}"));
    }

    /// <summary>Adds to a series its cancelled dates (EXDATE) and changed occurrences (VEVENTs with its UID and a
    /// RECURRENCE-ID) that name occurrences of its rule; the others are reported and left out. The rule is asked about
    /// all the dates at once (<see cref="RecurrenceRule.DatesAmong"/>): one look per date, however far apart they are,
    /// or one walk of a counted rule's at most <see cref="EventLimits.MaxRecurrenceCount"/> dates.</summary>
    private Event Complete(EventBuilder builder, Event series, ParsedEvent top, List<ParsedEvent> changes, DateTimeZone zone)
    {
        var exceptions = SeriesReader.Exceptions(top, zone);
        if (exceptions.Count == 0 && changes.Count == 0)
        {
            return series;
        }

        var changed = changes.Select(c => (Date: SeriesReader.DateOf(c.RecurrenceId!.Value, top, zone), Change: c)).ToList();
        _work.SeriesDates += exceptions.Count + changed.Count;
        var occurring = series.Series!.Rule.DatesAmong(series.Days[0].Date, exceptions.Select(e => e.Date).Concat(changed.Select(c => c.Date)));

        var cancelled = new List<LocalDate>();
        var seen = new HashSet<LocalDate>();
        foreach (var (date, line) in exceptions)
        {
            if (!occurring.Contains(date))
            {
                _series.Report(line, "EXDATE", $"{date:uuuu-MM-dd} is not an occurrence of the rule; it is left out.");
            }
            else if (seen.Add(date))
            {
                cancelled.Add(date);
            }
        }

        // An occurrence an EXDATE cancels stays cancelled (the model names each occurrence once): a change of it is left out.
        var overrides = new List<OccurrenceOverride>();
        var changedDates = new HashSet<LocalDate>();
        foreach (var (date, change) in changed)
        {
            if (!occurring.Contains(date))
            {
                _series.Report(change.Begin, "RECURRENCE-ID", $"{date:uuuu-MM-dd} is not an occurrence of the rule of '{top.Uid}'; the change is not imported.");
            }
            else if (seen.Contains(date))
            {
                _series.Report(change.Begin, "RECURRENCE-ID", $"the occurrence on {date:uuuu-MM-dd} of '{top.Uid}' is cancelled by an EXDATE; this change is not imported.");
            }
            else if (!changedDates.Add(date))
            {
                _series.Report(change.Begin, "RECURRENCE-ID", $"the occurrence on {date:uuuu-MM-dd} of '{top.Uid}' is changed twice; this change is not imported.");
            }
            else
            {
                overrides.Add(new OccurrenceOverride(
                    date,
                    ToEventTime(change.Start, zone),
                    ToEventTime(change.End, zone),
                    change.Summary == top.Summary ? null : change.Summary,
                    change.Description == top.Description ? null : change.Description,
                    change.IsCancelled == top.IsCancelled ? null : change.IsCancelled ? EventStatus.Cancelled : EventStatus.Scheduled));
            }
        }

        return cancelled.Count == 0 && overrides.Count == 0 ? series : builder.AsSeries(new EventSeries(series.Series!.Rule, cancelled, overrides)).Build();
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

        if ((p.Start.Zone ?? p.End.Zone) is { } custom)
        {
            return ChooseForCustomZone(p, custom);
        }

        if (hint is { } h)
        {
            if (p.Start.Kind == TimeValueKind.Floating)
            {
                Report(IcalendarDiagnosticCodes.TimeZoneChosen, DiagnosticSeverity.Info, p.Begin, "DTSTART",
                    $"the time is floating (no zone); it is read in {h.Id}, the zone the calendar names.");
            }

            return h;
        }

        // The importer refuses a default zone its provider does not know.
        var fallback = _provider[_options.DefaultTimeZoneId];
        if (p.Start.Kind is TimeValueKind.Floating or TimeValueKind.Utc)
        {
            Report(IcalendarDiagnosticCodes.TimeZoneChosen, DiagnosticSeverity.Info, p.Begin, "DTSTART",
                p.Start.Kind == TimeValueKind.Floating
                    ? $"the time is floating (no zone) and the calendar names no zone; it is read in {fallback.Id}, the default zone."
                    : $"the times are in UTC and the calendar names no zone; the event is placed in {fallback.Id}, the default zone, at the same instants.");
        }

        return (fallback.Id, fallback);
    }

    /// <summary>Chooses the zone of an event whose times are in a zone the input defines itself (a method of its own:
    /// its lambdas over the zone would otherwise cost every event a closure).</summary>
    private (string Id, DateTimeZone Zone) ChooseForCustomZone(ParsedEvent p, ResolvedZone custom)
    {
        var instants = new[] { p.Start, p.End }.Where(t => t.HasInstant).Select(t => t.Instant).ToArray();
        if (Agreeing(custom.Tzdb, custom.Zone, instants) is { } named)
        {
            // The input's definition of a zone tzdb knows, which agrees with tzdb at every time of the event.
            return (named.Id, named);
        }

        var candidates = new[] { (custom.Zone as VTimeZoneZone)?.Location, _options.DefaultTimeZoneId };
        foreach (var candidate in candidates)
        {
            var agreeing = candidate switch
            {
                null => null,
                _ => Agreeing(_provider.GetZoneOrNull(candidate), custom.Zone, instants),
            };
            if (agreeing is { } tzdb)
            {
                Report(IcalendarDiagnosticCodes.TimeZoneChosen, DiagnosticSeverity.Info, p.Begin, "DTSTART",
                    $"the zone '{custom.Zone.Id}' is resolved by this input's own VTIMEZONE, by its own rules, and the event is placed in {tzdb.Id}, which has the same UTC offsets at every time of the event.");
                return (tzdb.Id, tzdb);
            }
        }

        var offsets = instants.Select(i => custom.Zone.GetUtcOffset(i)).Distinct().ToArray();
        if (offsets.Length == 1 && offsets[0].Seconds % 3600 == 0 && offsets[0].Seconds / 3600 is >= -12 and <= 14)
        {
            var hours = offsets[0].Seconds / 3600;
            var fixedId = hours == 0 ? "Etc/UTC" : string.Create(CultureInfo.InvariantCulture, $"Etc/GMT{(hours > 0 ? "-" : "+")}{Math.Abs(hours)}");
            var fixedZone = _provider[fixedId];
            Report(IcalendarDiagnosticCodes.TimeZoneChosen, DiagnosticSeverity.Info, p.Begin, "DTSTART",
                $"the zone '{custom.Zone.Id}' is resolved by this input's own VTIMEZONE, by its own rules, and the event is placed in {fixedId}, the fixed offset they have.");
            return (fixedId, fixedZone);
        }

        Report(IcalendarDiagnosticCodes.TimeZoneChosen, DiagnosticSeverity.Info, p.Begin, "DTSTART",
            $"the zone '{custom.Zone.Id}' is resolved by this input's own VTIMEZONE, by its own rules, and the event is placed in Etc/UTC.");
        return ("Etc/UTC", _provider["Etc/UTC"]);
    }

    /// <summary>The zone when it has the same UTC offset as <paramref name="custom"/> at each of the instants; null
    /// when it has not, or is null.</summary>
    private static DateTimeZone? Agreeing(DateTimeZone? zone, DateTimeZone custom, Instant[] instants) => zone switch
    {
        null => null,
        _ => instants.All(i => zone.GetUtcOffset(i) == custom.GetUtcOffset(i)) ? zone : null,
    };

    /// <summary>The days of an event and its further days, in order of start (a method of its own: a lambda over the
    /// zone in <see cref="Build"/> would cost every event a closure, further days or not).</summary>
    private static IEnumerable<EventDay> AllDays(ParsedEvent top, List<ParsedEvent> furtherDays, DateTimeZone zone) =>
        furtherDays.Prepend(top).SelectMany(d => Days(d, zone)).OrderBy(d => d.Start);

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
        return ZoneMapping.IsAmbiguous(local, value.Instant, zone) ? new EventTime(local, zoned.Offset) : new EventTime(local);
    }

    /// <summary>An item's room: its location less ", " and the event's location, or none when it is the event's.</summary>
    private static string? RoomOf(string? itemLocation, string? eventLocation) => (itemLocation, eventLocation) switch
    {
        (null, _) => null,
        var (item, venue) when item == venue => null,
        ({ } item, { } venue) when item.EndsWith(", " + venue, StringComparison.Ordinal) => item[..^(venue.Length + 2)],
        var (item, _) => item,
    };

    private static string LocalPart(string uid)
    {
        var at = uid.LastIndexOf('@');
        return at > 0 ? uid[..at] : uid;
    }

    private static EventId EventIdFor(string uid)
    {
        var at = uid.LastIndexOf('@');
        var local = at > 0 ? uid.AsSpan(0, at) : uid;
        foreach (var c in local)
        {
            if (!IdText.IsValidCharacter(c))
            {
                return new EventId(DeriveId(uid));
            }
        }

        var id = default(EventId);
        return EventId.TryParse(local.ToString(), out id) ? id : new EventId(DeriveId(uid));
    }

    private static AgendaItemId ItemIdFor(string uid, string parentLocal)
    {
        var local = LocalPart(uid);
        var plus = local.IndexOf('+', StringComparison.Ordinal);
        var id = default(AgendaItemId);
        if (plus > 0 && string.Equals(local[..plus], parentLocal, StringComparison.Ordinal) && AgendaItemId.TryParse(local[(plus + 1)..], out id))
        {
            return id;
        }

        return AgendaItemId.TryParse(local, out id) ? id : new AgendaItemId(DeriveId(uid));
    }

    /// <summary>Makes an id from any UID: ASCII letters (lower-cased) and digits kept, runs of others become one hyphen,
    /// and a hash of the whole UID keeps different UIDs apart. The result is a slug as it is, so the event needs no
    /// slug made from it.</summary>
    private static string DeriveId(string uid)
    {
        Span<char> stem = stackalloc char[60];
        var length = 0;
        foreach (var c in uid)
        {
            if (length >= stem.Length)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                stem[length++] = char.ToLowerInvariant(c);
            }
            else if (length > 0 && stem[length - 1] != '-')
            {
                stem[length++] = '-';
            }
        }

        var trimmed = stem[..length].Trim('-');
        Span<char> hash = stackalloc char[8];
        HashOf(uid).TryFormat(hash, out _, "x8", CultureInfo.InvariantCulture);
        return trimmed.Length == 0 ? string.Concat("uid-", hash) : string.Concat(trimmed, "-", hash);
    }

    internal static string Hash(string text) => HashOf(text).ToString("x8", CultureInfo.InvariantCulture);

    private static uint HashOf(string text)
    {
        // FNV-1a over the UTF-16 code units: stable across runs and machines, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    private void Report(string code, DiagnosticSeverity severity, ContentLine line, string what, string message) =>
        _diagnostics.Add(new Diagnostic(code, severity, ContentLineLocation.Of(line.LineNumber, what), message));

    /// <summary>One VCALENDAR being read: its zones (from the first pass) and its VEVENTs read so far.</summary>
    private sealed class CalendarState(ComponentNode zoneCalendar, ZoneResolver zones, int capacity)
    {
        internal ComponentNode ZoneCalendar { get; } = zoneCalendar;

        internal ZoneResolver Zones { get; } = zones;

        // Sized by the first pass, which saw every component of the calendar, or by an estimate of its VEVENTs.
        internal List<ParsedEvent> Parsed { get; } = new(capacity);

        internal Dictionary<string, ParsedEvent> ByUid { get; } = new(capacity, StringComparer.Ordinal);

        /// <summary>Gets the VEVENTs with a RECURRENCE-ID, by UID: the changed occurrences of the series with that UID.</summary>
        internal Dictionary<string, List<ParsedEvent>> Changes { get; } = new(StringComparer.Ordinal);
    }
}
