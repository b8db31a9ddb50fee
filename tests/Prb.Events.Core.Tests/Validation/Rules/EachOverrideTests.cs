using NodaTime;
using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class EachOverrideTests
{
    private static readonly LocalDate Tuesday = new(2027, 1, 12);

    private static EventBuilder Series() => Event.CreateBuilder(new EventId("klub"), "Klub Książki").InZone("Europe/Warsaw")
        .On(Tuesday, new LocalTime(17, 0), new LocalTime(19, 0))
        .Repeats(new RecurrenceRule(RecurrenceFrequency.Weekly));

    private static OccurrenceOverride Moved(LocalDate original) =>
        new(original, original.At(new LocalTime(18, 0)), original.At(new LocalTime(20, 0)));

    [Fact]
    public void Check_ReportsByOverrideAndWithinAnOverrideInTheOrderOfTheRules()
    {
        var e = Series().OverrideOccurrence(Moved(Tuesday.PlusWeeks(3))).OverrideOccurrence(Moved(Tuesday.PlusWeeks(1))).Build();

        var found = Run.Rule(new EachOverride(new Tag("x"), new Tag("y")), e);

        Assert.Equal(["x0 2027-02-02", "y0 2027-02-02", "x1 2027-01-19", "y1 2027-01-19"], found.Select(d => d.Path));
    }

    [Fact]
    public void Check_SeriesWithoutOverrides_NothingRun() =>
        Assert.Empty(Run.Rule(new EachOverride(new Tag("x")), Series().CancelOccurrence(Tuesday.PlusWeeks(1)).Build()));

    [Fact]
    public void Check_OneOffEvent_NothingRun() =>
        Assert.Empty(Run.Rule(new EachOverride(new Tag("x")), Series().OverrideOccurrence(Moved(Tuesday.PlusWeeks(1))).AsSeries(null).Build()));

    /// <summary>Reports the index and original date it was given, under its name.</summary>
    private sealed class Tag(string name) : IOverrideRule
    {
        public void Check(ValidationContext context, OccurrenceOverride @override, int index, List<Diagnostic> diagnostics) =>
            diagnostics.Add(new Diagnostic("TEST", DiagnosticSeverity.Info, $"{name}{index} {@override.OriginalDate:uuuu-MM-dd}", "m"));
    }
}
