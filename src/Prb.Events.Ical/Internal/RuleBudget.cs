namespace Prb.Events.Ical.Internal;

/// <summary>How much VTIMEZONE rule expansion one import may do. A rule of a few octets (every Sunday from the year 1)
/// can stand for a hundred thousand transitions, and an input can hold thousands of such rules; the budget keeps the
/// work of an import proportional to what real calendars need, whatever the input asks for.</summary>
/// <remarks>Not thread-safe: one budget per import.</remarks>
internal sealed class RuleBudget
{
    /// <summary>The units of a whole import: a unit is one month of one year looked at by a rule (more for a rule with
    /// many days), or one transition made. One of Outlook's custom zones (two yearly rules from 1601 to 2200) costs
    /// about 3,600, so an import evaluates some twenty-five of them; the worst rules use the whole budget in about a
    /// tenth of a second.</summary>
    internal const int DefaultUnits = 100_000;

    internal RuleBudget(int units = DefaultUnits)
    {
        Remaining = units;
    }

    /// <summary>Gets the units left.</summary>
    internal int Remaining { get; private set; }

    /// <summary>Spends units; false when there are not enough left (and then nothing more can be spent).</summary>
    internal bool TrySpend(int units)
    {
        if (units > Remaining)
        {
            Remaining = 0;
            return false;
        }

        Remaining -= units;
        return true;
    }
}
