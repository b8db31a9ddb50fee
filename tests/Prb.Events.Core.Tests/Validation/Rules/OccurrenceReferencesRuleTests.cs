using NodaTime;
using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class OccurrenceReferencesRuleTests
{
    private static readonly LocalDate Tuesday = new(2027, 1, 12);

    private static EventBuilder Series(RecurrenceRule? rule = null) => Event.CreateBuilder(new EventId("klub"), "Klub Książki").InZone("Europe/Warsaw")
        .On(Tuesday, new LocalTime(17, 0), new LocalTime(19, 0))
        .Repeats(rule ?? new RecurrenceRule(RecurrenceFrequency.Weekly, 2, [new RecurrenceWeekday(IsoDayOfWeek.Tuesday)]));

    private static OccurrenceOverride Moved(LocalDate original) =>
        new(original, original.PlusDays(1).At(new LocalTime(18, 0)), original.PlusDays(1).At(new LocalTime(20, 0)));

    [Fact]
    public void OneOffEvent_NotReported() =>
        Assert.Empty(Run.Rule(new OccurrenceReferencesRule(), Series().AsSeries(null).Build()));

    [Fact]
    public void RuleThatCannotGiveDates_NothingReportedAboutItsOccurrences() =>
        Assert.Empty(Run.Rule(new OccurrenceReferencesRule(), Series(new RecurrenceRule(RecurrenceFrequency.Weekly, count: 0)).CancelOccurrence(Tuesday.PlusDays(1)).Build()));

    [Fact]
    public void OccurrencesNamedOnceEach_Sound() =>
        Assert.Empty(Run.Rule(new OccurrenceReferencesRule(),
            Series().CancelOccurrence(Tuesday).CancelOccurrence(Tuesday.PlusWeeks(2)).OverrideOccurrence(Moved(Tuesday.PlusWeeks(4))).OverrideOccurrence(Moved(Tuesday.PlusWeeks(6))).Build()));

    [Fact]
    public void CancelledOffTheRule_MessageNamesTheDateAndTheRule()
    {
        var d = Assert.Single(Run.Rule(new OccurrenceReferencesRule(), Series().CancelOccurrence(Tuesday.PlusWeeks(2)).CancelOccurrence(Tuesday.PlusWeeks(1)).Build()));

        Assert.Equal(DiagnosticCodes.NotAnOccurrence, d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("series.cancelledDates[1]", d.Path);
        Assert.Equal("series.rule", d.RelatedPath);
        Assert.Equal("2027-01-19 is cancelled, but the rule FREQ=WEEKLY;INTERVAL=2;BYDAY=TU gives no occurrence on it; name an occurrence by the date the rule gives it.", d.Message);
    }

    [Fact]
    public void ChangedOffTheRule_MessageSaysChanged()
    {
        var d = Assert.Single(Run.Rule(new OccurrenceReferencesRule(), Series().OverrideOccurrence(Moved(Tuesday)).OverrideOccurrence(Moved(Tuesday.PlusDays(3))).Build()));

        Assert.Equal("series.overrides[1].originalDate", d.Path);
        Assert.Equal("2027-01-15 is changed, but the rule FREQ=WEEKLY;INTERVAL=2;BYDAY=TU gives no occurrence on it; name an occurrence by the date the rule gives it.", d.Message);
    }

    [Fact]
    public void CancelledAndThenChanged_MessageNamesTheDateAndWhereItWasFirstNamed()
    {
        var date = Tuesday.PlusWeeks(2);
        var d = Assert.Single(Run.Rule(new OccurrenceReferencesRule(), Series().CancelOccurrence(Tuesday).CancelOccurrence(date).OverrideOccurrence(Moved(date)).Build()));

        Assert.Equal(DiagnosticCodes.DuplicateOccurrence, d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("series.overrides[0].originalDate", d.Path);
        Assert.Equal("series.cancelledDates[1]", d.RelatedPath);
        Assert.Equal("The occurrence of 2027-01-26 is changed here and already named at series.cancelledDates[1]; name each occurrence once.", d.Message);
    }

    [Fact]
    public void CancelledTwice_MessageSaysCancelled() =>
        Assert.Equal("The occurrence of 2027-01-12 is cancelled here and already named at series.cancelledDates[0]; name each occurrence once.",
            Assert.Single(Run.Rule(new OccurrenceReferencesRule(), Series().CancelOccurrence(Tuesday).CancelOccurrence(Tuesday).Build())).Message);

    [Fact]
    public void OffTheRuleAndNamedTwice_ReportedOnceEach()
    {
        var off = Tuesday.PlusDays(1);

        Assert.Equal(
            [(DiagnosticCodes.NotAnOccurrence, "series.cancelledDates[0]"), (DiagnosticCodes.DuplicateOccurrence, "series.cancelledDates[1]"),
             (DiagnosticCodes.DuplicateOccurrence, "series.overrides[0].originalDate")],
            Run.Found(Run.Rule(new OccurrenceReferencesRule(), Series().CancelOccurrence(off).CancelOccurrence(off).OverrideOccurrence(Moved(off)).Build())));
    }

    [Fact]
    public void ManyCancelledDates_EachCheckedAtItsOwnIndex()
    {
        var builder = Series(new RecurrenceRule(RecurrenceFrequency.Daily, count: 10));
        for (var i = 0; i < 12; i++)
        {
            builder.CancelOccurrence(Tuesday.PlusDays(i));
        }

        Assert.Equal([(DiagnosticCodes.NotAnOccurrence, "series.cancelledDates[10]"), (DiagnosticCodes.NotAnOccurrence, "series.cancelledDates[11]")],
            Run.Found(Run.Rule(new OccurrenceReferencesRule(), builder.Build())));
    }
}
