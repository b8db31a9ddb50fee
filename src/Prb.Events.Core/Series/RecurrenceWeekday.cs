using System.Globalization;
using NodaTime;
using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>
/// A day of the week in a <see cref="RecurrenceRule"/>, optionally with its ordinal in the month or year: every Tuesday
/// (<c>TU</c>), the first Monday (<c>1MO</c>), the last Friday (<c>-1FR</c>) — RFC 5545's <c>BYDAY</c> values.
/// </summary>
/// <remarks>An ordinal counts from the start of the period when positive and from its end when negative; zero means
/// every such day. The period is the month for a monthly rule, and for a yearly rule the month when the rule names
/// months, otherwise the year.</remarks>
public readonly record struct RecurrenceWeekday
{
    /// <summary>The largest ordinal magnitude: a year has at most 53 of any weekday.</summary>
    public const int MaxOrdinal = 53;

    private static readonly string[] Codes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    /// <summary>Initializes a weekday, optionally with an ordinal.</summary>
    /// <param name="day">The day of the week.</param>
    /// <param name="ordinal">The ordinal: 1 for the first, -1 for the last, 0 for every such day.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a day, or <paramref name="ordinal"/>
    /// is beyond ±<see cref="MaxOrdinal"/>.</exception>
    public RecurrenceWeekday(IsoDayOfWeek day, int ordinal = 0)
    {
        Preconditions.CheckArgumentRange(day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday, nameof(day), day, "The day must be Monday to Sunday.");
        Preconditions.CheckArgumentRange(ordinal is >= -MaxOrdinal and <= MaxOrdinal, nameof(ordinal), ordinal,
            $"An ordinal runs from -{MaxOrdinal} to {MaxOrdinal}; 0 means every such day.");
        Day = day;
        Ordinal = ordinal;
    }

    /// <summary>Gets the day of the week.</summary>
    public IsoDayOfWeek Day { get; }

    /// <summary>Gets the ordinal in the period: positive from its start, negative from its end, 0 for every such day.</summary>
    public int Ordinal { get; }

    /// <summary>Parses the RFC 5545 form: an optional signed ordinal and a two-letter day, such as <c>TU</c>,
    /// <c>1MO</c>, <c>+2WE</c> or <c>-1FR</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The weekday.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not in that form.</exception>
    public static RecurrenceWeekday Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = text.Length >= 2 ? Array.IndexOf(Codes, text[^2..]) : -1;
        var ordinal = index >= 0 ? ParseOrdinal(text[..^2]) : 0;
        if (index >= 0 && (text.Length == 2 || ordinal != 0))
        {
            return new RecurrenceWeekday((IsoDayOfWeek)(index + 1), ordinal);
        }

        throw new FormatException($"'{text}' is not a day of the week such as TU, 1MO or -1FR (an ordinal from -{MaxOrdinal} to {MaxOrdinal}, not 0, and MO, TU, WE, TH, FR, SA or SU).");
    }

    /// <summary>Reads a signed ordinal of at most three characters, such as <c>1</c>, <c>+2</c> or <c>-53</c>, without
    /// leading zeros or anything after the digits (<see cref="int.TryParse(string, NumberStyles, IFormatProvider, out int)"/>
    /// also takes trailing NUL characters).</summary>
    /// <param name="number">The text before the day's code.</param>
    /// <returns>The ordinal, or 0 when the text is not one.</returns>
    private static int ParseOrdinal(string number)
    {
        var parsed = int.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ordinal);
        return parsed && number.Length <= 3 && Math.Abs(ordinal) <= MaxOrdinal && char.IsAsciiDigit(number[^1])
            && number.TrimStart('+', '-')[0] != '0' ? ordinal : 0;
    }

    /// <summary>Determines whether a date is this weekday, at this ordinal within the given period.</summary>
    /// <param name="date">The date.</param>
    /// <param name="dayInPeriod">The 1-based day of the date in the period (the day of the month or of the year).</param>
    /// <param name="periodLength">The number of days in the period.</param>
    /// <returns>True when the date matches.</returns>
    /// <remarks>The week counted from the start is at least 1 and never equals a negative ordinal, nor the week counted from
    /// the end a positive one, so each ordinal meets only its own count.</remarks>
    internal bool Matches(LocalDate date, int dayInPeriod, int periodLength) =>
        date.DayOfWeek == Day && (Ordinal == 0 || ((dayInPeriod - 1) / 7) + 1 == Ordinal || ((periodLength - dayInPeriod) / 7) + 1 == -Ordinal);

    /// <summary>Formats the weekday in the RFC 5545 form, such as <c>TU</c>, <c>1MO</c> or <c>-1FR</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Ordinal == 0
        ? Codes[(int)Day - 1]
        : string.Concat(Ordinal.ToString(CultureInfo.InvariantCulture), Codes[(int)Day - 1]);
}
