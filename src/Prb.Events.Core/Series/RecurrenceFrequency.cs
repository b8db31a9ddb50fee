namespace Prb.Events;

/// <summary>How often the period of a <see cref="RecurrenceRule"/> repeats, as RFC 5545's <c>FREQ</c>.</summary>
public enum RecurrenceFrequency
{
    /// <summary>Every day (times the interval).</summary>
    Daily,

    /// <summary>Every week, weeks starting on Monday (times the interval).</summary>
    Weekly,

    /// <summary>Every month (times the interval).</summary>
    Monthly,

    /// <summary>Every year (times the interval).</summary>
    Yearly,
}
