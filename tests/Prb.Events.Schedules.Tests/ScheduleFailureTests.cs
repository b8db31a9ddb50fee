using NodaTime;
using Prb.Events.Export;
using Prb.Events.Schedules;

namespace Prb.Events.Schedules.Tests;

/// <summary>What the schedule formats refuse, and how: an ArgumentException naming the parameter, nothing written.</summary>
public class ScheduleFailureTests
{
    public static TheoryData<string> FormatNames => new() { "schedule-xml", "schedule-json" };

    private static IEventExportFormat Format(string name) =>
        name == "schedule-xml" ? ScheduleXmlExportFormat.Instance : ScheduleJsonExportFormat.Instance;

    private static EventBuilder Conference(string zone = "Europe/Warsaw") =>
        Event.CreateBuilder(new EventId("konferencja"), "Konferencja")
            .InZone(zone)
            .On(new LocalDate(2027, 3, 28), new LocalTime(0, 0), new LocalTime(18, 0));

    private static ArgumentException AssertRefused(string formatName, Event e, string expectedInMessage)
    {
        using var stream = new MemoryStream();
        var ex = Assert.ThrowsAny<ArgumentException>(() => Format(formatName).Write(e, stream));

        Assert.Equal("event", ex.ParamName);
        Assert.Contains(expectedInMessage, ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.Length);
        return ex;
    }

    [Theory]
    [MemberData(nameof(FormatNames))]
    public void UnknownZone_IsRefused(string format)
    {
        var e = Conference("Europe/Atlantyda").AddItem("a", AgendaItemKind.Lecture, "Wykład", new LocalTime(10, 0), new LocalTime(11, 0)).Build();

        AssertRefused(format, e, "Europe/Atlantyda");
    }

    [Theory]
    [MemberData(nameof(FormatNames))]
    public void TimeInTheSpringGap_IsRefusedByTheStrictScheduler(string format)
    {
        var e = Conference().AddItem("a", AgendaItemKind.Concert, "Koncert", new LocalTime(2, 30), new LocalTime(4, 0)).Build();

        AssertRefused(format, e, "agenda[0].start");
    }

    [Theory]
    [MemberData(nameof(FormatNames))]
    public void TwoItemsWithOneId_AreRefused(string format)
    {
        var e = Conference()
            .AddItem("a", AgendaItemKind.Lecture, "Pierwszy", new LocalTime(10, 0), new LocalTime(11, 0))
            .AddItem("a", AgendaItemKind.Lecture, "Drugi", new LocalTime(11, 0), new LocalTime(12, 0))
            .Build();

        AssertRefused(format, e, "agenda[1].id");
    }

    [Theory]
    [MemberData(nameof(FormatNames))]
    public void ItemEndingBeforeItStarts_IsRefused(string format)
    {
        var day = new LocalDate(2027, 3, 28);
        var e = Conference()
            .AddItem(new AgendaItem(new AgendaItemId("a"), AgendaItemKind.Lecture, "Wstecz", day.At(new LocalTime(11, 0)), day.At(new LocalTime(10, 0))))
            .Build();

        AssertRefused(format, e, "ends before it starts");
    }

    [Theory]
    [MemberData(nameof(FormatNames))]
    public void ItemOfAHundredHours_IsRefused(string format)
    {
        var day = new LocalDate(2027, 3, 28);
        var e = Conference()
            .AddItem(new AgendaItem(new AgendaItemId("a"), AgendaItemKind.Other, "Maraton", day.At(new LocalTime(10, 0)), day.At(new LocalTime(10, 0)).PlusHours(100)))
            .Build();

        AssertRefused(format, e, "100 hours");
    }

    [Theory]
    [MemberData(nameof(FormatNames))]
    public void ItemOfJustUnderAHundredHours_IsWritten(string format)
    {
        var day = new LocalDate(2027, 3, 28);
        var e = Conference()
            .AddItem(new AgendaItem(new AgendaItemId("a"), AgendaItemKind.Other, "Maraton", day.At(new LocalTime(10, 0)), day.At(new LocalTime(10, 0)).PlusHours(100).PlusMinutes(-1)))
            .Build();

        var text = ScheduleOutputs.Text(ScheduleOutputs.Write(Format(format), e));

        Assert.Contains("99:59", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(FormatNames))]
    public void SpeakerMissingFromThePeople_IsRefused(string format)
    {
        var e = Conference()
            .AddItem("a", AgendaItemKind.Lecture, "Wykład", new LocalTime(10, 0), new LocalTime(11, 0), i => i.By(new PersonId("nieznany")))
            .Build();

        AssertRefused(format, e, "'nieznany'");
    }

    [Theory]
    [MemberData(nameof(FormatNames))]
    public void EveryProblem_IsReportedAtOnce(string format)
    {
        var e = Conference()
            .AddItem("a", AgendaItemKind.Concert, "Koncert", new LocalTime(2, 30), new LocalTime(4, 0))
            .AddItem("b", AgendaItemKind.Lecture, "Wykład", new LocalTime(10, 0), new LocalTime(11, 0), i => i.By(new PersonId("nieznany")))
            .AddItem("b", AgendaItemKind.Lecture, "Powtórka", new LocalTime(11, 0), new LocalTime(12, 0))
            .Build();

        var ex = AssertRefused(format, e, "agenda[0].start");
        Assert.Contains("agenda[2].id", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'nieznany'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(FormatNames))]
    public void NullArguments_AreRefused(string format)
    {
        var e = Conference().Build();

        Assert.Equal("event", Assert.Throws<ArgumentNullException>(() => Format(format).Write(null!, new MemoryStream())).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentNullException>(() => Format(format).Write(e, null!)).ParamName);
    }

    [Theory]
    [MemberData(nameof(FormatNames))]
    public void ReadOnlyDestination_IsRefused(string format)
    {
        var e = Conference().Build();
        using var readOnly = new MemoryStream([], writable: false);

        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => Format(format).Write(e, readOnly)).ParamName);
    }

    [Fact]
    public void NullScheduler_IsRefused()
    {
        Assert.Equal("scheduler", Assert.Throws<ArgumentNullException>(() => new ScheduleXmlExportFormat(null!)).ParamName);
        Assert.Equal("scheduler", Assert.Throws<ArgumentNullException>(() => new ScheduleJsonExportFormat(null!)).ParamName);
    }

    [Theory]
    [MemberData(nameof(FormatNames))]
    public void FailingDestination_PassesItsExceptionOn(string format)
    {
        var e = Conference().AddItem("a", AgendaItemKind.Lecture, "Wykład", new LocalTime(10, 0), new LocalTime(11, 0)).Build();

        Assert.Throws<IOException>(() => Format(format).Write(e, new FailingStream()));
    }

    private sealed class FailingStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("Dysk pełny.");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("Dysk pełny.");

        public override void WriteByte(byte value) => throw new IOException("Dysk pełny.");
    }
}
