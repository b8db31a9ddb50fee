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
}
