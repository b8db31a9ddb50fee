using NodaTime;
using Prb.Events.Tests.Support;
using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class EachDayTests
{
    [Fact]
    public void Check_ReportsByDayAndWithinADayInTheOrderOfTheRules()
    {
        var june = new LocalDate(2027, 6, 10);
        var e = Samples.OneDay(june).On(june.PlusDays(1), new LocalTime(9, 0), new LocalTime(18, 0)).Build();

        var found = Run.Rule(new EachDay(new Tag("x"), new Tag("y")), e);

        Assert.Equal(["x0", "y0", "x1", "y1"], found.Select(d => d.Path));
    }

    [Fact]
    public void Validate_ReversedDayAfterADayOutOfOrder_ReportsThemInDayOrder()
    {
        var june = new LocalDate(2027, 6, 10);
        var e = Samples.OneDay(june)
            .OnDay(new EventDay(june.At(17), june.At(19)))                         // days[1] starts before days[0] ends
            .OnDay(new EventDay(june.PlusDays(1).At(12), june.PlusDays(1).At(11))) // days[2] ends before it starts
            .Build();

        Assert.Equal([(DiagnosticCodes.DaysOutOfOrder, "days[1].start"), (DiagnosticCodes.EndNotAfterStart, "days[2].end")],
            EventValidator.Default.Validate(e).Diagnostics.Select(d => (d.Code, d.Path!)));
    }

    /// <summary>Reports the index it was given, under its name.</summary>
    private sealed class Tag(string name) : IDayRule
    {
        public void Check(ValidationContext context, EventDay day, int index, List<Diagnostic> diagnostics) =>
            diagnostics.Add(new Diagnostic("TEST", DiagnosticSeverity.Info, $"{name}{index}", "m"));
    }
}
