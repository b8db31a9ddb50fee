namespace Prb.Events.Ical.Internal;

/// <summary>
/// The work one import did, counted in steps that are the same on every machine: the tests bound these counts by the
/// size of the input (or by <see cref="RuleBudget"/>) to show that an import is linear in its input, where a bound in
/// seconds would fail on a busy machine. Nothing in the library reads them.
/// </summary>
/// <remarks>
/// <para>Each loop of the importer whose length the input decides counts its steps in one of these properties, kept
/// apart from the limits that bound the loop (<see cref="RuleBudget"/>, <see cref="ComponentTreeBuilder.MaxDepth"/>):
/// a limit that stops working then shows as a count out of bounds. A loop added over lines, components or
/// transitions should count its steps here too.</para>
/// <para>Not thread-safe: one per import. Counting is a few additions per line, so it is always on.</para>
/// </remarks>
internal sealed class ImportWork
{
    /// <summary>Gets or sets the logical (unfolded) content lines of the input.</summary>
    internal long Lines { get; set; }

    /// <summary>Gets or sets the steps of building the component tree: one for each logical line looked at, one for
    /// each open component an END or a BEGIN line is matched against, and one for each component ended early or
    /// dropped.</summary>
    internal long TreeSteps { get; set; }

    /// <summary>Gets or sets the characters of property values the reader decoded (TEXT unfolded and unescaped, lists
    /// split): each value at most once, so at most the input's size.</summary>
    internal long ParsedCharacters { get; set; }

    /// <summary>Gets or sets the months that VTIMEZONE rules looked at, in all the VTIMEZONEs of the import.</summary>
    internal long RuleMonths { get; set; }

    /// <summary>Gets or sets the dates that VTIMEZONE rules looked at within those months (each day of a month once
    /// for each BYDAY value, each BYMONTHDAY value once for each date found), in all the VTIMEZONEs of the import.</summary>
    internal long RuleDates { get; set; }

    /// <summary>Gets or sets the transitions (DTSTART, RDATE and rule occurrences) of all the VTIMEZONEs of the
    /// import.</summary>
    internal long Transitions { get; set; }

    /// <summary>Gets or sets the steps of turning those transitions into zone intervals: one for each transition
    /// visited (sorting aside).</summary>
    internal long IntervalSteps { get; set; }

    /// <summary>Gets or sets the event days made, all-day dates included.</summary>
    internal long EventDays { get; set; }

    /// <summary>Gets or sets the dates of series the rule was asked about: each EXDATE value and each RECURRENCE-ID once
    /// (the rule answers each in a bounded number of steps, or a counted rule in one walk of its dates).</summary>
    internal long SeriesDates { get; set; }
}
