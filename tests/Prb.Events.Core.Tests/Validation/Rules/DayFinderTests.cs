using CsCheck;
using NodaTime;
using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class DayFinderTests
{
    private static readonly LocalDateTime Monday = new(2027, 6, 7, 0, 0);

    /// <summary>Days that start at random quarter hours of one week, 15 minutes to 12 hours long, in order or not.</summary>
    private static readonly Gen<EventDay[]> Days =
        Gen.Select(Gen.Int[0, 7 * 96], Gen.Int[1, 48], (start, length) => new EventDay(Time(start), Time(start + length))).Array[0, 6];

    private static readonly Gen<EventTime[]> Times = Gen.Int[-96, 8 * 96].Select(Time).Array[1, 20];

    [Fact]
    public void Find_DaysInOrder_IsTheLastDayThatStartsNoLaterThanTheTime()
    {
        Gen.Select(Days, Times).Sample((days, times) =>
        {
            Array.Sort(days, (a, b) => a.Start.CompareTo(b.Start));
            var finder = new DayFinder(days);
            foreach (var time in times)
            {
                Assert.Equal(Array.FindLastIndex(days, d => d.Start.CompareTo(time) <= 0), finder.Find(time));
            }
        });
    }

    [Fact]
    public void Find_AnyDays_DoesNotDependOnTheTimesFoundBefore()
    {
        Gen.Select(Days, Times).Sample((days, times) =>
        {
            var finder = new DayFinder(days);
            foreach (var time in times)
            {
                Assert.Equal(new DayFinder(days).Find(time), finder.Find(time));
            }
        });
    }

    [Fact]
    public void Find_NoDays_IsMinusOne()
    {
        Assert.Equal(-1, new DayFinder([]).Find(Time(10)));
    }

    private static EventTime Time(int quarters) => new(Monday.PlusMinutes(15 * quarters));
}
