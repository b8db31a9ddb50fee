using NodaTime;
using NodaTime.TimeZones;

namespace Prb.Events.Ical.Internal;

/// <summary>
/// A time zone defined only by a VTIMEZONE of the input (such as Outlook's "Customized Time Zone"), evaluated by its
/// own rules: each STANDARD or DAYLIGHT observance starts at its DTSTART, at each RDATE and at each occurrence of a
/// yearly RRULE (BYMONTH with BYDAY such as <c>-1SU</c> or <c>2SU</c>, optionally BYMONTHDAY, UNTIL or COUNT).
/// </summary>
internal sealed class VTimeZoneZone : DateTimeZone
{
    private const int LastYear = 2200;

    private const string OverBudget =
        "the rules of this input's VTIMEZONEs have more occurrences than an import evaluates (a real zone needs two a year)";

    private readonly Instant[] _starts;
    private readonly ZoneInterval[] _intervals;

    private VTimeZoneZone(string id, Instant[] starts, ZoneInterval[] intervals, Offset min, Offset max)
        : base(id, starts.Length == 0, min, max)
    {
        _starts = starts;
        _intervals = intervals;
    }

    /// <summary>Gets the IANA id the VTIMEZONE names in X-LIC-LOCATION, or null.</summary>
    internal string? Location { get; private init; }

    /// <inheritdoc/>
    public override ZoneInterval GetZoneInterval(Instant instant)
    {
        var index = Array.BinarySearch(_starts, instant);
        index = index >= 0 ? index + 1 : ~index;
        return _intervals[index];
    }

    /// <summary>Evaluates a VTIMEZONE; on failure, returns null with the line at fault and the reason.</summary>
    /// <param name="tzid">The TZID.</param>
    /// <param name="node">The VTIMEZONE.</param>
    /// <param name="faultLine">The line at fault, or null.</param>
    /// <param name="reason">Why the zone cannot be evaluated, or null.</param>
    /// <param name="budget">The rule expansion the import may still do; null for a budget of its own.</param>
    /// <param name="work">Where the import counts its work; null when nobody counts.</param>
    internal static VTimeZoneZone? TryCreate(string tzid, ComponentNode node, out ContentLine? faultLine, out string? reason, RuleBudget? budget = null, ImportWork? work = null)
    {
        faultLine = node.Begin;
        reason = null;
        try
        {
            return Evaluate(tzid, node, ref faultLine, out reason, budget ?? new RuleBudget(), work ?? new ImportWork());
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            // An offset beyond NodaTime's ±18 hours, or a transition beyond the years 1 to 9999.
            reason = "its offsets or transitions are outside what a time zone can have (offsets from -18:00 to +18:00, transitions in the years 1 to 9999)";
            return null;
        }
    }

    private static VTimeZoneZone? Evaluate(string tzid, ComponentNode node, ref ContentLine? faultLine, out string? reason, RuleBudget budget, ImportWork work)
    {
        reason = null;
        var transitions = new List<(Instant At, Offset From, Offset To, string? Name, bool Daylight)>();
        foreach (var observance in node.Children)
        {
            if (observance.Name is not ("STANDARD" or "DAYLIGHT"))
            {
                continue;
            }

            faultLine = observance.Begin;
            var start = observance.First("DTSTART");
            var fromLine = observance.First("TZOFFSETFROM");
            var toLine = observance.First("TZOFFSETTO");
            if (start is null || fromLine is null || toLine is null)
            {
                reason = $"the {observance.Name} observance needs DTSTART, TZOFFSETFROM and TZOFFSETTO";
                return null;
            }

            if (!IcalValues.TryParseDateTime(start.Value, out var onset, out _))
            {
                faultLine = start;
                reason = $"'{start.Value}' is not a local date-time";
                return null;
            }

            if (!IcalValues.TryParseOffset(fromLine.Value, out var from))
            {
                faultLine = fromLine;
                reason = $"'{fromLine.Value}' is not a UTC offset from -18:00 to +18:00";
                return null;
            }

            if (!IcalValues.TryParseOffset(toLine.Value, out var to))
            {
                faultLine = toLine;
                reason = $"'{toLine.Value}' is not a UTC offset from -18:00 to +18:00";
                return null;
            }

            var name = observance.First("TZNAME") is { } tzname ? ContentLineReader.UnescapeText(tzname.Value) : null;
            var daylight = observance.Name == "DAYLIGHT";
            var onsets = new List<LocalDateTime> { onset };
            work.Transitions++;
            foreach (var rdate in observance.All("RDATE"))
            {
                foreach (var part in rdate.Value.Split(','))
                {
                    if (!IcalValues.TryParseDateTime(part, out var local, out _))
                    {
                        faultLine = rdate;
                        reason = $"'{part}' is not a local date-time";
                        return null;
                    }

                    if (!budget.TrySpend(1))
                    {
                        faultLine = rdate;
                        reason = OverBudget;
                        return null;
                    }

                    onsets.Add(local);
                    work.Transitions++;
                }
            }

            foreach (var rrule in observance.All("RRULE"))
            {
                if (!TryExpand(rrule.Value, onset, from, onsets, budget, work, out reason))
                {
                    faultLine = rrule;
                    return null;
                }
            }

            foreach (var local in onsets)
            {
                transitions.Add((local.WithOffset(from).ToInstant(), from, to, name, daylight));
            }
        }

        if (transitions.Count == 0)
        {
            faultLine = node.Begin;
            reason = "the VTIMEZONE has no STANDARD or DAYLIGHT observance";
            return null;
        }

        transitions.Sort((a, b) => a.At.CompareTo(b.At));
        var deduplicated = new List<(Instant At, Offset From, Offset To, string? Name, bool Daylight)>(transitions.Count);
        foreach (var t in transitions)
        {
            work.IntervalSteps++;
            if (deduplicated.Count == 0 || deduplicated[^1].At != t.At)
            {
                deduplicated.Add(t);
            }
        }

        var starts = new Instant[deduplicated.Count];
        var intervals = new ZoneInterval[deduplicated.Count + 1];
        var first = deduplicated[0];
        var min = first.From;
        var max = first.From;
        intervals[0] = new ZoneInterval(first.Name ?? tzid, null, first.At, first.From, Offset.Zero);
        Offset? lastStandard = null;
        for (var i = 0; i < deduplicated.Count; i++)
        {
            work.IntervalSteps++;
            var t = deduplicated[i];
            starts[i] = t.At;
            Instant? end = i + 1 < deduplicated.Count ? deduplicated[i + 1].At : null;

            // The standard offset is that of the latest STANDARD transition so far (kept as we go: looking back from
            // each transition was quadratic when a rule makes thousands of DAYLIGHT ones in a row).
            if (!t.Daylight)
            {
                lastStandard = t.To;
            }

            var standard = lastStandard ?? t.From;
            var savings = t.Daylight ? t.To - standard : Offset.Zero;
            intervals[i + 1] = new ZoneInterval(t.Name ?? tzid, t.At, end, t.To, savings);
            min = Offset.Min(min, t.To);
            max = Offset.Max(max, t.To);
        }

        faultLine = null;
        var location = node.First("X-LIC-LOCATION")?.Value;
        return new VTimeZoneZone(tzid, starts, intervals, min, max) { Location = location };
    }

    private static bool TryExpand(string rule, LocalDateTime onset, Offset from, List<LocalDateTime> onsets, RuleBudget budget, ImportWork work, out string? reason)
    {
        reason = null;
        string? frequency = null;
        int[] months = [];
        int[] monthDays = [];
        var days = new List<(int Ordinal, IsoDayOfWeek Day)>();
        int? count = null;
        var interval = 1;
        Instant? untilInstant = null;
        LocalDateTime? untilLocal = null;
        foreach (var part in rule.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=', 2);
            if (pair.Length != 2)
            {
                reason = $"'{part}' is not a rule part NAME=value";
                return false;
            }

            var value = pair[1];
            switch (pair[0].ToUpperInvariant())
            {
                case "FREQ":
                    frequency = value.ToUpperInvariant();
                    break;
                case "BYMONTH":
                    if (!TryInts(value, 1, 12, out months))
                    {
                        reason = $"BYMONTH '{value}' is not a list of months";
                        return false;
                    }

                    break;
                case "BYMONTHDAY":
                    if (!TryInts(value, -31, 31, out monthDays))
                    {
                        reason = $"BYMONTHDAY '{value}' is not a list of days";
                        return false;
                    }

                    break;
                case "BYDAY":
                    foreach (var day in value.Split(','))
                    {
                        if (!TryWeekday(day, out var ordinal, out var weekday))
                        {
                            reason = $"BYDAY '{day}' is not a day such as SU, 1SU or -1SU";
                            return false;
                        }

                        days.Add((ordinal, weekday));
                    }

                    break;
                case "COUNT":
                    if (!IcalValues.TryParseCount(value, out var c))
                    {
                        reason = $"COUNT '{value}' is not a number";
                        return false;
                    }

                    count = c;
                    break;
                case "INTERVAL":
                    if (!IcalValues.TryParseCount(value, out interval) || interval == 0)
                    {
                        reason = $"INTERVAL '{value}' is not a positive number";
                        return false;
                    }

                    break;
                case "UNTIL":
                    if (IcalValues.TryParseDateTime(value, out var until, out var isUtc))
                    {
                        if (isUtc)
                        {
                            untilInstant = until.InUtc().ToInstant();
                        }
                        else
                        {
                            untilLocal = until;
                        }
                    }
                    else if (IcalValues.TryParseDate(value, out var untilDate))
                    {
                        untilLocal = untilDate.At(new LocalTime(23, 59, 59));
                    }
                    else
                    {
                        reason = $"UNTIL '{value}' is not a date or date-time";
                        return false;
                    }

                    break;
                case "WKST":
                    break;
                case "BYHOUR" or "BYMINUTE" or "BYSECOND":
                    // Lotus Notes repeats the DTSTART's time in the rule: redundant, so accepted; any other time would
                    // move the transitions off the DTSTART's time, which this evaluation does not do.
                    var part0 = pair[0].ToUpperInvariant();
                    var expected = part0 == "BYHOUR" ? onset.Hour : part0 == "BYMINUTE" ? onset.Minute : onset.Second;
                    if (!TryInts(value, 0, 60, out var times, allowZero: true) || times.Any(t => t != expected))
                    {
                        reason = $"{part0} '{value}' differs from the time of the observance's DTSTART ({onset:HH:mm:ss}), which this evaluation does not support";
                        return false;
                    }

                    break;
                default:
                    reason = $"the rule part {pair[0]} is not supported in a VTIMEZONE";
                    return false;
            }
        }

        if (frequency != "YEARLY")
        {
            reason = $"only FREQ=YEARLY rules are supported in a VTIMEZONE, not '{frequency}'";
            return false;
        }

        if (months.Length == 0)
        {
            months = [onset.Month];
        }

        var produced = 0;
        var costOfMonth = 1 + days.Count + monthDays.Length;
        for (var year = onset.Year; year <= LastYear; year += interval)
        {
            var candidates = new List<LocalDateTime>();
            foreach (var month in months)
            {
                if (!budget.TrySpend(costOfMonth))
                {
                    reason = OverBudget;
                    return false;
                }

                work.RuleMonths++;
                foreach (var date in DatesIn(year, month, days, monthDays, onset.Day, work))
                {
                    candidates.Add(date.At(onset.TimeOfDay));
                }
            }

            candidates.Sort();
            foreach (var candidate in candidates)
            {
                if (candidate < onset)
                {
                    continue;
                }

                if ((untilLocal is { } ul && candidate > ul) || (untilInstant is { } ui && candidate.WithOffset(from).ToInstant() > ui))
                {
                    return true;
                }

                if (count is { } limit && produced >= limit)
                {
                    return true;
                }

                if (!budget.TrySpend(1))
                {
                    reason = OverBudget;
                    return false;
                }

                onsets.Add(candidate);
                work.Transitions++;
                produced++;
            }
        }

        return true;
    }

    private static SortedSet<LocalDate> DatesIn(int year, int month, List<(int Ordinal, IsoDayOfWeek Day)> days, int[] monthDays, int defaultDay, ImportWork work)
    {
        var length = CalendarSystem.Iso.GetDaysInMonth(year, month);
        var result = new SortedSet<LocalDate>();
        if (days.Count == 0)
        {
            if (monthDays.Length == 0)
            {
                if (defaultDay <= length)
                {
                    result.Add(new LocalDate(year, month, defaultDay));
                }
            }
            else
            {
                work.RuleDates += monthDays.Length;
                foreach (var d in monthDays)
                {
                    var day = d > 0 ? d : length + d + 1;
                    if (day >= 1 && day <= length)
                    {
                        result.Add(new LocalDate(year, month, day));
                    }
                }
            }

            return result;
        }

        foreach (var (ordinal, weekday) in days)
        {
            var matching = new List<LocalDate>();
            work.RuleDates += length;
            for (var day = 1; day <= length; day++)
            {
                var date = new LocalDate(year, month, day);
                if (date.DayOfWeek == weekday)
                {
                    matching.Add(date);
                }
            }

            if (ordinal > 0 && ordinal <= matching.Count)
            {
                result.Add(matching[ordinal - 1]);
            }
            else if (ordinal < 0 && -ordinal <= matching.Count)
            {
                result.Add(matching[matching.Count + ordinal]);
            }
            else if (ordinal == 0)
            {
                foreach (var date in matching)
                {
                    result.Add(date);
                }
            }
        }

        if (monthDays.Length > 0)
        {
            work.RuleDates += (long)result.Count * monthDays.Length;
            result.RemoveWhere(date => !monthDays.Any(d => (d > 0 ? d : length + d + 1) == date.Day));
        }

        return result;
    }

    private static bool TryInts(string text, int min, int max, out int[] values, bool allowZero = false)
    {
        var parts = text.Split(',');
        values = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out values[i])
                || values[i] < min || values[i] > max || (values[i] == 0 && !allowZero))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryWeekday(string text, out int ordinal, out IsoDayOfWeek day)
    {
        ordinal = 0;
        day = IsoDayOfWeek.None;
        text = text.Trim();
        if (text.Length < 2)
        {
            return false;
        }

        day = text[^2..].ToUpperInvariant() switch
        {
            "MO" => IsoDayOfWeek.Monday,
            "TU" => IsoDayOfWeek.Tuesday,
            "WE" => IsoDayOfWeek.Wednesday,
            "TH" => IsoDayOfWeek.Thursday,
            "FR" => IsoDayOfWeek.Friday,
            "SA" => IsoDayOfWeek.Saturday,
            "SU" => IsoDayOfWeek.Sunday,
            _ => IsoDayOfWeek.None,
        };
        var prefix = text[..^2];
        return day != IsoDayOfWeek.None
            && (prefix.Length == 0 || (int.TryParse(prefix, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out ordinal)
                && ordinal is >= -5 and <= 5 and not 0));
    }
}
