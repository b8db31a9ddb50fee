namespace Prb.Events.Validation.Rules;

/// <summary>Finds the day of an event on which a time falls: with the days in order, the last day that starts no later
/// than the time.</summary>
/// <remarks>The day found for the previous time is the answer whenever it starts no later than this time and the next
/// day starts later, which is checked before the binary search: an agenda in order of time then rarely needs the
/// search. Days out of order are always searched. Keeps that one day between calls, so an instance serves one
/// validation.</remarks>
internal sealed class DayFinder
{
    private readonly IReadOnlyList<EventDay> _days;
    private readonly bool _inOrder;
    private int _previous = -1;

    /// <summary>Initializes a finder over the days of one event.</summary>
    /// <param name="days">The days.</param>
    internal DayFinder(IReadOnlyList<EventDay> days)
    {
        _days = days;
        _inOrder = true;
        for (var d = 1; d < days.Count && _inOrder; d++)
        {
            _inOrder = days[d - 1].Start.CompareTo(days[d].Start) <= 0;
        }
    }

    /// <summary>Finds the day on which a time falls.</summary>
    /// <param name="time">The time.</param>
    /// <returns>The index of the last day that starts no later than <paramref name="time"/>, or -1.</returns>
    internal int Find(EventTime time)
    {
        var days = _days;
        var previous = _previous;
        if (_inOrder && previous >= 0 && days[previous].Start.CompareTo(time) <= 0
            && (previous == days.Count - 1 || days[previous + 1].Start.CompareTo(time) > 0))
        {
            return previous;
        }

        _previous = Search(time);
        return _previous;
    }

    /// <summary>Binary search for the index of the last day that starts no later than <paramref name="time"/> (days in
    /// order), or -1.</summary>
    private int Search(EventTime time)
    {
        int lo = 0, hi = _days.Count - 1;
        var found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (_days[mid].Start.CompareTo(time) <= 0)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
