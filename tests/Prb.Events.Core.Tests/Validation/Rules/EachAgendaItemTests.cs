using NodaTime;
using Prb.Events.Tests.Support;
using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class EachAgendaItemTests
{
    private static readonly LocalDate June = new(2027, 6, 10);

    [Fact]
    public void Check_ReportsByItemAndWithinAnItemInTheOrderOfTheRules()
    {
        var e = Samples.OneDay(June).AddItem(Samples.Item("a", June.At(10), June.At(11))).AddItem(Samples.Item("b", June.At(11), June.At(12))).Build();

        var found = Run.Rule(new EachAgendaItem(new Tag("x"), new Tag("y")), e);

        Assert.Equal(["x0", "y0", "x1", "y1"], found.Select(d => d.Path));
    }

    [Fact]
    public void Validate_ItemOutsideTheDaysBeforeAReversedItem_ReportsThemInAgendaOrder()
    {
        var e = Samples.OneDay(June)
            .AddItem(Samples.Item("early", June.At(7), June.At(8)))
            .AddItem(Samples.Item("reversed", June.At(12), June.At(11)))
            .Build();

        Assert.Equal([(DiagnosticCodes.OutsideEventDays, "agenda[0]"), (DiagnosticCodes.EndNotAfterStart, "agenda[1].end")],
            EventValidator.Default.Validate(e).Diagnostics.Select(d => (d.Code, d.Path!)));
    }

    /// <summary>Reports the index it was given, under its name.</summary>
    private sealed class Tag(string name) : IAgendaItemRule
    {
        public void Check(ValidationContext context, AgendaItem item, int index, List<Diagnostic> diagnostics) =>
            diagnostics.Add(new Diagnostic("TEST", DiagnosticSeverity.Info, $"{name}{index}", "m"));
    }
}
