using NodaTime;

namespace Prb.Events;

/// <summary>
/// The range of times the model supports, stated once and enforced by the constructors that take a time: every event
/// that can be built or read lies in it, and so every scheduler, validator, exporter, endpoint and page handles it.
/// </summary>
/// <remarks>
/// Local dates and times run from <see cref="MinDate"/> to <see cref="MaxDate"/>: the years 1 to 9999 less one day at
/// each end, so that a local time converted to an instant in any zone (offsets reach ±18 hours), and an instant shown in
/// any other zone, stays inside the calendar that NodaTime, .NET, iCalendar and HTTP dates all represent. Instants
/// (<see cref="Event.LastModified"/>) run from <see cref="MinInstant"/> to <see cref="MaxInstant"/>.
/// </remarks>
public static class EventLimits
{
    /// <summary>Gets the first supported local date: 0001-01-02.</summary>
    public static LocalDate MinDate { get; } = new(1, 1, 2);

    /// <summary>Gets the last supported local date: 9999-12-30.</summary>
    public static LocalDate MaxDate { get; } = new(9999, 12, 30);

    /// <summary>Gets the first supported instant: 0001-01-01T00:00:00Z.</summary>
    public static Instant MinInstant { get; } = Instant.FromUtc(1, 1, 1, 0, 0);

    /// <summary>Gets the last supported instant: 9999-12-31T23:59:59Z.</summary>
    public static Instant MaxInstant { get; } = Instant.FromUtc(9999, 12, 31, 23, 59, 59);

    /// <summary>The largest <see cref="RecurrenceRule.Count"/> a valid series has: 10,000 occurrences (a daily series of
    /// 27 years, a weekly one of 192). A counted rule's dates depend on every date before them, so expanding it walks from
    /// its first date; the limit keeps that walk, and every query that needs it, small. A longer series is written with
    /// an end date (<see cref="RecurrenceRule.Until"/>) or none.</summary>
    public const int MaxRecurrenceCount = 10_000;

    /// <summary>Tells whether a local date is supported.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True from <see cref="MinDate"/> to <see cref="MaxDate"/>.</returns>
    public static bool Contains(LocalDate date) => date >= MinDate && date <= MaxDate;

    /// <summary>Tells whether an instant is supported.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>True from <see cref="MinInstant"/> to <see cref="MaxInstant"/>.</returns>
    public static bool Contains(Instant instant) => instant >= MinInstant && instant <= MaxInstant;

    internal static LocalDate CheckDate(LocalDate date, string paramName)
    {
        if (!Contains(date))
        {
            throw new ArgumentOutOfRangeException(paramName, date, $"The date {date:uuuu-MM-dd} is outside the supported range {MinDate:uuuu-MM-dd} to {MaxDate:uuuu-MM-dd} (EventLimits).");
        }

        return date;
    }

    internal static Instant CheckInstant(Instant instant, string paramName)
    {
        if (!Contains(instant))
        {
            throw new ArgumentOutOfRangeException(paramName, instant, $"The instant {instant} is outside the supported range {MinInstant} to {MaxInstant} (EventLimits).");
        }

        return instant;
    }
}
