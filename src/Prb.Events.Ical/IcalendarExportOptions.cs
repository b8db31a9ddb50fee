using NodaTime;
using Prb.Events.Ical.Internal;

namespace Prb.Events.Ical;

/// <summary>How <see cref="IcalendarExporter"/> writes calendars: the options class of <c>AddIcalendar(options =&gt; ...)</c>.</summary>
/// <remarks>Each setter checks its value and throws naming the option. An exporter takes a copy when it is made, so
/// changing an instance afterwards changes no exporter.</remarks>
public sealed class IcalendarExportOptions
{
    /// <summary>The product identifier written when none is set.</summary>
    public const string DefaultProductId = "-//Prb.Events//Prb.Events.Ical//EN";

    /// <summary>The UID domain used when none is set. It is a reserved name: set your own domain for published calendars.</summary>
    public const string DefaultUidDomain = "events.prb.invalid";

    private string _uidDomain = DefaultUidDomain;
    private string _productId = DefaultProductId;
    private Duration? _alarmBeforeStart;
    private string? _feedName = DefaultFeedName;
    private Duration? _refreshInterval = Duration.FromHours(12);

    /// <summary>Gets or sets the domain that makes UIDs globally unique, such as <c>events.example.org</c>: an event's UID is
    /// <c>{event id}@{domain}</c> and an agenda item's is <c>{event id}+{item id}@{domain}</c>, so they stay the same in every export.</summary>
    /// <exception cref="ArgumentException">The value is not a host name of ASCII letters, digits, hyphens and dots.</exception>
    public string UidDomain
    {
        get => _uidDomain;
        set
        {
            ArgumentNullException.ThrowIfNull(value, nameof(UidDomain));
            Guard.Argument(IsHostName(value), nameof(UidDomain),
                $"'{value}' is not a host name: use 1 to 253 ASCII letters, digits and hyphens in labels joined by dots, such as events.example.org.");
            _uidDomain = value;
        }
    }

    /// <summary>Gets or sets whether an event's agenda items are written as VEVENTs of their own, each RELATED-TO the event. False by default.</summary>
    public bool IncludeAgendaItems { get; set; }

    /// <summary>Gets or sets how long before the start a display alarm (VALARM) rings, or null (the default) for no alarm.
    /// Cancelled events and items get no alarm.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or longer than 28 days.</exception>
    public Duration? AlarmBeforeStart
    {
        get => _alarmBeforeStart;
        set
        {
            Guard.Range(value is null || (value.Value >= Duration.Zero && value.Value <= Duration.FromDays(28)), nameof(AlarmBeforeStart), value,
                "An alarm must ring from 0 to 28 days before the start.");
            _alarmBeforeStart = value;
        }
    }

    /// <summary>Gets or sets the PRODID: who made the calendar, in the form <c>-//Owner//Product//EN</c>.</summary>
    /// <exception cref="ArgumentException">The value is blank or holds a control character.</exception>
    public string ProductId
    {
        get => _productId;
        set
        {
            ArgumentNullException.ThrowIfNull(value, nameof(ProductId));
            Guard.Argument(!string.IsNullOrWhiteSpace(value) && !value.Any(char.IsControl), nameof(ProductId),
                "A product identifier must not be blank or hold control characters.");
            _productId = value;
        }
    }

    /// <summary>The feed name used when none is set.</summary>
    public const string DefaultFeedName = "Prb.Events";

    /// <summary>Gets or sets the name of a subscription feed, written as NAME (RFC 7986) and X-WR-CALNAME; <see cref="DefaultFeedName"/>
    /// by default, null for none.</summary>
    /// <exception cref="ArgumentException">The value is blank or holds a control character.</exception>
    public string? FeedName
    {
        get => _feedName;
        set
        {
            Guard.Argument(value is null || (!string.IsNullOrWhiteSpace(value) && !value.Any(char.IsControl)), nameof(FeedName),
                "A feed name must not be blank or hold control characters.");
            _feedName = value;
        }
    }

    /// <summary>Gets or sets how often subscribers should fetch a feed again, written as REFRESH-INTERVAL (RFC 7986) and
    /// X-PUBLISHED-TTL; 12 hours by default, null for none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than one minute or more than 366 days.</exception>
    public Duration? RefreshInterval
    {
        get => _refreshInterval;
        set
        {
            Guard.Range(value is null || (value.Value >= Duration.FromMinutes(1) && value.Value <= Duration.FromDays(366)), nameof(RefreshInterval), value,
                "A refresh interval must be from one minute to 366 days.");
            _refreshInterval = value;
        }
    }

    /// <summary>The horizon of an open-ended series used when none is set: 10 years.</summary>
    public const int DefaultSeriesHorizonYears = 10;

    private int _seriesHorizonYears = DefaultSeriesHorizonYears;

    /// <summary>Gets or sets how many years after its first occurrence the VTIMEZONE of an open-ended series (one without
    /// an end date or a count) covers; <see cref="DefaultSeriesHorizonYears"/> by default. A series with an end is
    /// covered through its last occurrence whatever this says. Past the horizon a client keeps the last offset the
    /// VTIMEZONE gives, so occurrences there may be shown an hour off across changes of clocks.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1 or more than 100.</exception>
    public int SeriesHorizonYears
    {
        get => _seriesHorizonYears;
        set
        {
            Guard.Range(value is >= 1 and <= 100, nameof(SeriesHorizonYears), value, "The horizon of an open-ended series must be from 1 to 100 years.");
            _seriesHorizonYears = value;
        }
    }

    /// <summary>Copies the options, for an exporter to keep.</summary>
    internal IcalendarExportOptions Copy() => (IcalendarExportOptions)MemberwiseClone();

    private static bool IsHostName(string value)
    {
        if (value.Length is 0 or > 253)
        {
            return false;
        }

        foreach (var label in value.Split('.'))
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                {
                    return false;
                }
            }
        }

        return true;
    }
}
