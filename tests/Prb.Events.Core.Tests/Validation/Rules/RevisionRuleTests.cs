using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class RevisionRuleTests
{
    [Fact]
    public void Check_UnsoundUpdate_ReportsRevisionsThatWentBackOrStayedThroughAChange()
    {
        var (previous, next) = Run.UnsoundUpdate();

        Assert.Equal(
            [
                (DiagnosticCodes.RevisionWentBack, "revision"),
                (DiagnosticCodes.ChangedWithoutNewRevision, "agenda[1].revision"),
                (DiagnosticCodes.RevisionWentBack, "agenda[2].revision"),
                (DiagnosticCodes.ChangedWithoutNewRevision, "agenda[5].revision"),
            ],
            Run.Found(Run.Rule(new RevisionRule(), previous, next)));
    }
}

public sealed class RevisionRuleSeriesTests
{
    private static readonly NodaTime.LocalDate First = new(2027, 1, 12);

    private static Event BookClub(int revision) => Event.CreateBuilder(new EventId("klub"), "Klub").InZone("Europe/Warsaw")
        .On(First, new NodaTime.LocalTime(17, 0), new NodaTime.LocalTime(19, 0))
        .Repeats(new RecurrenceRule(RecurrenceFrequency.Weekly))
        .AtRevision(revision)
        .Build();

    [Fact]
    [Prb.Events.Tests.Support.CoversDiagnostic(DiagnosticCodes.ChangedWithoutNewRevision)]
    public void CancellingAnOccurrence_WithoutANewRevision_Reported()
    {
        var next = BookClub(1).ToBuilder().CancelOccurrence(First.PlusWeeks(1)).Build();

        Assert.Equal([(DiagnosticCodes.ChangedWithoutNewRevision, "revision")], Run.Found(Run.Rule(new RevisionRule(), BookClub(1), next)));
        Assert.Empty(Run.Rule(new RevisionRule(), BookClub(1), next.ToBuilder().AtRevision(2).Build()));
    }

    [Fact]
    public void ChangingTheRuleOrAnOverride_WithoutANewRevision_Reported()
    {
        var previous = BookClub(1);
        var rule = previous.ToBuilder().Repeats(new RecurrenceRule(RecurrenceFrequency.Weekly, 2)).Build();
        var moved = previous.ToBuilder().OverrideOccurrence(new OccurrenceOverride(First.PlusWeeks(1), First.PlusWeeks(1).At(new NodaTime.LocalTime(18, 0)), First.PlusWeeks(1).At(new NodaTime.LocalTime(20, 0)))).Build();
        var oneOff = previous.ToBuilder().AsSeries(null).Build();

        Assert.All([rule, moved, oneOff], next => Assert.Equal([(DiagnosticCodes.ChangedWithoutNewRevision, "revision")], Run.Found(Run.Rule(new RevisionRule(), previous, next))));
        Assert.Empty(Run.Rule(new RevisionRule(), previous, BookClub(1)));
    }
}
