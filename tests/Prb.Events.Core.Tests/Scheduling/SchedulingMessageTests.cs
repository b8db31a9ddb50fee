using NodaTime;
using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.Scheduling;

/// <summary>The words of the scheduler's diagnostics, whole: a message that names the wrong offset, the wrong owner of a
/// time or drops the policy's note would mislead the person fixing the document.</summary>
public sealed class SchedulingMessageTests
{
    /// <summary>Sunday 28 March 2027: in Europe/Warsaw clocks go forward from 02:00 (+01:00) to 03:00 (+02:00).</summary>
    private static readonly LocalDate SpringForward = new(2027, 3, 28);

    /// <summary>Sunday 31 October 2027: in Europe/Warsaw clocks go back from 03:00 (+02:00) to 02:00 (+01:00).</summary>
    private static readonly LocalDate FallBack = new(2027, 10, 31);

    private static readonly EventScheduler Strict = new(DateTimeZoneProviders.Tzdb, LocalTimePolicy.Strict);
    private static readonly EventScheduler Lenient = new(DateTimeZoneProviders.Tzdb, LocalTimePolicy.Lenient);

    [Fact]
    public void Ambiguous_item_time_names_the_item_and_both_offsets_earlier_first()
    {
        var e = Night(FallBack).AddItem(Samples.Item("dyskusja", FallBack.At(1, 30), FallBack.At(2, 30), title: "Nocna dyskusja")).Build();

        var diagnostic = Assert.Single(Strict.Schedule(e).Diagnostics);

        Assert.Equal(
            "Agenda item 'Nocna dyskusja' is at 2027-10-31T02:30, which happens twice in Europe/Warsaw (at UTC+02 and again at UTC+01); add the offset to say which.",
            diagnostic.Message);
    }

    [Fact]
    public void Skipped_item_time_names_the_item_and_the_gap()
    {
        var e = Night(SpringForward).AddItem(Samples.Item("maraton", SpringForward.At(2, 30), SpringForward.At(4), title: "Nocny maraton")).Build();

        var diagnostic = Assert.Single(Strict.Schedule(e).Diagnostics);

        Assert.Equal(
            "Agenda item 'Nocny maraton' is at 2027-03-28T02:30, which does not exist in Europe/Warsaw: clocks go forward from 2027-03-28T02:00 to 2027-03-28T03:00.",
            diagnostic.Message);
    }

    [Fact]
    public void Lenient_policy_adds_that_it_resolved_the_time()
    {
        var e = Night(SpringForward).AddItem(Samples.Item("maraton", SpringForward.At(2, 30), SpringForward.At(4), title: "Nocny maraton")).Build();

        var diagnostic = Assert.Single(Lenient.Schedule(e).Diagnostics);

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(
            "Agenda item 'Nocny maraton' is at 2027-03-28T02:30, which does not exist in Europe/Warsaw: clocks go forward from 2027-03-28T02:00 to 2027-03-28T03:00. The lenient policy resolved it.",
            diagnostic.Message);
    }

    [Fact]
    public void Offset_the_zone_does_not_use_names_the_offset_given()
    {
        var start = new EventTime(FallBack.At(1, 0), Offset.FromHours(5));
        var e = Night(FallBack).AddItem(Samples.Item("zla", start, FallBack.At(1, 30), title: "Zła strefa")).Build();

        var diagnostic = Assert.Single(Strict.Schedule(e).Diagnostics);

        Assert.Equal(DiagnosticCodes.OffsetNotInZone, diagnostic.Code);
        Assert.Equal("Agenda item 'Zła strefa' gives 2027-10-31T01:00 at UTC+05, but Europe/Warsaw is not at that offset then.", diagnostic.Message);
    }

    [Theory]
    [InlineData(0, "days[0].start")]
    [InlineData(1, "days[0].end")]
    public void First_start_and_last_end_of_the_event_are_named_the_event(int which, string path)
    {
        // A one-day event from the gap of one night to the gap of the next spring-forward night is impossible, so
        // each case puts one end of a single day in the gap.
        var day = which == 0
            ? new EventDay(SpringForward.At(2, 30), SpringForward.At(12))
            : new EventDay(SpringForward.PlusDays(-1).At(20), SpringForward.At(2, 30));
        var e = Event.CreateBuilder(new EventId("noc"), "Noc Bibliotek").InZone("Europe/Warsaw").OnDay(day).Build();

        var diagnostic = Assert.Single(Strict.Schedule(e).Diagnostics);

        Assert.Equal(path, diagnostic.Path);
        Assert.Equal(
            "The event is at 2027-03-28T02:30, which does not exist in Europe/Warsaw: clocks go forward from 2027-03-28T02:00 to 2027-03-28T03:00.",
            diagnostic.Message);
    }

    [Fact]
    public void Last_end_of_a_multi_day_event_is_named_the_event()
    {
        var e = Event.CreateBuilder(new EventId("noc"), "Dwie noce").InZone("Europe/Warsaw")
            .OnDay(new EventDay(SpringForward.PlusDays(-2).At(20), SpringForward.PlusDays(-1).At(1)))
            .OnDay(new EventDay(SpringForward.PlusDays(-1).At(20), SpringForward.At(2, 30)))
            .Build();

        var diagnostic = Assert.Single(Strict.Schedule(e).Diagnostics);

        Assert.Equal("days[1].end", diagnostic.Path);
        Assert.StartsWith("The event is at 2027-03-28T02:30,", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryResolve_names_the_time_as_the_time()
    {
        var ok = Strict.TryResolve(new EventTime(FallBack.At(2, 30)), DateTimeZoneProviders.Tzdb["Europe/Warsaw"], out _, out var diagnostic);

        Assert.False(ok);
        Assert.NotNull(diagnostic);
        Assert.Equal(
            "The time is at 2027-10-31T02:30, which happens twice in Europe/Warsaw (at UTC+02 and again at UTC+01); add the offset to say which.",
            diagnostic.Message);
    }

    private static EventBuilder Night(LocalDate date) =>
        Event.CreateBuilder(new EventId("noc-bibliotek"), "Noc Bibliotek").InZone("Europe/Warsaw")
            .OnDay(new EventDay(date.PlusDays(-1).At(20), date.At(6)));
}
