using NodaTime;
using NodaTime.Text;

namespace Prb.Events;

/// <summary>A wall-clock time in the event's zone, optionally pinned to one UTC offset.</summary>
/// <remarks>
/// <para>Most times are plain local times. An offset is needed only where the local time occurs twice, in the
/// hour that repeats when daylight saving time ends: <c>2027-10-31T02:30+01:00</c> is the second 02:30 in
/// Europe/Warsaw. A time with an offset that the zone does not use at that local time is reported by validation.</para>
/// </remarks>
public readonly record struct EventTime : IComparable<EventTime>
{
    private static readonly LocalDateTimePattern[] LocalPatterns =
    [
        LocalDateTimePattern.ExtendedIso,
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
    ];

    private static readonly OffsetDateTimePattern[] OffsetPatterns =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm>"),
        OffsetDateTimePattern.ExtendedIso,
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
    ];

    /// <summary>Initializes a time from its local date and time, with an optional offset that picks one of two
    /// occurrences of an ambiguous local time.</summary>
    /// <param name="local">The local date and time in the event's zone.</param>
    /// <param name="offset">The UTC offset in force at that time, or null for a plain local time.</param>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside <see cref="EventLimits"/>.</exception>
    public EventTime(LocalDateTime local, Offset? offset = null)
    {
        EventLimits.CheckDate(local.Date, nameof(local));
        Local = local;
        Offset = offset;
    }

    /// <summary>Gets the local date and time in the event's zone.</summary>
    public LocalDateTime Local { get; }

    /// <summary>Gets the UTC offset that disambiguates the local time, or null.</summary>
    public Offset? Offset { get; }

    /// <summary>Gets the local date.</summary>
    public LocalDate Date => Local.Date;

    /// <summary>Converts a local date and time into an event time with no offset.</summary>
    /// <param name="local">The local date and time.</param>
    public static implicit operator EventTime(LocalDateTime local) => new(local);

    /// <summary>Creates an event time with no offset.</summary>
    /// <param name="local">The local date and time.</param>
    /// <returns>The event time.</returns>
    public static EventTime FromLocalDateTime(LocalDateTime local) => new(local);

    /// <summary>Parses the ISO form used in documents: <c>uuuu-MM-ddTHH:mm[:ss[.fffffffff]]</c>, optionally followed by an offset
    /// such as <c>+01:00</c> or <c>Z</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The event time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not in the document form.</exception>
    public static EventTime Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var pattern in LocalPatterns)
        {
            var local = pattern.Parse(text);
            if (local.Success)
            {
                return new EventTime(local.Value);
            }
        }

        foreach (var pattern in OffsetPatterns)
        {
            var withOffset = pattern.Parse(text);
            if (withOffset.Success)
            {
                return new EventTime(withOffset.Value.LocalDateTime, withOffset.Value.Offset);
            }
        }

        throw new FormatException($"'{text}' is not a local date and time such as 2011-11-09T10:00, optionally with an offset such as +01:00.");
    }

    /// <summary>Compares by local time first, then by offset (a time without an offset first; for the same local time a larger offset is the earlier instant).</summary>
    /// <param name="other">The other time.</param>
    /// <returns>The order of the two times.</returns>
    public int CompareTo(EventTime other)
    {
        var byLocal = Local.CompareTo(other.Local);
        if (byLocal != 0)
        {
            return byLocal;
        }

        return (Offset, other.Offset) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            var (a, b) => b.Value.CompareTo(a.Value),
        };
    }

    /// <summary>Determines whether one time is before another, in the order of <see cref="CompareTo"/>.</summary>
    /// <param name="left">The first time.</param>
    /// <param name="right">The second time.</param>
    /// <returns>True when <paramref name="left"/> comes first.</returns>
    public static bool operator <(EventTime left, EventTime right) => left.CompareTo(right) < 0;

    /// <summary>Determines whether one time is after another, in the order of <see cref="CompareTo"/>.</summary>
    /// <param name="left">The first time.</param>
    /// <param name="right">The second time.</param>
    /// <returns>True when <paramref name="left"/> comes last.</returns>
    public static bool operator >(EventTime left, EventTime right) => left.CompareTo(right) > 0;

    /// <summary>Determines whether one time is before or equal to another.</summary>
    /// <param name="left">The first time.</param>
    /// <param name="right">The second time.</param>
    /// <returns>True when <paramref name="left"/> does not come after <paramref name="right"/>.</returns>
    public static bool operator <=(EventTime left, EventTime right) => left.CompareTo(right) <= 0;

    /// <summary>Determines whether one time is after or equal to another.</summary>
    /// <param name="left">The first time.</param>
    /// <param name="right">The second time.</param>
    /// <returns>True when <paramref name="left"/> does not come before <paramref name="right"/>.</returns>
    public static bool operator >=(EventTime left, EventTime right) => left.CompareTo(right) >= 0;

    /// <summary>Formats the time in the document form.</summary>
    /// <returns>The ISO text.</returns>
    public override string ToString() => Offset is { } offset
        ? OffsetPatterns[0].Format(new OffsetDateTime(Local, offset))
        : LocalPatterns[0].Format(Local);
}
