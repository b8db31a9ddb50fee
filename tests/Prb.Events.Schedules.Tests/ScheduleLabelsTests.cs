using Prb.Events.Schedules;

namespace Prb.Events.Schedules.Tests;

/// <summary>The words a schedule adds, in Polish for events in Polish and in English otherwise.</summary>
public class ScheduleLabelsTests
{
    [Theory]
    [InlineData("pl")]
    [InlineData("PL")]
    [InlineData("pl-PL")]
    [InlineData("pl_PL")]
    [InlineData("Pl-Latn-PL")]
    public void Language_whose_primary_subtag_is_pl_gets_the_polish_words(string language)
    {
        var labels = ScheduleLabels.For(language);

        Assert.Equal("Odwołane", labels.Cancelled);
        Assert.Equal("Zmiana terminu", labels.Rescheduled);
        Assert.Equal("Sala główna", labels.DefaultRoom);
        Assert.Equal("Program główny", labels.DefaultTrack);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de-PL")]
    [InlineData("en-pl")]
    [InlineData("plt")]
    [InlineData("p")]
    [InlineData("")]
    public void Any_other_language_gets_the_english_words(string language)
    {
        var labels = ScheduleLabels.For(language);

        Assert.Equal("Cancelled", labels.Cancelled);
        Assert.Equal("Rescheduled", labels.Rescheduled);
        Assert.Equal("Main room", labels.DefaultRoom);
        Assert.Equal("Main track", labels.DefaultTrack);
    }
}
