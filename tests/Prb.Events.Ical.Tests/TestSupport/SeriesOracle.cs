using Ical.Net;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using NodaTime;
using NodaTime.Text;

namespace Prb.Events.Ical.Tests.TestSupport;

/// <summary>The occurrences of exported series as Core, Ical.Net's evaluator and ical.js's iterator see them, as
/// (UID, start, end, summary) in order of start.</summary>
internal static class SeriesOracle
{
    internal static readonly EventScheduler Lenient = new(DateTimeZoneProviders.Tzdb, LocalTimePolicy.Lenient);

    private static readonly InstantPattern Utc = InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss'Z'");

    internal sealed record Seen(string Uid, Instant Start, Instant End, string Summary);

    /// <summary>Core's occurrences that start before <paramref name="to"/> (the whole series when null).</summary>
    internal static List<Seen> Core(Event e, string domain, Instant? to = null) =>
        [.. Lenient.Occurrences(e, new Interval(null, to))
            .Where(o => to is null || o.Start.ToInstant() < to)
            .Select(o => new Seen($"{e.Id}@{domain}", o.Start.ToInstant(), o.End.ToInstant(), o.Override?.Title ?? e.FullTitle))];

    /// <summary>Ical.Net's occurrences of every VEVENT of the calendar that start before <paramref name="to"/>.</summary>
    internal static List<Seen> IcalNet(string ics, Instant to)
    {
        var calendar = global::Ical.Net.Calendar.Load(ics)!;
        var limit = new CalDateTime(to.ToDateTimeUtc(), "UTC");
        return [.. calendar.GetOccurrences(null, new EvaluationOptions { MaxUnmatchedIncrementsLimit = 200_000 }).TakeWhileBefore(limit)
            .Select(o =>
            {
                var source = (global::Ical.Net.CalendarComponents.CalendarEvent)o.Source;
                return new Seen(source.Uid!, FromUtc(o.Period.StartTime.AsUtc), FromUtc(o.Period.EffectiveEndTime!.AsUtc), source.Summary ?? string.Empty);
            })
            .OrderBy(s => s.Start).ThenBy(s => s.Uid, StringComparer.Ordinal)];
    }

    /// <summary>ical.js's occurrences (at most <paramref name="max"/> per series) that start before <paramref name="to"/>.</summary>
    internal static List<Seen> IcalJs(byte[] ics, Instant to, int max = 5000) =>
        [.. TestSupport.IcalJs.Expand(ics, to, max)
            .Select(o => new Seen(o.Uid, Utc.Parse(o.Start).Value, Utc.Parse(o.End).Value, o.Summary))
            .Where(s => s.Start < to)
            .OrderBy(s => s.Start).ThenBy(s => s.Uid, StringComparer.Ordinal)];

    private static Instant FromUtc(DateTime utc) => Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
