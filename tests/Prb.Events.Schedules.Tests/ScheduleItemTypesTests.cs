using Prb.Events.Schedules;

namespace Prb.Events.Schedules.Tests;

/// <summary>The type of a kind that the model does not define.</summary>
public class ScheduleItemTypesTests
{
    [Fact]
    public void Undefined_kind_is_refused_naming_the_parameter_and_the_value()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ScheduleItemTypes.Of((AgendaItemKind)999));

        Assert.Equal("kind", ex.ParamName);
        Assert.Equal((AgendaItemKind)999, ex.ActualValue);
        Assert.StartsWith("999 is not a defined AgendaItemKind value.", ex.Message, StringComparison.Ordinal);
    }
}
