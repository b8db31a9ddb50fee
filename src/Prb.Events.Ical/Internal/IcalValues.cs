using System.Globalization;
using NodaTime;

namespace Prb.Events.Ical.Internal;

/// <summary>Parses the value types this package reads itself: DATE, DATE-TIME, UTC-OFFSET, DURATION, INTEGER and GEO
/// (TEXT is <see cref="ContentLineReader.UnescapeText(ReadOnlySpan{char}, bool)"/>).</summary>
internal static class IcalValues
{
    /// <summary>Parses <c>yyyyMMdd'T'HHmmss</c> with an optional <c>Z</c>.</summary>
    internal static bool TryParseDateTime(ReadOnlySpan<char> text, out LocalDateTime value, out bool isUtc)
    {
        value = default;
        isUtc = text.Length == 16 && text[15] is 'Z' or 'z';
        if (!(text.Length == 15 || isUtc) || text[8] is not ('T' or 't'))
        {
            return false;
        }

        if (!TryParseDate(text[..8], out var date) || !TryDigits(text.Slice(9, 2), out var hour) || !TryDigits(text.Slice(11, 2), out var minute)
            || !TryDigits(text.Slice(13, 2), out var second))
        {
            return false;
        }

        // RFC 5545 allows a leap second (60); it is read as the last second of the minute.
        if (hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        value = date.At(new LocalTime(hour, minute, Math.Min(second, 59)));
        return true;
    }

    /// <summary>Parses <c>yyyyMMdd</c>.</summary>
    internal static bool TryParseDate(ReadOnlySpan<char> text, out LocalDate value)
    {
        value = default;
        if (text.Length != 8 || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(4, 2), out var month) || !TryDigits(text.Slice(6, 2), out var day))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        value = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>The largest offset a time zone can have (NodaTime's <see cref="Offset.MaxValue"/>, 18 hours), in seconds.</summary>
    private static readonly int MaxOffsetSeconds = Offset.MaxValue.Seconds;

    /// <summary>Parses <c>+HHMM</c> or <c>-HHMMSS</c>, from -18:00 to +18:00 (RFC 5545 allows hours to 23, which no zone
    /// has and NodaTime cannot hold).</summary>
    internal static bool TryParseOffset(ReadOnlySpan<char> text, out Offset value)
    {
        value = default;
        text = text.Trim();
        if (text.Length is not (5 or 7) || text[0] is not ('+' or '-') || !TryDigits(text.Slice(1, 2), out var hours) || !TryDigits(text.Slice(3, 2), out var minutes))
        {
            return false;
        }

        var seconds = 0;
        if (text.Length == 7 && !TryDigits(text.Slice(5, 2), out seconds))
        {
            return false;
        }

        var total = (hours * 3600) + (minutes * 60) + seconds;
        if (minutes > 59 || seconds > 59 || total > MaxOffsetSeconds)
        {
            return false;
        }

        value = Offset.FromSeconds(text[0] == '-' ? -total : total);
        return true;
    }

    /// <summary>Parses a GEO value <c>latitude;longitude</c> (NaN, which double parsing takes, is out of every range).</summary>
    internal static bool TryParseGeo(string text, out GeoCoordinate value)
    {
        value = default;
        var parts = text.Split(';');
        if (parts.Length != 2
            || !double.TryParse(parts[0].Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var latitude)
            || !double.TryParse(parts[1].Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var longitude)
            || latitude is not (>= -90 and <= 90) || longitude is not (>= -180 and <= 180))
        {
            return false;
        }

        value = new GeoCoordinate(latitude, longitude);
        return true;
    }

    /// <summary>Parses a DURATION (RFC 5545 section 3.3.6): <c>[+|-]P</c> then weeks, or days and a time part, or a
    /// time part (<c>T</c> with hours, minutes and seconds in that order). Weeks with days, which some producers write,
    /// are read too.</summary>
    /// <param name="text">The value.</param>
    /// <param name="value">The duration: nominal days (weeks included) and exact seconds, with their sign.</param>
    internal static bool TryParseDuration(ReadOnlySpan<char> text, out IcalDuration value)
    {
        value = default;
        text = text.Trim();
        var sign = 1;
        if (text.Length > 0 && text[0] is '+' or '-')
        {
            sign = text[0] == '-' ? -1 : 1;
            text = text[1..];
        }

        if (text.Length < 3 || text[0] is not ('P' or 'p'))
        {
            return false;
        }

        long days = 0;
        long seconds = 0;
        var i = 1;
        var parts = 0;
        if (!TryUnits(text, ref i, "WD", ref days, ref seconds, ref parts))
        {
            return false;
        }

        if (i < text.Length)
        {
            if (text[i] is not ('T' or 't'))
            {
                return false;
            }

            i++;
            var before = parts;
            if (!TryUnits(text, ref i, "HMS", ref days, ref seconds, ref parts) || parts == before || i < text.Length)
            {
                return false;
            }
        }

        if (parts == 0)
        {
            return false;
        }

        value = new IcalDuration(sign * days, sign * seconds);
        return true;
    }

    /// <summary>Reads numbers with units from <paramref name="units"/>, each unit at most once and in that order.</summary>
    private static bool TryUnits(ReadOnlySpan<char> text, ref int i, string units, ref long days, ref long seconds, ref int parts)
    {
        var next = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i - start > 12 || i >= text.Length)
            {
                return false;
            }

            var unit = units.IndexOf(char.ToUpperInvariant(text[i]), next);
            if (unit < 0)
            {
                return false;
            }

            var number = long.Parse(text[start..i], NumberStyles.None, CultureInfo.InvariantCulture);
            switch (units[unit])
            {
                case 'W': days += number * 7; break;
                case 'D': days += number; break;
                case 'H': seconds += number * 3600; break;
                case 'M': seconds += number * 60; break;
                default: seconds += number; break;
            }

            next = unit + 1;
            parts++;
            i++;
        }

        return true;
    }

    /// <summary>Parses a non-negative INTEGER.</summary>
    internal static bool TryParseCount(string text, out int value) =>
        int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) && value >= 0;

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}

/// <summary>A DURATION value: nominal days (weeks are seven) and exact seconds, both signed.</summary>
internal readonly record struct IcalDuration(long Days, long Seconds);
