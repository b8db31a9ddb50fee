using NodaTime;
using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.Scheduling;

public sealed class StartOrderTests
{
    private static readonly DateTimeZone Warsaw = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];
    private static readonly LocalDate Day = new(2011, 11, 9);

    [Fact]
    public void Items_in_start_order_are_recognised_as_sorted()
    {
        Assert.True(StartOrder.IsSorted([At(0, 10), At(1, 11), At(2, 12)]));
    }

    [Fact]
    public void Items_starting_together_are_sorted()
    {
        Assert.True(StartOrder.IsSorted([At(0, 10), At(1, 10)]));
    }

    [Fact]
    public void An_item_starting_before_the_one_before_it_is_not_sorted()
    {
        Assert.False(StartOrder.IsSorted([At(0, 10), At(1, 12), At(2, 11)]));
    }

    [Fact]
    public void Empty_and_single_agendas_are_sorted()
    {
        Assert.True(StartOrder.IsSorted([]));
        Assert.True(StartOrder.IsSorted([At(0, 10)]));
    }

    [Fact]
    public void Sort_orders_by_start_then_by_agenda_index()
    {
        var items = new List<ScheduledItem> { At(0, 12), At(1, 10), At(3, 11), At(2, 11) };

        StartOrder.Sort(items);

        Assert.Equal([1, 2, 3, 0], items.Select(i => i.Index));
    }

    [Fact]
    public void Sort_leaves_a_sorted_agenda_as_it_is()
    {
        var items = new List<ScheduledItem> { At(0, 10), At(1, 10), At(2, 11) };
        var before = items.ToArray();

        StartOrder.Sort(items);

        Assert.Equal(before, items);
    }

    private static ScheduledItem At(int index, int hour)
    {
        var item = Samples.Item($"i{index}", Day.At(hour), Day.At(hour + 1));
        return new ScheduledItem(item, index, Day.At(hour).InZoneStrictly(Warsaw), Day.At(hour + 1).InZoneStrictly(Warsaw));
    }
}
