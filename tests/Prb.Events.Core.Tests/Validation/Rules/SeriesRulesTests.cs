using NodaTime;
using Prb.Events.Tests.Support;
using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

/// <summary>The rules of a series: one example each, run alone and through the validator.</summary>
public sealed class SeriesRulesTests
{
    private static readonly LocalDate FirstTuesday = new(2027, 1, 12);

    private static EventBuilder BookClub(RecurrenceRule? rule = null) => Event.CreateBuilder(new EventId("klub"), "Klub Książki")
        .InZone("Europe/Warsaw")
        .On(FirstTuesday, new LocalTime(17, 0), new LocalTime(19, 0))
        .Repeats(rule ?? new RecurrenceRule(RecurrenceFrequency.Weekly, 2, [new RecurrenceWeekday(IsoDayOfWeek.Tuesday)]));

    private static OccurrenceOverride Moved(LocalDate original, int hours = 2) =>
        new(original, original.PlusDays(1).At(new LocalTime(18, 0)), original.PlusDays(1).At(new LocalTime(18, 0)).PlusHours(hours));

    [Fact]
    public void SoundSeries_NoDiagnostics()
    {
        var e = BookClub().CancelOccurrence(FirstTuesday.PlusWeeks(2)).OverrideOccurrence(Moved(FirstTuesday.PlusWeeks(4))).Build();

        Assert.Empty(EventValidator.Default.Validate(e).Diagnostics);
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.SeriesWithSeveralDays)]
    public void SeveralDays_Reported()
    {
        var e = BookClub().On(FirstTuesday.PlusDays(1), new LocalTime(17, 0), new LocalTime(19, 0)).Build();

        Assert.Equal([(DiagnosticCodes.SeriesWithSeveralDays, "days[1]")], Run.Found(Run.Rule(new SeriesDaysRule(), e)));
        Assert.Contains(EventValidator.Default.Validate(e).Diagnostics, d => d.Code == DiagnosticCodes.SeriesWithSeveralDays);
    }

    [Fact]
    public void SeveralDays_OneOffEvent_NotReported()
    {
        var e = BookClub().AsSeries(null).On(FirstTuesday.PlusDays(1), new LocalTime(17, 0), new LocalTime(19, 0)).Build();

        Assert.Empty(Run.Rule(new SeriesDaysRule(), e));
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.RecurrenceIntervalNotPositive)]
    [CoversDiagnostic(DiagnosticCodes.RecurrenceCountNotPositive)]
    public void IntervalAndCountBelowOne_Reported()
    {
        var e = BookClub(new RecurrenceRule(RecurrenceFrequency.Weekly, 0, count: 0)).Build();

        Assert.Equal(
            [(DiagnosticCodes.RecurrenceIntervalNotPositive, "series.rule.interval"), (DiagnosticCodes.RecurrenceCountNotPositive, "series.rule.count")],
            Run.Found(Run.Rule(new RecurrenceRangeRule(), e)));
        Assert.Equal(
            [(DiagnosticCodes.RecurrenceIntervalNotPositive, "series.rule.interval"), (DiagnosticCodes.RecurrenceCountNotPositive, "series.rule.count")],
            Run.Found(EventValidator.Default.Validate(e).Diagnostics.ToList()));
    }

    [Fact]
    public void NegativeCount_Reported() =>
        Assert.Equal([(DiagnosticCodes.RecurrenceCountNotPositive, "series.rule.count")],
            Run.Found(Run.Rule(new RecurrenceRangeRule(), BookClub(new RecurrenceRule(RecurrenceFrequency.Daily, count: -2)).Build())));

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.RecurrenceCountTooLarge)]
    public void CountAboveTheLimit_Reported_AndExpandsToNothing()
    {
        var atLimit = BookClub(new RecurrenceRule(RecurrenceFrequency.Daily, count: EventLimits.MaxRecurrenceCount)).Build();
        var above = BookClub(new RecurrenceRule(RecurrenceFrequency.Daily, count: EventLimits.MaxRecurrenceCount + 1)).Build();

        var found = EventValidator.Default.Validate(above).Diagnostics.Single();

        Assert.Empty(EventValidator.Default.Validate(atLimit).Errors);
        Assert.Equal((DiagnosticCodes.RecurrenceCountTooLarge, "series.rule.count"), (found.Code, found.Location.ToString()));
        Assert.Equal("The count is 10001; a counted series has at most 10000 occurrences. Give a longer series an end date (until) or none.", found.Message);
        Assert.Equal(EventLimits.MaxRecurrenceCount, EventScheduler.Default.Occurrences(atLimit, new NodaTime.Interval(null, null)).Count());
        Assert.Empty(EventScheduler.Default.Occurrences(above, new NodaTime.Interval(null, null)));
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.RecurrenceUntilBeforeStart)]
    public void UntilBeforeStart_Reported_AndNotAlsoAsNeverOccurring()
    {
        var e = BookClub(new RecurrenceRule(RecurrenceFrequency.Weekly, until: FirstTuesday.PlusDays(-1))).Build();

        var found = Run.Found(EventValidator.Default.Validate(e).Diagnostics.ToList());

        Assert.Equal([(DiagnosticCodes.RecurrenceUntilBeforeStart, "series.rule.until")], found);
    }

    [Fact]
    public void UntilOnTheStartDate_Sound() =>
        Assert.Empty(EventValidator.Default.Validate(BookClub(new RecurrenceRule(RecurrenceFrequency.Weekly, until: FirstTuesday)).Build()).Diagnostics);

    [Theory]
    [CoversDiagnostic(DiagnosticCodes.RecurrenceNeverOccurs)]
    [InlineData(RecurrenceFrequency.Monthly, "", 31, 2)]
    [InlineData(RecurrenceFrequency.Yearly, "", 30, 2)]
    [InlineData(RecurrenceFrequency.Daily, "", 31, 4)]
    [InlineData(RecurrenceFrequency.Monthly, "6TU", 0, 0)]
    [InlineData(RecurrenceFrequency.Monthly, "5TU", 1, 0)]
    public void NeverOccurs_Reported(RecurrenceFrequency frequency, string byDay, int monthDay, int month)
    {
        var rule = new RecurrenceRule(frequency, byDay: byDay.Length > 0 ? [RecurrenceWeekday.Parse(byDay)] : null,
            byMonthDay: monthDay != 0 ? [monthDay] : null, byMonth: month != 0 ? [month] : null);

        var found = Run.Found(Run.Rule(new RecurrenceOccursRule(), BookClub(rule).Build()));

        Assert.Equal([(DiagnosticCodes.RecurrenceNeverOccurs, "series.rule")], found);
    }

    [Fact]
    public void NeverOccurs_Theory_IsAFactForTheCoverageCheck()
    {
        var rule = new RecurrenceRule(RecurrenceFrequency.Yearly, byMonthDay: [31], byMonth: [4]);

        Assert.Equal(DiagnosticCodes.RecurrenceNeverOccurs, Assert.Single(EventValidator.Default.Validate(BookClub(rule).Build()).Diagnostics).Code);
    }

    [Fact]
    public void LeapDay_EveryFourYears_Occurs()
    {
        var e = Event.CreateBuilder(new EventId("luty"), "29 lutego").InZone("Europe/Warsaw")
            .On(new LocalDate(2028, 2, 29), new LocalTime(10, 0), new LocalTime(11, 0))
            .Repeats(new RecurrenceRule(RecurrenceFrequency.Yearly, 100)).Build();

        // 2028, 2128, 2228, 2328, 2428: every one is a leap year (divisible by 4, not a century).
        Assert.Empty(EventValidator.Default.Validate(e).Diagnostics);
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.SeriesStartNotOccurrence)]
    public void StartOffTheRule_Reported()
    {
        var e = BookClub(new RecurrenceRule(RecurrenceFrequency.Weekly, byDay: [new RecurrenceWeekday(IsoDayOfWeek.Wednesday)])).Build();

        var diagnostic = Assert.Single(EventValidator.Default.Validate(e).Diagnostics);

        Assert.Equal(DiagnosticCodes.SeriesStartNotOccurrence, diagnostic.Code);
        Assert.Equal("days[0].start", diagnostic.Path);
        Assert.Contains("2027-01-13", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.NotAnOccurrence)]
    public void CancelledOrChangedOffTheRule_Reported()
    {
        var e = BookClub().CancelOccurrence(FirstTuesday.PlusWeeks(1)).OverrideOccurrence(Moved(FirstTuesday.PlusDays(3))).Build();

        Assert.Equal(
            [(DiagnosticCodes.NotAnOccurrence, "series.cancelledDates[0]"), (DiagnosticCodes.NotAnOccurrence, "series.overrides[0].originalDate")],
            Run.Found(EventValidator.Default.Validate(e).Diagnostics.ToList()));
    }

    [Fact]
    public void CancelledAfterTheCount_NotAnOccurrence()
    {
        var e = BookClub(new RecurrenceRule(RecurrenceFrequency.Weekly, count: 3)).CancelOccurrence(FirstTuesday.PlusWeeks(3)).Build();

        Assert.Equal([(DiagnosticCodes.NotAnOccurrence, "series.cancelledDates[0]")], Run.Found(Run.Rule(new OccurrenceReferencesRule(), e)));
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.DuplicateOccurrence)]
    public void NamedTwice_Reported()
    {
        var date = FirstTuesday.PlusWeeks(2);
        var e = BookClub().CancelOccurrence(date).CancelOccurrence(date).OverrideOccurrence(Moved(date)).OverrideOccurrence(Moved(FirstTuesday)).OverrideOccurrence(Moved(FirstTuesday)).Build();

        var diagnostics = Run.Rule(new OccurrenceReferencesRule(), e);

        Assert.Equal(
            [(DiagnosticCodes.DuplicateOccurrence, "series.cancelledDates[1]"), (DiagnosticCodes.DuplicateOccurrence, "series.overrides[0].originalDate"),
             (DiagnosticCodes.DuplicateOccurrence, "series.overrides[2].originalDate")],
            Run.Found(diagnostics));
        Assert.Equal("series.cancelledDates[0]", diagnostics[1].RelatedPath);
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.EndNotAfterStart)]
    public void MovedOccurrenceEndingBeforeItsStart_Reported()
    {
        var e = BookClub().OverrideOccurrence(Moved(FirstTuesday.PlusWeeks(2), hours: -1)).Build();

        Assert.Equal([(DiagnosticCodes.EndNotAfterStart, "series.overrides[0].end")], Run.Found(EventValidator.Default.Validate(e).Diagnostics.ToList()));
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.SkippedLocalTime)]
    public void MovedIntoTheGap_ReportedByTheValidatorAndTheScheduleAlike()
    {
        var gap = new LocalDate(2027, 3, 28);
        var e = BookClub(new RecurrenceRule(RecurrenceFrequency.Weekly))
            .OverrideOccurrence(new OccurrenceOverride(new LocalDate(2027, 3, 23), gap.At(new LocalTime(2, 30)), gap.At(new LocalTime(4, 0))))
            .Build();

        var validated = Run.Found(EventValidator.Default.Validate(e).Diagnostics.ToList());
        var scheduled = Run.Found(EventScheduler.Default.Schedule(e).Diagnostics.ToList());

        Assert.Equal([(DiagnosticCodes.SkippedLocalTime, "series.overrides[0].start")], validated);
        Assert.Equal(validated, scheduled);
    }
}
