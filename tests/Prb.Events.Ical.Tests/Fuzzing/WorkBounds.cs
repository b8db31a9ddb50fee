using System.Globalization;
using Prb.Events.Ical.Internal;

namespace Prb.Events.Ical.Tests.Fuzzing;

/// <summary>
/// The bounds the counted work of every import keeps, whatever its input: each count is at most a small constant times
/// the size of the input, or is held by a per-import limit (<see cref="RuleBudget"/>, the all-day dates of an import).
/// Counts are the same on every machine, so these bounds stand where bounds in seconds would fail on a busy one.
/// </summary>
internal static class WorkBounds
{
    /// <summary>Steps of building the component tree per logical line: twice the deepest nesting read (16, so that
    /// RFC 5545's three levels have room) and two. A literal, not <see cref="ComponentTreeBuilder.MaxDepth"/>: a
    /// nesting limit raised or taken away must show here as more steps, not as a higher bound.</summary>
    internal const int TreeStepsPerLine = (2 * 16) + 2;

    /// <summary>Asserts that the work of an import of <paramref name="octets"/> octets is within its bounds.</summary>
    internal static void AssertLinear(ImportWork work, long octets, string what = "import")
    {
        var lines = work.Lines;

        // A logical line is at least one character and a line break; blank lines are skipped.
        AssertAtMost(work.Lines, (octets / 2) + 1, "logical lines", work, octets, what);

        // Each line is looked at once and, if it is a BEGIN or an END, matched against the components open around it
        // (at most 16); each component is ended early or dropped at most once.
        AssertAtMost(work.TreeSteps, TreeStepsPerLine * lines, "tree steps", work, octets, what);

        // The reader decodes each property value at most once (a character is at least an octet).
        AssertAtMost(work.ParsedCharacters, octets, "characters of values decoded", work, octets, what);

        // Rules spend the one budget of the import on months and transitions; the DTSTART of each observance (a
        // line of its own) is a transition more.
        AssertAtMost(work.RuleMonths + work.Transitions, RuleBudget.DefaultUnits + lines, "rule months and transitions", work, octets, what);

        // A month costs one unit, and one more for each BYDAY and BYMONTHDAY value; each such value looks at most at
        // the 31 days of the month.
        AssertAtMost(work.RuleDates, 31L * RuleBudget.DefaultUnits, "dates looked at by rules", work, octets, what);

        // Once sorted, transitions are deduplicated and turned into intervals in one pass each.
        AssertAtMost(work.IntervalSteps, 2 * work.Transitions, "interval steps", work, octets, what);

        // One day per timed VEVENT (a BEGIN line of its own); all-day dates come from the allowance of the import.
        AssertAtMost(work.EventDays, CalendarReader.MaxAllDayDatesPerImport + lines, "event days", work, octets, what);

        // Each EXDATE value (eight digits at least and a comma) and each RECURRENCE-ID is asked of its rule once.
        AssertAtMost(work.SeriesDates, (octets / 9) + 1, "series dates looked up", work, octets, what);
    }

    /// <summary>Octets an import may allocate for each octet of input, transition and rule month: a VTIMEZONE's rule
    /// takes up to about 500 octets a transition (the reader itself some 5 octets per octet of input; when Ical.Net
    /// parsed each VEVENT it took some 45 KB for a VEVENT of a hundred octets, which this bound was made for).</summary>
    internal const long AllocationPerUnit = 1000;

    /// <summary>Octets an import may allocate for each date a rule looks at (measured: 1 to 60 per date, the most for
    /// a rule of few dates a month).</summary>
    internal const long AllocationPerRuleDate = 10;

    /// <summary>Octets any import may allocate besides: the buffer a stream is read in (80 KB), and what a first use
    /// loads (a zone of tzdb, an exception's messages) when the sampling threads meet it.</summary>
    internal const long AllocationBesides = 4_000_000;

    /// <summary>Gets the octets an import of <paramref name="octets"/> octets that did <paramref name="work"/> may allocate
    /// (null work: the import ended in the format exception).</summary>
    internal static long MaxAllocated(long octets, ImportWork? work) =>
        (AllocationPerUnit * (octets + (work is null ? 0 : work.Transitions + work.RuleMonths)))
        + (AllocationPerRuleDate * (work?.RuleDates ?? 0))
        + AllocationBesides;

    /// <summary>Gets every step counted, for comparing the work of two sizes of one input.</summary>
    internal static long Total(ImportWork work) =>
        work.Lines + work.TreeSteps + work.ParsedCharacters + work.RuleMonths + work.RuleDates + work.Transitions + work.IntervalSteps + work.EventDays + work.SeriesDates;

    /// <summary>Describes the counts, for the test output and failure messages.</summary>
    internal static string Describe(ImportWork work) => string.Create(CultureInfo.InvariantCulture,
        $"{work.Lines} lines, {work.TreeSteps} tree steps, {work.ParsedCharacters} characters parsed, {work.RuleMonths} rule months, "
        + $"{work.RuleDates} rule dates, {work.Transitions} transitions, {work.IntervalSteps} interval steps, {work.EventDays} event days, "
        + $"{work.SeriesDates} series dates");

    private static void AssertAtMost(long count, long bound, string name, ImportWork work, long octets, string what) =>
        Assert.True(count <= bound, string.Create(CultureInfo.InvariantCulture,
            $"{what}: {count} {name}, over the bound of {bound} for {octets} octets ({Describe(work)})"));
}
