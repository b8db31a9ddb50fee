using Prb.Events.Ical.Internal;

namespace Prb.Events.Ical;

/// <summary>How <see cref="IcalendarImporter"/> reads calendars. Immutable: set values with an object initializer.</summary>
public sealed class IcalendarImportOptions
{
    private readonly long _maxInputBytes = 10 * 1024 * 1024;
    private readonly string _defaultTimeZoneId = "Europe/Warsaw";

    /// <summary>Gets the options used when none are given: inputs up to 10 MiB, Europe/Warsaw for floating times.</summary>
    public static IcalendarImportOptions Default { get; } = new();

    /// <summary>Gets the largest input, in UTF-8 octets, that is read; a larger one is refused with an <see cref="IcalendarFormatException"/>. 10 MiB by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive or is over 1 GiB.</exception>
    public long MaxInputBytes
    {
        get => _maxInputBytes;
        init
        {
            Guard.Range(value is > 0 and <= 1024L * 1024 * 1024, nameof(MaxInputBytes), value, "The size cap must be from 1 octet to 1 GiB.");
            _maxInputBytes = value;
        }
    }

    /// <summary>Gets the IANA zone of events whose input names none: floating and all-day times, and UTC times with
    /// neither X-WR-TIMEZONE nor a single VTIMEZONE to go by. Europe/Warsaw by default.</summary>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public string DefaultTimeZoneId
    {
        get => _defaultTimeZoneId;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(DefaultTimeZoneId));
            Guard.Argument(!string.IsNullOrWhiteSpace(value), nameof(DefaultTimeZoneId), "The default zone must be an IANA id such as Europe/Warsaw.");
            _defaultTimeZoneId = value;
        }
    }
}
