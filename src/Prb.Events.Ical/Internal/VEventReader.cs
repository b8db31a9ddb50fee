using System.Globalization;
using System.Text;
using NodaTime;

namespace Prb.Events.Ical.Internal;

/// <summary>
/// Reads the properties of one VEVENT that the model uses, with this package's own value parsers, into a
/// <see cref="ParsedEvent"/>. Every other property is never parsed, so it cannot cost anything. A broken property the
/// model uses costs that property with a warning when the event stays meaningful without it (DTEND, DURATION, GEO,
/// URL, CONFERENCE, SEQUENCE, LAST-MODIFIED, a text in an encoding it cannot read), and the VEVENT with an error
/// otherwise (DTSTART, a time in a zone it cannot resolve, a time outside the model's dates).
/// </summary>
internal sealed class VEventReader
{
    /// <summary>The most dates an all-day event may span (ten years): it becomes one event day per date, so a span of
    /// centuries written in a few octets would otherwise become millions of days.</summary>
    internal const int MaxAllDayDays = 3660;

    private readonly List<Diagnostic> _diagnostics;
    private readonly ImportWork _work;
    private readonly List<string> _categories = [];
    private int _allDayDatesLeft = CalendarReader.MaxAllDayDatesPerImport;

    internal VEventReader(List<Diagnostic> diagnostics, ImportWork work)
    {
        _diagnostics = diagnostics;
        _work = work;
    }

    /// <summary>Reads a VEVENT; null (with the diagnostic) when it cannot be an event.</summary>
    internal ParsedEvent? Parse(ComponentNode node, ZoneResolver zones)
    {
        TimeValue? recurrenceId = null;
        var recurrenceIdLine = node.First("RECURRENCE-ID");
        if (recurrenceIdLine is not null)
        {
            // A moved or changed occurrence of a series: it becomes an override of the VEVENT with its UID.
            if (ReadTime(recurrenceIdLine, zones, out var original) != TimeRead.Read)
            {
                Report(IcalendarDiagnosticCodes.RecurrenceNotImported, DiagnosticSeverity.Warning, recurrenceIdLine, "RECURRENCE-ID",
                    "the occurrence this VEVENT changes cannot be read; the change is not imported.");
                return null;
            }

            recurrenceId = original;
        }

        var uidLine = node.First("UID");
        string uid;
        if (uidLine is null || uidLine.ValueSpan.IsWhiteSpace())
        {
            uid = "uid-" + CalendarReader.Hash(string.Join("\n", node.Lines().Select(l => l.Text)));
            Report(IcalendarDiagnosticCodes.MissingProperty, DiagnosticSeverity.Warning, node.Begin, "UID",
                $"the VEVENT has no UID; it is given '{uid}', made from its content.");
        }
        else
        {
            uid = Text(uidLine).Trim();
        }

        var startLine = node.First("DTSTART");
        if (startLine is null)
        {
            Report(IcalendarDiagnosticCodes.MissingProperty, DiagnosticSeverity.Error, node.Begin, "VEVENT", "the VEVENT has no DTSTART; it is skipped.");
            return null;
        }

        if (ReadTime(startLine, zones, out var start) != TimeRead.Read)
        {
            return null;
        }

        if (!TryEnd(node, startLine, start, zones, out var end, out var endLine))
        {
            return null;
        }

        // The model's supported range (EventLimits) is stated once in Core; a time outside it is this VEVENT's error.
        if (!WithinLimits(start, startLine) || !WithinLimits(end, endLine))
        {
            return null;
        }

        if (start.Kind == TimeValueKind.Date && end.Kind == TimeValueKind.Date && !TrySpendAllDayDates(start, end, endLine))
        {
            return null;
        }

        var recurrence = node.First("RRULE") is null && node.First("RDATE") is null && node.First("EXDATE") is null
            ? RecurrenceLines.None
            : new RecurrenceLines(node.All("RRULE").ToArray(), node.All("RDATE").ToArray(), node.All("EXDATE").ToArray());
        string? parentUid = null;
        string? siblingUid = null;
        foreach (var related in node.All("RELATED-TO"))
        {
            switch (related.Parameter("RELTYPE")?.Trim().ToUpperInvariant())
            {
                case null or "PARENT":
                    parentUid ??= Text(related).Trim();
                    break;
                case "SIBLING":
                    siblingUid ??= Text(related).Trim();
                    break;
            }
        }

        _categories.Clear();
        foreach (var line in node.All("CATEGORIES"))
        {
            if (!HasReadableEncoding(line))
            {
                continue;
            }

            _work.ParsedCharacters += line.RawValue.Length;
            var first = _categories.Count;
            if (TryQuotedPrintable(line, out var decoded))
            {
                ContentLineReader.SplitTextList(decoded, false, _categories);
            }
            else
            {
                ContentLineReader.SplitTextList(line.RawValue, line.IsFolded, _categories);
            }

            for (var i = first; i < _categories.Count; i++)
            {
                _categories[i] = Clean(_categories[i], line);
            }
        }

        var status = node.First("STATUS");
        return new ParsedEvent
        {
            Begin = node.Begin,
            Uid = uid,
            ParentUid = parentUid,
            SiblingUid = siblingUid,
            Start = start,
            End = end,
            Summary = CleanText(node, "SUMMARY") ?? string.Empty,
            Description = CleanText(node, "DESCRIPTION"),
            Location = CleanText(node, "LOCATION"),
            Categories = _categories.ToArray(),
            Geo = Geo(node),
            Url = Uri(node, "URL", "an absolute URL"),
            OnlineUrl = Uri(node, "CONFERENCE", "an absolute URI"),
            IsCancelled = status is not null && status.ValueSpan.Trim().Equals("CANCELLED", StringComparison.OrdinalIgnoreCase),
            Sequence = Sequence(node),
            LastModified = LastModified(node),
            Recurrence = recurrence,
            RecurrenceId = recurrenceId,
            ExceptionTimes = recurrence.Recurs && recurrence.Exceptions.Count > 0 ? ExceptionTimes(recurrence.Exceptions, zones) : [],
            WrittenStart = start.Kind == TimeValueKind.Zoned && IcalValues.TryParseDateTime(startLine.ValueSpan.Trim(), out var written, out _) ? written : start.Local,
        };
    }

    /// <summary>Reads the values of EXDATE lines (DATE, floating, UTC, or in the zone of the line's TZID); a value that
    /// cannot be read, or a TZID that cannot be resolved, is reported (PRB2008) and left out.</summary>
    private List<(TimeValue Time, ContentLine Line)> ExceptionTimes(IReadOnlyList<ContentLine> lines, ZoneResolver zones)
    {
        var times = new List<(TimeValue, ContentLine)>();
        foreach (var line in lines)
        {
            var isDate = line.Parameter("VALUE")?.Trim().Equals("DATE", StringComparison.OrdinalIgnoreCase) == true;
            var zone = line.Parameter("TZID") is { } tzid ? zones.Resolve(tzid, out _, out var reason) : null;
            if (line.Parameter("TZID") is not null && zone is null)
            {
                Report(IcalendarDiagnosticCodes.RecurrenceNotImported, DiagnosticSeverity.Warning, line, "EXDATE",
                    $"the zone of the EXDATE '{line.Value}' cannot be resolved; its dates are left out.");
                continue;
            }

            _work.ParsedCharacters += line.RawValue.Length;
            foreach (var item in line.Value.Split(','))
            {
                var text = item.Trim();
                if ((isDate || text.Length == 8) && IcalValues.TryParseDate(text, out var date))
                {
                    times.Add((new TimeValue(TimeValueKind.Date, date.AtMidnight(), default, null), line));
                }
                else if (IcalValues.TryParseDateTime(text, out var local, out var isUtc) && EventLimits.Contains(local.Date))
                {
                    times.Add(isUtc ? (new TimeValue(TimeValueKind.Utc, local, local.InUtc().ToInstant(), null), line)
                        : zone is null ? (new TimeValue(TimeValueKind.Floating, local, default, null), line)
                        : (new TimeValue(TimeValueKind.Zoned, local, zone.Zone.ResolveLocal(local, NodaTime.TimeZones.Resolvers.LenientResolver).ToInstant(), zone), line));
                }
                else
                {
                    Report(IcalendarDiagnosticCodes.RecurrenceNotImported, DiagnosticSeverity.Warning, line, "EXDATE",
                        $"'{text}' is not a date or date-time within the supported dates; it is left out.");
                }
            }
        }

        return times;
    }

    /// <summary>Reads the end: DTEND, else DURATION, else the default (the next day for a date, the start otherwise).
    /// A DTEND or DURATION that cannot be read, or a DTEND of the other value type, is left out with a warning; false
    /// when the VEVENT cannot be read (its end is in a zone that cannot be resolved, or beyond the calendar).</summary>
    private bool TryEnd(ComponentNode node, ContentLine startLine, TimeValue start, ZoneResolver zones, out TimeValue end, out ContentLine endLine)
    {
        end = default;
        endLine = startLine;
        if (node.First("DTEND") is { } dtend)
        {
            switch (ReadTime(dtend, zones, out var value))
            {
                case TimeRead.Read when (value.Kind == TimeValueKind.Date) != (start.Kind == TimeValueKind.Date):
                    Report(IcalendarDiagnosticCodes.MismatchedValueTypes, DiagnosticSeverity.Warning, dtend, "DTEND",
                        start.Kind == TimeValueKind.Date
                            ? $"the DTSTART is a date (an all-day event) but the DTEND '{dtend.Value}' is a date-time, which RFC 5545 forbids; the DTEND is left out and the event lasts the one day."
                            : $"the DTSTART is a date-time but the DTEND '{dtend.Value}' is a date, which RFC 5545 forbids; the DTEND is left out and the event ends when it starts.");
                    break;
                case TimeRead.Read:
                    end = value;
                    endLine = dtend;
                    return true;
                case TimeRead.Skip:
                    return false;
            }
        }
        else if (node.First("DURATION") is { } durationLine)
        {
            if (!IcalValues.TryParseDuration(durationLine.ValueSpan, out var duration))
            {
                Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Warning, durationLine, "DURATION",
                    $"'{durationLine.Value}' is not a duration such as PT1H30M; it is left out.");
            }
            else
            {
                try
                {
                    end = AddDuration(start, duration);
                    endLine = durationLine;
                    return true;
                }
                catch (Exception e) when (e is ArgumentException or OverflowException)
                {
                    Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, durationLine, "DURATION",
                        $"'{durationLine.Value}' takes the end outside the years 1 to 9999; the VEVENT is skipped.");
                    return false;
                }
            }
        }

        if (start.Kind == TimeValueKind.Date && start.Local.Date == LocalDate.MaxIsoValue)
        {
            Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, startLine, "DTSTART",
                "an all-day event on 9999-12-31 would end in the year 10000; the VEVENT is skipped.");
            return false;
        }

        end = start.Kind == TimeValueKind.Date ? start with { Local = start.Local.PlusDays(1) } : start;
        return true;
    }

    private bool WithinLimits(TimeValue time, ContentLine line)
    {
        if (EventLimits.Contains(time.Local.Date))
        {
            return true;
        }

        Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, line, line.Name,
            $"'{line.Value}' is outside the supported dates {EventLimits.MinDate:uuuu-MM-dd} to {EventLimits.MaxDate:uuuu-MM-dd}; the VEVENT is skipped.");
        return false;
    }

    private bool TrySpendAllDayDates(TimeValue start, TimeValue end, ContentLine spanLine)
    {
        var dates = Period.DaysBetween(start.Local.Date, end.Local.Date);
        if (dates > MaxAllDayDays)
        {
            Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, spanLine, spanLine.Name,
                $"the all-day event lasts {dates} days; an event gets one day per date, for at most {MaxAllDayDays} dates, so the VEVENT is skipped.");
            return false;
        }

        if (dates > _allDayDatesLeft)
        {
            Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, spanLine, spanLine.Name,
                $"the all-day events of this input span more than {CalendarReader.MaxAllDayDatesPerImport} dates in all, one event day each; the VEVENT is skipped.");
            return false;
        }

        _allDayDatesLeft -= Math.Max(dates, 1);
        return true;
    }

    private enum TimeRead
    {
        /// <summary>The time was read.</summary>
        Read,

        /// <summary>The value cannot be read (reported as the caller's property); the property is left out.</summary>
        Invalid,

        /// <summary>The VEVENT cannot be read (reported).</summary>
        Skip,
    }

    /// <summary>Reads a DTSTART or DTEND. A DTSTART that cannot be read skips the VEVENT; a DTEND's value that cannot be
    /// read is only left out. A zone that cannot be resolved, or an instant beyond the calendar, skips the VEVENT.</summary>
    private TimeRead ReadTime(ContentLine line, ZoneResolver zones, out TimeValue value)
    {
        value = default;
        var isStart = line.Name == "DTSTART";
        var text = line.ValueSpan.Trim();
        var type = line.Parameter("VALUE")?.Trim().ToUpperInvariant();
        if (type == "DATE" || (type is null && text.Length == 8))
        {
            if (IcalValues.TryParseDate(text, out var date))
            {
                value = new TimeValue(TimeValueKind.Date, date.AtMidnight(), default, null);
                return TimeRead.Read;
            }

            return Invalid(line, isStart, "a date such as 20111109");
        }

        if (!IcalValues.TryParseDateTime(text, out var local, out var isUtc))
        {
            return Invalid(line, isStart, "a date-time such as 20111109T100000");
        }

        if (isUtc)
        {
            value = new TimeValue(TimeValueKind.Utc, local, local.InUtc().ToInstant(), null);
            return TimeRead.Read;
        }

        var tzid = line.Parameter("TZID");
        if (tzid is null)
        {
            value = new TimeValue(TimeValueKind.Floating, local, default, null);
            return TimeRead.Read;
        }

        var zone = zones.Resolve(tzid, out var code, out var reason);
        if (zone is null)
        {
            Report(code!, DiagnosticSeverity.Error, line, line.Name, $"{reason}; the VEVENT is skipped.");
            return TimeRead.Skip;
        }

        try
        {
            value = Resolve(line, local, zone);
            return TimeRead.Read;
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            // A local time at the very start or end of year 1 or 9999 whose instant falls outside them.
            Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, line, line.Name,
                $"'{line.Value}' in {zone.Zone.Id} is an instant outside the years 1 to 9999; the VEVENT is skipped.");
            return TimeRead.Skip;
        }
    }

    private TimeRead Invalid(ContentLine line, bool isStart, string expected)
    {
        Report(IcalendarDiagnosticCodes.InvalidValue, isStart ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, line, line.Name,
            $"'{line.Value}' is not {expected}; {(isStart ? "the VEVENT is skipped" : $"the {line.Name} is left out")}.");
        return isStart ? TimeRead.Skip : TimeRead.Invalid;
    }

    private TimeValue Resolve(ContentLine line, LocalDateTime local, ResolvedZone zone)
    {
        var instant = InstantOf(local, zone.Zone, out var skipped);
        if (skipped)
        {
            Report(IcalendarDiagnosticCodes.SkippedLocalTime, DiagnosticSeverity.Warning, line, line.Name,
                $"{local:uuuu-MM-dd'T'HH:mm} does not exist in {zone.Zone.Id} (clocks go forward); it is read with the offset before the change, as RFC 5545 says.");
        }

        var other = zone.Tzdb switch
        {
            { } tzdb => InstantOf(local, tzdb, out _),
            _ => instant,
        };
        if (other != instant)
        {
            Report(IcalendarDiagnosticCodes.TimeZoneDisagreesWithTzdb, DiagnosticSeverity.Warning, line, line.Name, string.Create(CultureInfo.InvariantCulture,
                $"the input's VTIMEZONE '{zone.Zone.Id}' puts {local:uuuu-MM-dd'T'HH:mm} at UTC{zone.Zone.GetUtcOffset(instant)}, tzdb's {zone.Tzdb?.Id} at UTC{zone.Tzdb?.GetUtcOffset(other)}; the input's definition governs, as RFC 5545 says."));
        }

        return new TimeValue(TimeValueKind.Zoned, instant.InZone(zone.Zone).LocalDateTime, instant, zone);
    }

    /// <summary>RFC 5545 section 3.3.5: an ambiguous local time means its first occurrence; a time in a gap is read
    /// with the offset before the gap.</summary>
    private static Instant InstantOf(LocalDateTime local, DateTimeZone zone, out bool skipped)
    {
        if (ZoneMapping.TryUnique(local, zone, out var unique))
        {
            skipped = false;
            return unique;
        }

        var mapping = zone.MapLocal(local);
        skipped = mapping.Count == 0;
        return mapping.Count switch
        {
            1 => mapping.Single().ToInstant(),
            2 => mapping.First().ToInstant(),
            _ => local.WithOffset(mapping.EarlyInterval.WallOffset).ToInstant(),
        };
    }

    private static TimeValue AddDuration(TimeValue start, IcalDuration duration)
    {
        var days = checked((int)duration.Days);
        var exact = Duration.FromSeconds(duration.Seconds);
        switch (start.Kind)
        {
            case TimeValueKind.Date:
                return start with { Local = start.Local.PlusDays(Math.Max(days, 1)) };
            case TimeValueKind.Floating:
                return start with { Local = start.Local.PlusDays(days).PlusSeconds(duration.Seconds) };
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

    private GeoCoordinate? Geo(ComponentNode node)
    {
        if (node.First("GEO") is not { } line)
        {
            return null;
        }

        if (IcalValues.TryParseGeo(line.Value, out var geo))
        {
            return geo;
        }

        Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Warning, line, "GEO", $"'{line.Value}' is not a position such as 51.1099;17.0317; it is left out.");
        return null;
    }

    private Uri? Uri(ComponentNode node, string property, string expected)
    {
        if (node.First(property) is not { } line)
        {
            return null;
        }

        // A path ("/events/12", "\\server\share") names no scheme: it is no absolute URI, though .NET reads it as a file.
        var text = line.Value.Trim();
        Uri? uri = null;
        var isUri = !text.StartsWith('/') && !text.StartsWith('\\') && System.Uri.TryCreate(text, UriKind.Absolute, out uri);
        if (isUri)
        {
            return uri;
        }

        Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Warning, line, property, $"'{line.Value}' is not {expected}; it is left out.");
        return null;
    }

    private int Sequence(ComponentNode node)
    {
        if (node.First("SEQUENCE") is not { } line)
        {
            return 0;
        }

        if (IcalValues.TryParseCount(line.Value, out var sequence))
        {
            return sequence;
        }

        Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Warning, line, "SEQUENCE", $"'{line.Value}' is not a revision number; 0 is taken.");
        return 0;
    }

    private Instant? LastModified(ComponentNode node)
    {
        if (node.First("LAST-MODIFIED") is not { } line)
        {
            return null;
        }

        if (IcalValues.TryParseDateTime(line.ValueSpan.Trim(), out var modified, out _))
        {
            return modified.InUtc().ToInstant();
        }

        Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Warning, line, "LAST-MODIFIED", $"'{line.Value}' is not a UTC date-time; it is left out.");
        return null;
    }

    /// <summary>Reads a TEXT property (unfolded, unescaped, quoted-printable decoded) and replaces what the model refuses.</summary>
    private string? CleanText(ComponentNode node, string property)
    {
        if (node.First(property) is not { } line || !HasReadableEncoding(line))
        {
            return null;
        }

        return Clean(Text(line), line);
    }

    /// <summary>Whether a TEXT property's ENCODING is one this reader decodes: none, 8BIT, or QUOTED-PRINTABLE (vCalendar
    /// 1.0, which Lotus Notes and old Outlook still write) in UTF-8, US-ASCII or ISO-8859-1. Else the property is
    /// left out with a warning.</summary>
    private bool HasReadableEncoding(ContentLine line)
    {
        var encoding = line.Parameter("ENCODING")?.Trim().ToUpperInvariant();
        if (encoding is null or "8BIT" || TryQuotedPrintable(line, out _))
        {
            return true;
        }

        Report(IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Warning, line, line.Name,
            $"the {line.Name} is written in the encoding {encoding}{(line.Parameter("CHARSET") is { } charset ? " with the character set " + charset : string.Empty)}, which cannot be read here; it is left out.");
        return false;
    }

    private static Encoding? CharsetOf(ContentLine line) => line.Parameter("CHARSET")?.Trim().ToUpperInvariant() switch
    {
        null or "UTF-8" or "UTF8" => Encoding.UTF8,
        "US-ASCII" or "ASCII" => Encoding.ASCII,
        "ISO-8859-1" or "LATIN1" => Encoding.Latin1,
        _ => null,
    };

    private string Text(ContentLine line)
    {
        _work.ParsedCharacters += line.RawValue.Length;
        return TryQuotedPrintable(line, out var decoded)
            ? ContentLineReader.UnescapeText(decoded)
            : ContentLineReader.UnescapeText(line.RawValue, line.IsFolded);
    }

    /// <summary>Decodes the value of a line written QUOTED-PRINTABLE in a character set <see cref="CharsetOf"/> knows;
    /// false for a line in no such encoding, or whose value is not quoted-printable.</summary>
    private static bool TryQuotedPrintable(ContentLine line, out string decoded)
    {
        decoded = string.Empty;
        var charset = line.Parameter("ENCODING")?.Trim().Equals("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase) == true ? CharsetOf(line) : null;
        return charset is not null && QuotedPrintable.TryDecode(line.ValueSpan, charset, out decoded);
    }

    /// <summary>Returns a text read from <paramref name="line"/>, with what the model refuses replaced (reported at the line).</summary>
    private string Clean(string text, ContentLine line)
    {
        if (EventText.IsValid(text))
        {
            return text;
        }

        Report(IcalendarDiagnosticCodes.TextReplaced, DiagnosticSeverity.Warning, line, line.Name,
            "the text holds control characters or broken surrogates, which event documents cannot carry; they were replaced by U+FFFD.");
        return EventText.ReplaceInvalid(text);
    }

    private void Report(string code, DiagnosticSeverity severity, ContentLine line, string what, string message) =>
        _diagnostics.Add(new Diagnostic(code, severity, ContentLineLocation.Of(line.LineNumber, what), message));
}
