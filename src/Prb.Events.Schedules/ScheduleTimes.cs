using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Prb.Events.Schedules;

/// <summary>How times are written in schedule.xml and schedule.json.</summary>
internal static class ScheduleTimes
{
    /// <summary>Determines whether a duration fits the XSD's <c>duration</c>, which has at most two digits of hours.</summary>
    internal static bool FitsHoursAndMinutes(Duration duration) => WholeMinutes(duration) < 100 * 60;

    private static readonly OffsetDateTimePattern DateTimePattern =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm>");

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    private static readonly LocalTimePattern StartPattern = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    private static readonly Offset MaxOffset = Offset.FromHours(14);

    /// <summary>
    /// Writes a date and time with its UTC offset, such as <c>2011-11-09T10:00:00+01:00</c>. An offset that XML Schema
    /// and RFC 3339 cannot carry (one with seconds, as local mean times before standard time had, or one beyond
    /// ±14:00) is written as the same instant in UTC instead.
    /// </summary>
    internal static string WithOffset(ZonedDateTime time) => DateTimePattern.Format(Representable(time));

    /// <summary>Writes a date, such as <c>2011-11-09</c>.</summary>
    internal static string Date(LocalDate date) => DatePattern.Format(date);

    /// <summary>Writes the wall-clock start, such as <c>10:00</c>.</summary>
    internal static string WallClock(ZonedDateTime time) => StartPattern.Format(time.TimeOfDay);

    /// <summary>
    /// Writes a duration as two-digit hours and minutes, such as <c>00:30</c> or <c>02:00</c>, as frab and pretalx write
    /// them: ConfClerk reads two-digit hours only (<c>0:30</c> becomes a duration of 0 there). Seconds are dropped; a
    /// duration fits when <see cref="FitsHoursAndMinutes"/> says so.
    /// </summary>
    internal static string HoursAndMinutes(Duration duration)
    {
        var minutes = WholeMinutes(duration);
        return string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");
    }

    /// <summary>Gets the whole minutes of a duration that is not negative.</summary>
    internal static long WholeMinutes(Duration duration) => duration.BclCompatibleTicks / NodaConstants.TicksPerMinute;

    private static OffsetDateTime Representable(ZonedDateTime time)
    {
        var offset = time.Offset;
        var fits = offset.Seconds % 60 == 0 && offset <= MaxOffset && offset >= -MaxOffset;
        return fits ? time.ToOffsetDateTime() : time.ToInstant().WithOffset(Offset.Zero);
    }
}
