using NodaTime;
using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>
/// What makes an event a series: its <see cref="RecurrenceRule"/>, the occurrences that are cancelled, and those that
/// are moved or changed.
/// </summary>
/// <remarks>
/// <para>A series event has exactly one day (<see cref="Event.Days"/>): the first occurrence, whose local start, end and
/// length every occurrence repeats on its own date. <see cref="EventValidator"/> reports a series with more days
/// (<see cref="DiagnosticCodes.SeriesWithSeveralDays"/>).</para>
/// <para>Occurrences are named by their original local date, the date the rule gives them; a rule makes at most one
/// occurrence a day.</para>
/// <para>The agenda of a series event, if it has one, keeps its own times on the first occurrence's day: the schedule's
/// items (<see cref="EventSchedule.Items"/>, <see cref="NowAndNext.Current"/>) are those of that day, and the
/// occurrences are told by <see cref="EventScheduler.Occurrences"/>, <see cref="NowAndNext.CurrentOccurrence"/> and
/// <see cref="AgendaDay.Occurrences"/>. An agenda repeated in every occurrence is not modelled.</para>
/// </remarks>
public sealed class EventSeries
{
    /// <summary>Initializes a series.</summary>
    /// <param name="rule">How the series repeats.</param>
    /// <param name="cancelledDates">The original dates of the occurrences that do not take place and are left out.</param>
    /// <param name="overrides">The occurrences that are moved or changed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">A list holds null.</exception>
    public EventSeries(RecurrenceRule rule, IEnumerable<LocalDate>? cancelledDates = null, IEnumerable<OccurrenceOverride>? overrides = null)
    {
        Rule = Preconditions.CheckNotNull(rule);
        CancelledDates = Preconditions.CheckElements(cancelledDates, nameof(cancelledDates));
        foreach (var date in CancelledDates)
        {
            EventLimits.CheckDate(date, nameof(cancelledDates));
        }

        Overrides = Preconditions.CheckElements(overrides, nameof(overrides));
    }

    /// <summary>Gets how the series repeats.</summary>
    public RecurrenceRule Rule { get; }

    /// <summary>Gets the original dates of the cancelled occurrences, which are left out of the series (RFC 5545's
    /// <c>EXDATE</c>).</summary>
    public IReadOnlyList<LocalDate> CancelledDates { get; }

    /// <summary>Gets the moved or changed occurrences, in document order.</summary>
    public IReadOnlyList<OccurrenceOverride> Overrides { get; }

    /// <summary>Finds the override of an occurrence.</summary>
    /// <param name="originalDate">The occurrence's original date.</param>
    /// <returns>The first override for that date, or null.</returns>
    public OccurrenceOverride? FindOverride(LocalDate originalDate)
    {
        foreach (var o in Overrides)
        {
            if (o.OriginalDate == originalDate)
            {
                return o;
            }
        }

        return null;
    }
}
