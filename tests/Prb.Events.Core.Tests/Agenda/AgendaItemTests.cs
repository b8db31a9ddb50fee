using NodaTime;
using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.Agenda;

public sealed class AgendaItemTests
{
    private static readonly LocalDate Date = Samples.Prb2011Date;

    [Fact]
    public void Construction_KeepsValues()
    {
        var speakers = new[] { new PersonId("boguslaw-bednarek"), new PersonId("beata-jasiak") };

        var item = new AgendaItem(new AgendaItemId("lecture"), AgendaItemKind.Lecture, "Biblioteka w partnerstwie lokalnym",
            Date.At(10, 45), Date.At(11, 45), "Wykład o partnerstwach", "Sala konferencyjna", "praktyki", speakers,
            AgendaItemStatus.Rescheduled, 3);

        Assert.Equal(new AgendaItemId("lecture"), item.Id);
        Assert.Equal(AgendaItemKind.Lecture, item.Kind);
        Assert.Equal("Biblioteka w partnerstwie lokalnym", item.Title);
        Assert.Equal(new EventTime(Date.At(10, 45)), item.Start);
        Assert.Equal(new EventTime(Date.At(11, 45)), item.End);
        Assert.Equal("Wykład o partnerstwach", item.Description);
        Assert.Equal("Sala konferencyjna", item.Room);
        Assert.Equal("praktyki", item.Track);
        Assert.Equal(speakers, item.Speakers);
        Assert.Equal(AgendaItemStatus.Rescheduled, item.Status);
        Assert.Equal(3, item.Revision);
        Assert.Equal("Biblioteka w partnerstwie lokalnym", item.ToString());
    }

    [Fact]
    public void Construction_Defaults()
    {
        var item = Samples.Item("a", Date.At(10), Date.At(11));

        Assert.Empty(item.Speakers);
        Assert.Equal(AgendaItemStatus.Scheduled, item.Status);
        Assert.Equal(0, item.Revision);
        Assert.Null(item.Room);
    }

    [Fact]
    public void Construction_EndBeforeStart_IsLeftToValidation()
    {
        // The constructor keeps what makes an item an item; EventValidator reports the order (EndNotAfterStart).
        var item = Samples.Item("a", Date.At(11), Date.At(10));

        Assert.True(item.End < item.Start);
    }

    [Fact]
    public void Construction_SpeakersAreCopied()
    {
        var speakers = new List<PersonId> { new("a") };
        var item = Samples.Item("x", Date.At(10), Date.At(11), speakers: speakers);

        speakers.Add(new PersonId("b"));

        Assert.Equal([new PersonId("a")], item.Speakers);
    }

    [Fact]
    public void Construction_NullTitle_ThrowsArgumentNullForTitle()
    {
        var ex = Assert.Throws<ArgumentNullException>(() =>
            new AgendaItem(new AgendaItemId("a"), AgendaItemKind.Lecture, null!, Date.At(10), Date.At(11)));

        Assert.Equal("title", ex.ParamName);
    }

    [Fact]
    public void Construction_UndefinedKind_ThrowsArgumentOutOfRangeForKind()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new AgendaItem(new AgendaItemId("a"), (AgendaItemKind)100, "X", Date.At(10), Date.At(11)));

        Assert.Equal("kind", ex.ParamName);
    }

    [Fact]
    public void Construction_UndefinedStatus_ThrowsArgumentOutOfRangeForStatus()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new AgendaItem(new AgendaItemId("a"), AgendaItemKind.Lecture, "X", Date.At(10), Date.At(11), status: (AgendaItemStatus)7));

        Assert.Equal("status", ex.ParamName);
    }

    [Fact]
    public void Construction_NegativeRevision_ThrowsArgumentOutOfRangeForRevision()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new AgendaItem(new AgendaItemId("a"), AgendaItemKind.Lecture, "X", Date.At(10), Date.At(11), revision: -1));

        Assert.Equal("revision", ex.ParamName);
    }

    public static TheoryData<string, int> InvalidText => Text.InvalidIn("title", "description", "room", "track");

    [Theory]
    [MemberData(nameof(InvalidText))]
    public void Construction_InvalidText_ThrowsArgumentForIt(string parameter, int sample)
    {
        Text.AssertRejected(parameter, () => Make(parameter, Text.Invalid[sample]));
    }

    public static TheoryData<string, int> ValidText => Text.ValidIn("title", "description", "room", "track");

    [Theory]
    [MemberData(nameof(ValidText))]
    public void Construction_ValidText_KeepsItExactly(string parameter, int sample)
    {
        var text = Text.Valid[sample];
        var item = Make(parameter, text);

        Text.AssertKeptExactly(text, parameter switch
        {
            "title" => item.Title,
            "description" => item.Description,
            "room" => item.Room,
            _ => item.Track,
        });
    }

    [Theory]
    [InlineData(AgendaItemKind.CoffeeBreak, true)]
    [InlineData(AgendaItemKind.LunchBreak, true)]
    [InlineData(AgendaItemKind.Break, true)]
    [InlineData(AgendaItemKind.Lecture, false)]
    [InlineData(AgendaItemKind.Networking, false)]
    [InlineData(AgendaItemKind.Registration, false)]
    public void IsBreak_OnlyForBreaks(AgendaItemKind kind, bool expected)
    {
        var item = new AgendaItem(new AgendaItemId("a"), kind, "X", Date.At(10), Date.At(11));

        Assert.Equal(expected, item.IsBreak);
    }

    [Fact]
    public void Reschedule_NewTimes_MarksRescheduledAndRaisesRevision()
    {
        var item = new AgendaItem(new AgendaItemId("lecture"), AgendaItemKind.Lecture, "Wykład", Date.At(10), Date.At(11),
            "opis", "Sala A", "ścieżka", [new PersonId("p")], revision: 2);

        var moved = item.Reschedule(Date.At(12), Date.At(13));

        Assert.Equal(new EventTime(Date.At(12)), moved.Start);
        Assert.Equal(new EventTime(Date.At(13)), moved.End);
        Assert.Equal(AgendaItemStatus.Rescheduled, moved.Status);
        Assert.Equal(3, moved.Revision);
        Assert.Equal(item.Id, moved.Id);
        Assert.Equal(item.Kind, moved.Kind);
        Assert.Equal(item.Title, moved.Title);
        Assert.Equal(item.Description, moved.Description);
        Assert.Equal(item.Room, moved.Room);
        Assert.Equal(item.Track, moved.Track);
        Assert.Equal(item.Speakers, moved.Speakers);
        Assert.Equal(new EventTime(Date.At(10)), item.Start);
        Assert.Equal(2, item.Revision);
    }

    [Fact]
    public void Cancel_KeepsTimes_MarksCancelledAndRaisesRevision()
    {
        var item = Samples.Item("a", Date.At(10), Date.At(11), room: "Sala A");

        var cancelled = item.Cancel();

        Assert.Equal(AgendaItemStatus.Cancelled, cancelled.Status);
        Assert.Equal(1, cancelled.Revision);
        Assert.Equal(item.Start, cancelled.Start);
        Assert.Equal(item.End, cancelled.End);
        Assert.Equal("Sala A", cancelled.Room);
        Assert.Equal(AgendaItemStatus.Scheduled, item.Status);
    }

    private static AgendaItem Make(string parameter, string text) => new(
        new AgendaItemId("a"), AgendaItemKind.Lecture,
        parameter == "title" ? text : "Tytuł",
        Date.At(10), Date.At(11),
        description: parameter == "description" ? text : null,
        room: parameter == "room" ? text : null,
        track: parameter == "track" ? text : null);
}
