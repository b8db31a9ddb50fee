using System.Globalization;
using NodaTime;

namespace Prb.Events.Ical.Internal;

/// <summary>Parses the simple value types this package reads itself: DATE, DATE-TIME, UTC-OFFSET, INTEGER and GEO.</summary>
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

    /// <summary>Parses <c>+HHMM</c> or <c>-HHMMSS</c>.</summary>
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

        if (hours > 23 || minutes > 59 || seconds > 59)
        {
            return false;
        }

        var total = (hours * 3600) + (minutes * 60) + seconds;
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
