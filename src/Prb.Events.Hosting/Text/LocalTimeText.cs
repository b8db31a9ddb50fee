using NodaTime;
using NodaTime.Text;

namespace Prb.Events.Hosting;

/// <summary>
/// A time of day as people read it — <c>10:30</c> — with the UTC offset added where the clock shows that time twice
/// (the hour repeated when clocks go back): <c>02:30 (+02:00)</c> and <c>02:30 (+01:00)</c> are two different moments.
/// The site and the command line write times with it, so both say which one is meant.
/// </summary>
public static class LocalTimeText
{
    private static readonly LocalTimePattern Clock = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly OffsetPattern OffsetText = OffsetPattern.CreateWithInvariantCulture("+HH:mm");

    /// <summary>Determines whether the local time of <paramref name="time"/> occurs twice in its zone.</summary>
    /// <param name="time">The time.</param>
    /// <returns>True when the local time is ambiguous.</returns>
    public static bool IsAmbiguous(ZonedDateTime time) => time.Zone.MapLocal(time.LocalDateTime).Count > 1;

    /// <summary>Formats the time of day, <c>HH:mm</c>, followed by <c> (+HH:mm)</c> when the local time is ambiguous.</summary>
    /// <param name="time">The time.</param>
    /// <returns>The text.</returns>
    public static string Format(ZonedDateTime time) =>
        IsAmbiguous(time) ? $"{Clock.Format(time.TimeOfDay)} ({OffsetText.Format(time.Offset)})" : Clock.Format(time.TimeOfDay);

    /// <summary>Formats a span of time, <c>10:00–11:30</c>, each end with its offset when ambiguous.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <returns>The text.</returns>
    public static string FormatSpan(ZonedDateTime start, ZonedDateTime end) => $"{Format(start)}–{Format(end)}";
}
