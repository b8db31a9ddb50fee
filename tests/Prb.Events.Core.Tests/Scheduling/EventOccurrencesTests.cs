using NodaTime;
using NodaTime.Testing;
using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.Scheduling;

public sealed class EventOccurrencesTests
{
    private static readonly LocalDate FirstTuesday = new(2027, 1, 12);
    private static readonly EventScheduler Strict = new(DateTimeZoneProviders.Tzdb);
    private static readonly EventScheduler Lenient = new(DateTimeZoneProviders.Tzdb, LocalTimePolicy.Lenient);

    internal static EventBuilder Series(LocalDate first, LocalTime start, LocalTime end, RecurrenceRule rule, string zone = "Europe/Warsaw") =>
        Event.CreateBuilder(new EventId("seria"), "Dyskusyjny Klub Książki").InZone(zone).On(first, start, end).Repeats(rule);

    private static Interval Window(LocalDate from, LocalDate to, DateTimeZone? zone = null) =>
        new((zone ?? Zones.Warsaw).AtStartOfDay(from).ToInstant(), (zone ?? Zones.Warsaw).AtStartOfDay(to).ToInstant());

    private static RecurrenceRule Rule(RecurrenceFrequency frequency, int interval = 1, string byDay = "", int[]? byMonthDay = null, int[]? byMonth = null, LocalDate? until = null, int? count = null) =>
        new(frequency, interval, byDay.Length == 0 ? null : byDay.Split(',').Select(RecurrenceWeekday.Parse), byMonthDay, byMonth, until, count);

    private static List<LocalDateTime> Starts(Event e, Interval window, EventScheduler? scheduler = null, List<Diagnostic>? diagnostics = null) =>
        (scheduler ?? Strict).Occurrences(e, window, diagnostics).Select(o => o.Start.LocalDateTime).ToList();

    [Fact]
    public void Weekly_EverySecondTuesday_KeepsLocalTimeAcrossDaylightSaving()
    {
        var e = Series(FirstTuesday, new LocalTime(17, 0), new LocalTime(19, 0), Rule(RecurrenceFrequency.Weekly, 2, "TU")).Build();

        var occurrences = Strict.Occurrences(e, Window(new LocalDate(2027, 3, 1), new LocalDate(2027, 5, 1))).ToList();

        Assert.Equal(
            [new LocalDate(2027, 3, 9), new LocalDate(2027, 3, 23), new LocalDate(2027, 4, 6), new LocalDate(2027, 4, 20)],
            occurrences.Select(o => o.Start.Date));
        Assert.All(occurrences, o => Assert.Equal(new LocalTime(17, 0), o.Start.TimeOfDay));
        Assert.All(occurrences, o => Assert.Equal(Duration.FromHours(2), o.Duration));
        Assert.Equal([Offset.FromHours(1), Offset.FromHours(1), Offset.FromHours(2), Offset.FromHours(2)], occurrences.Select(o => o.Start.Offset));
        Assert.All(occurrences, o => Assert.Equal(o.Start.Date, o.OriginalDate));
    }

    [Fact]
    public void Monthly_31st_SkipsMonthsWithoutOne()
    {
        var e = Series(new LocalDate(2027, 1, 31), new LocalTime(10, 0), new LocalTime(11, 0), Rule(RecurrenceFrequency.Monthly, byMonthDay: [31])).Build();

        var dates = Starts(e, Window(new LocalDate(2027, 1, 1), new LocalDate(2028, 1, 1))).Select(s => s.Date);

        Assert.Equal([1, 3, 5, 7, 8, 10, 12], dates.Select(d => d.Month));
    }

    [Fact]
    public void Monthly_WithoutParts_RepeatsTheFirstDaysDayOfMonth_AndSkipsShortMonths()
    {
        var e = Series(new LocalDate(2027, 1, 30), new LocalTime(10, 0), new LocalTime(11, 0), Rule(RecurrenceFrequency.Monthly, count: 3)).Build();

        Assert.Equal([new LocalDate(2027, 1, 30), new LocalDate(2027, 3, 30), new LocalDate(2027, 4, 30)],
            Starts(e, new Interval(null, null)).Select(s => s.Date));
    }

    [Fact]
    public void Monthly_FirstMondayAndLastFriday()
    {
        var firstMonday = Series(new LocalDate(2027, 2, 1), new LocalTime(9, 0), new LocalTime(15, 0), Rule(RecurrenceFrequency.Monthly, byDay: "1MO", count: 4)).Build();
        var lastFriday = Series(new LocalDate(2027, 1, 29), new LocalTime(9, 0), new LocalTime(15, 0), Rule(RecurrenceFrequency.Monthly, byDay: "-1FR", count: 4)).Build();

        Assert.Equal([new LocalDate(2027, 2, 1), new LocalDate(2027, 3, 1), new LocalDate(2027, 4, 5), new LocalDate(2027, 5, 3)],
            Starts(firstMonday, new Interval(null, null)).Select(s => s.Date));
        Assert.Equal([new LocalDate(2027, 1, 29), new LocalDate(2027, 2, 26), new LocalDate(2027, 3, 26), new LocalDate(2027, 4, 30)],
            Starts(lastFriday, new Interval(null, null)).Select(s => s.Date));
    }

    [Fact]
    public void Monthly_LastDayOfMonth_NegativeMonthDay()
    {
        var e = Series(new LocalDate(2028, 1, 31), new LocalTime(9, 0), new LocalTime(10, 0), Rule(RecurrenceFrequency.Monthly, byMonthDay: [-1], count: 3)).Build();

        Assert.Equal([new LocalDate(2028, 1, 31), new LocalDate(2028, 2, 29), new LocalDate(2028, 3, 31)], Starts(e, new Interval(null, null)).Select(s => s.Date));
    }

    [Fact]
    public void Yearly_FourthThursdayOfNovember()
    {
        var e = Series(new LocalDate(2027, 11, 25), new LocalTime(12, 0), new LocalTime(13, 0), Rule(RecurrenceFrequency.Yearly, byDay: "4TH", byMonth: [11], count: 3), "America/New_York").Build();

        Assert.Equal([new LocalDate(2027, 11, 25), new LocalDate(2028, 11, 23), new LocalDate(2029, 11, 22)], Starts(e, new Interval(null, null)).Select(s => s.Date));
    }

    [Fact]
    public void Yearly_UntilInsideTheLastPeriod_KeepsTheDatesBeforeIt()
    {
        // Every fourth year, Saturdays of June and November, from Saturday 28 November 2020 until 2 June 2024: the 2024
        // period gives 1 June before the end (Ical.Net 5.2.4 stops at the period instead).
        var e = Series(new LocalDate(2020, 11, 28), new LocalTime(9, 30), new LocalTime(12, 36),
            Rule(RecurrenceFrequency.Yearly, 4, "SA", byMonth: [6, 11], until: new LocalDate(2024, 6, 2))).Build();

        Assert.Equal([new LocalDate(2020, 11, 28), new LocalDate(2024, 6, 1)], Starts(e, new Interval(null, null)).Select(s => s.Date));
    }

    [Fact]
    public void Yearly_MonthDayWithoutMonths_EveryMonth_AsRfc5545Expands()
    {
        var e = Series(new LocalDate(2027, 1, 13), new LocalTime(9, 0), new LocalTime(10, 0), Rule(RecurrenceFrequency.Yearly, byMonthDay: [13], count: 3)).Build();

        Assert.Equal([new LocalDate(2027, 1, 13), new LocalDate(2027, 2, 13), new LocalDate(2027, 3, 13)], Starts(e, new Interval(null, null)).Select(s => s.Date));
    }

    [Fact]
    public void Yearly_WeekdayWithoutMonths_OrdinalInTheYear()
    {
        var e = Series(new LocalDate(2027, 1, 4), new LocalTime(9, 0), new LocalTime(10, 0), Rule(RecurrenceFrequency.Yearly, 2, "1MO,-1FR", count: 4)).Build();

        Assert.Equal([new LocalDate(2027, 1, 4), new LocalDate(2027, 12, 31), new LocalDate(2029, 1, 1), new LocalDate(2029, 12, 28)],
            Starts(e, new Interval(null, null)).Select(s => s.Date));
    }

    [Fact]
    public void Until_IsTheLastLocalDateInclusive()
    {
        var e = Series(FirstTuesday, new LocalTime(17, 0), new LocalTime(19, 0), Rule(RecurrenceFrequency.Weekly, until: FirstTuesday.PlusWeeks(2))).Build();

        Assert.Equal([FirstTuesday, FirstTuesday.PlusWeeks(1), FirstTuesday.PlusWeeks(2)], Starts(e, new Interval(null, null)).Select(s => s.Date));
    }

    [Fact]
    public void CancelledAndMoved_LeftOutAndInTheirNewPlace_InOrderOfStart()
    {
        var moved = new OccurrenceOverride(FirstTuesday.PlusWeeks(2), FirstTuesday.PlusWeeks(3).PlusDays(2).At(new LocalTime(18, 0)),
            FirstTuesday.PlusWeeks(3).PlusDays(2).At(new LocalTime(20, 0)), title: "Spotkanie z autorką", status: EventStatus.Rescheduled);
        var e = Series(FirstTuesday, new LocalTime(17, 0), new LocalTime(19, 0), Rule(RecurrenceFrequency.Weekly, count: 5))
            .CancelOccurrence(FirstTuesday.PlusWeeks(1))
            .OverrideOccurrence(moved)
            .Build();

        var occurrences = Strict.Occurrences(e, new Interval(null, null)).ToList();

        Assert.Equal([FirstTuesday, FirstTuesday.PlusWeeks(3), FirstTuesday.PlusWeeks(2), FirstTuesday.PlusWeeks(4)], occurrences.Select(o => o.OriginalDate));
        var changed = occurrences[2];
        Assert.Equal(FirstTuesday.PlusWeeks(3).PlusDays(2).At(new LocalTime(18, 0)), changed.Start.LocalDateTime);
        Assert.Equal("Spotkanie z autorką", changed.Title);
        Assert.Equal(EventStatus.Rescheduled, changed.Status);
        Assert.Same(moved, changed.Override);
        Assert.Equal(e.Title, occurrences[0].Title);
        Assert.Equal(EventStatus.Scheduled, occurrences[0].Status);
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.SkippedLocalTime)]
    public void Gap_Strict_LeavesTheOccurrenceOutWithAnErrorNamingItsDate()
    {
        var e = Series(new LocalDate(2027, 3, 26), new LocalTime(2, 30), new LocalTime(4, 0), Rule(RecurrenceFrequency.Daily, count: 4)).Build();
        var diagnostics = new List<Diagnostic>();

        var starts = Starts(e, new Interval(null, null), Strict, diagnostics);

        Assert.Equal([new LocalDate(2027, 3, 26), new LocalDate(2027, 3, 27), new LocalDate(2027, 3, 29)], starts.Select(s => s.Date));
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.SkippedLocalTime, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("days[0].start", error.Path);
        Assert.Contains("occurrence on 2027-03-28", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gap_Lenient_MovesForwardByTheGapWithAWarning()
    {
        var e = Series(new LocalDate(2027, 3, 26), new LocalTime(2, 30), new LocalTime(4, 0), Rule(RecurrenceFrequency.Daily, count: 4)).Build();
        var diagnostics = new List<Diagnostic>();

        var occurrences = Lenient.Occurrences(e, new Interval(null, null), diagnostics).ToList();

        Assert.Equal(new LocalDateTime(2027, 3, 28, 3, 30), occurrences[2].Start.LocalDateTime);
        Assert.Equal(new LocalTime(2, 30), occurrences[3].Start.TimeOfDay);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("2027-03-28", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.AmbiguousLocalTime)]
    public void RepeatedHour_StrictErrorLenientEarlier()
    {
        var e = Series(new LocalDate(2027, 10, 30), new LocalTime(2, 30), new LocalTime(3, 30), Rule(RecurrenceFrequency.Daily, count: 2)).Build();
        var strict = new List<Diagnostic>();
        var lenient = new List<Diagnostic>();

        Assert.Single(Starts(e, new Interval(null, null), Strict, strict));
        var second = Lenient.Occurrences(e, new Interval(null, null), lenient).Last();

        Assert.Equal(DiagnosticCodes.AmbiguousLocalTime, Assert.Single(strict).Code);
        Assert.Contains("2027-10-31", strict[0].Message, StringComparison.Ordinal);
        Assert.Equal(Offset.FromHours(2), second.Start.Offset);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(lenient).Severity);
    }

    [Fact]
    public void DiagnosticsOnlyForOccurrencesInTheWindow()
    {
        var e = Series(new LocalDate(2020, 1, 1), new LocalTime(2, 30), new LocalTime(4, 0), Rule(RecurrenceFrequency.Daily)).Build();
        var diagnostics = new List<Diagnostic>();

        var starts = Starts(e, Window(new LocalDate(2027, 3, 27), new LocalDate(2027, 3, 30)), Strict, diagnostics);

        Assert.Equal([27, 29], starts.Select(s => s.Day));
        Assert.Contains("2027-03-28", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RecurrenceFrequency.Yearly, 2, 30)]
    [InlineData(RecurrenceFrequency.Monthly, 2, 31)]
    [InlineData(RecurrenceFrequency.Daily, 2, 30)]
    [InlineData(RecurrenceFrequency.Daily, 11, 31)]
    public void NeverMatching_OpenEnded_Terminates(RecurrenceFrequency frequency, int month, int day)
    {
        var e = Series(new LocalDate(2027, 1, 12), new LocalTime(17, 0), new LocalTime(18, 0), Rule(frequency, byMonthDay: [day], byMonth: [month])).Build();

        Assert.Empty(Strict.Occurrences(e, new Interval(Instant.FromUtc(2027, 2, 1, 0, 0), null)));
        Assert.Null(new RecurrenceDates(e.Series!.Rule, e.Days[0].Date).FirstDate());
    }

    [Fact]
    public void NeverMatching_SixthMondayOfTheMonth_Terminates()
    {
        var e = Series(new LocalDate(2027, 1, 12), new LocalTime(17, 0), new LocalTime(18, 0), Rule(RecurrenceFrequency.Monthly, byDay: "6MO")).Build();

        Assert.Empty(Strict.Occurrences(e, new Interval(null, null)));
    }

    [Fact]
    public void OpenEnded_IsLazy_TakeTheNextThree()
    {
        var e = Series(FirstTuesday, new LocalTime(17, 0), new LocalTime(19, 0), Rule(RecurrenceFrequency.Daily)).Build();

        var next = Strict.Occurrences(e, new Interval(Zones.Warsaw.AtStartOfDay(new LocalDate(2030, 6, 1)).ToInstant(), null)).Take(3).ToList();

        Assert.Equal([1, 2, 3], next.Select(o => o.Start.Day));
    }

    [Fact]
    public void OpenEnded_FarWindow_StartsAtTheWindowAndFindsOccurrencesThere()
    {
        var e = Series(FirstTuesday, new LocalTime(17, 0), new LocalTime(19, 0), Rule(RecurrenceFrequency.Monthly, byDay: "-1FR")).Build();
        var dates = new RecurrenceDates(e.Series!.Rule, FirstTuesday);

        var starts = Starts(e, Window(new LocalDate(9000, 1, 1), new LocalDate(9000, 4, 1)));
        var periodsWalked = dates.From(new LocalDate(9000, 1, 1)).TakeWhile(d => d < new LocalDate(9000, 4, 1)).Count();

        Assert.Equal([new LocalDate(9000, 1, 31), new LocalDate(9000, 2, 28), new LocalDate(9000, 3, 28)], starts.Select(s => s.Date));
        Assert.Equal(3, periodsWalked);
    }

    [Fact]
    public void WindowAtTheEndsOfTime_NoException()
    {
        var e = Series(FirstTuesday, new LocalTime(17, 0), new LocalTime(19, 0), Rule(RecurrenceFrequency.Yearly, count: 3), "Pacific/Kiritimati").Build();

        Assert.Equal(3, Strict.Occurrences(e, new Interval(Instant.MinValue, Instant.MaxValue)).Count());
        Assert.Equal(3, Strict.Occurrences(e, new Interval(null, Instant.MaxValue)).Count());
    }

    [Fact]
    public void OccurrenceOverlappingTheWindowStart_IsIncluded()
    {
        var e = Series(FirstTuesday, new LocalTime(17, 0), new LocalTime(19, 0), Rule(RecurrenceFrequency.Weekly)).Build();
        var inside = Zones.Warsaw.AtStrictly(FirstTuesday.PlusWeeks(1).At(new LocalTime(18, 0))).ToInstant();

        var occurrence = Assert.Single(Strict.Occurrences(e, new Interval(inside, inside + Duration.FromHours(1))));

        Assert.Equal(FirstTuesday.PlusWeeks(1), occurrence.OriginalDate);
        Assert.True(occurrence.IsOnAt(inside));
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(-1, null)]
    [InlineData(1, 0)]
    [InlineData(1, -3)]
    public void UnusableRule_ExpandsToNothing(int interval, int? count)
    {
        var e = Series(FirstTuesday, new LocalTime(17, 0), new LocalTime(19, 0), Rule(RecurrenceFrequency.Weekly, interval, count: count)).Build();

        Assert.Empty(Strict.Occurrences(e, new Interval(null, null)));
    }

    [Fact]
    public void OneOffMultiDayEvent_EachDayIsAnOccurrenceWithItsOwnHours()
    {
        var e = Event.CreateBuilder(new EventId("dwa-dni"), "Szkolenie").InZone("Europe/Warsaw")
            .On(new LocalDate(2027, 5, 10), new LocalTime(9, 0), new LocalTime(17, 0))
            .On(new LocalDate(2027, 5, 11), new LocalTime(9, 0), new LocalTime(15, 0))
            .Build();

        var occurrences = Strict.Occurrences(e, new Interval(null, null)).ToList();

        Assert.Equal([new LocalDateTime(2027, 5, 10, 9, 0), new LocalDateTime(2027, 5, 11, 9, 0)], occurrences.Select(o => o.Start.LocalDateTime));
        Assert.Equal([new LocalDateTime(2027, 5, 10, 17, 0), new LocalDateTime(2027, 5, 11, 15, 0)], occurrences.Select(o => o.End.LocalDateTime));
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.UnknownTimeZone)]
    public void UnknownZone_NothingAndADiagnostic()
    {
        var e = Series(FirstTuesday, new LocalTime(17, 0), new LocalTime(19, 0), Rule(RecurrenceFrequency.Weekly), "Europe/Atlantis").Build();
        var diagnostics = new List<Diagnostic>();

        Assert.Empty(Strict.Occurrences(e, new Interval(null, null), diagnostics));
        Assert.Equal(DiagnosticCodes.UnknownTimeZone, Assert.Single(diagnostics).Code);
        Assert.Equal("timeZone", diagnostics[0].Path);
    }
}
