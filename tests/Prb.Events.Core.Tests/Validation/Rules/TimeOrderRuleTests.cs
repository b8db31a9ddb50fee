using NodaTime;
using Prb.Events.Tests.Support;
using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class TimeOrderRuleTests
{
    [Fact]
    public void Check_Days_ReportsOnlyTheDayThatEndsBeforeItStarts()
    {
        Assert.Equal([(DiagnosticCodes.EndNotAfterStart, "days[1].end")], Run.Found(Run.DayRule(new TimeOrderRule(), Run.Unsound())));
    }

    [Fact]
    public void Check_Day_EndingBeforeItsStartAsWritten_SaysSoAndNothingMore()
    {
        var found = Run.DayRule(new TimeOrderRule(), Run.Unsound()).Single();

        Assert.Matches(@"^Day 2 ends at [0-9T:-]+, not after its start at [0-9T:-]+\.$", found.Message);
    }

    [Fact]
    public void Check_Agenda_ReportsOnlyTheItemThatEndsBeforeItStarts()
    {
        Assert.Equal([(DiagnosticCodes.EndNotAfterStart, "agenda[2].end")], Run.Found(Run.ItemRule(new TimeOrderRule(), Run.Unsound())));
    }

    [Fact]
    public void EndsAfterStart_EqualTimes_IsFalse()
    {
        var time = new EventTime(new NodaTime.LocalDateTime(2027, 6, 10, 10, 0));

        Assert.False(TimeOrderRule.EndsAfterStart(time, time));
        Assert.True(TimeOrderRule.EndsAfterStart(time, new EventTime(time.Local.PlusMinutes(1))));
    }

    private static readonly LocalDate SpringForward = new(2027, 3, 28);
    private static readonly LocalDate FallBack = new(2027, 10, 31);

    [Fact]
    public void Check_Day_FromASkippedTimeToAnEarlierPlacedEnd_Reported()
    {
        // 02:30 is skipped in Warsaw that morning and placed at 03:30, after the end at 03:15.
        var e = Samples.OneDay(SpringForward).OnDay(new EventDay(SpringForward.At(2, 30), SpringForward.At(3, 15))).Build();

        var found = Assert.Single(Run.DayRule(new TimeOrderRule(), e));

        Assert.Equal((DiagnosticCodes.EndNotAfterStart, "days[1].end"), (found.Code, found.Path));
        Assert.Equal("Day 2 ends at 2027-03-28T03:15:00, not after its start at 2027-03-28T02:30:00 once both are placed in Europe/Warsaw, "
            + "where the clocks change between them: it starts at 2027-03-28T03:30:00+02:00 and ends at 2027-03-28T03:15:00+02:00.", found.Message);
    }

    [Fact]
    public void Check_Day_FromASkippedTimeToALaterEnd_NotReported()
    {
        var e = Samples.OneDay(SpringForward).OnDay(new EventDay(SpringForward.At(2, 30), SpringForward.At(3, 45))).Build();

        Assert.Empty(Run.DayRule(new TimeOrderRule(), e));
    }

    [Fact]
    public void Check_Item_RepeatedTimeWithItsSecondOffset_BeforeAnEndWithout_Reported()
    {
        // 02:50+01:00 is the second 02:50 of that night; 02:55 without an offset is placed at its first, an hour earlier.
        var start = new EventTime(FallBack.At(2, 50), Offset.FromHours(1));
        var e = Samples.OneDay(FallBack).AddItem(Samples.Item("noc", start, new EventTime(FallBack.At(2, 55)), title: "Nocne czytanie")).Build();

        var found = Assert.Single(Run.ItemRule(new TimeOrderRule(), e));

        Assert.Equal((DiagnosticCodes.EndNotAfterStart, "agenda[0].end"), (found.Code, found.Path));
        Assert.EndsWith("it starts at 2027-10-31T02:50:00+01:00 and ends at 2027-10-31T02:55:00+02:00.", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Override_MovedIntoTheGapBeforeItsEnd_Reported()
    {
        var first = new LocalDate(2027, 3, 21);
        var e = Samples.OneDay(first).Repeats(new RecurrenceRule(RecurrenceFrequency.Weekly, count: 3))
            .OverrideOccurrence(new OccurrenceOverride(SpringForward, new EventTime(SpringForward.At(2, 30)), new EventTime(SpringForward.At(3, 15))))
            .Build();

        var found = EventValidator.Default.Validate(e).Errors.Single(d => d.Code == DiagnosticCodes.EndNotAfterStart);

        Assert.Equal("series.overrides[0].end", found.Path);
        Assert.StartsWith("The occurrence of 2027-03-28 ends at 2027-03-28T03:15:00, not after its new start at 2027-03-28T02:30:00 once both", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownZone_ComparesAsWritten()
    {
        var e = Samples.OneDay(SpringForward, "Mars/Olympus_Mons").OnDay(new EventDay(SpringForward.At(2, 30), SpringForward.At(3, 15))).Build();

        Assert.Empty(Run.DayRule(new TimeOrderRule(), e));
    }
}
