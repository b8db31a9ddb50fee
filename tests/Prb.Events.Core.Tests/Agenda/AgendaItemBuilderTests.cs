using NodaTime;
using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.Agenda;

public sealed class AgendaItemBuilderTests
{
    private static readonly LocalDate Date = new(2027, 6, 10);

    [Fact]
    public void Build_EveryValue_ReachesTheItem()
    {
        var e = Samples.OneDay(Date)
            .AddItem("panel", AgendaItemKind.Panel, "Panel dyskusyjny", new LocalTime(11, 0), new LocalTime(12, 0), i => i
                .Described("Rozmowa o partnerstwach")
                .InRoom("Sala B")
                .OnTrack("partnerstwa")
                .By(new Person(new PersonId("anna"), "Anna Nowak"))
                .By(new PersonId("jan"))
                .WithStatus(AgendaItemStatus.Rescheduled)
                .AtRevision(2))
            .Build();

        var item = Assert.Single(e.Agenda);
        Assert.Equal(new AgendaItemId("panel"), item.Id);
        Assert.Equal(AgendaItemKind.Panel, item.Kind);
        Assert.Equal("Panel dyskusyjny", item.Title);
        Assert.Equal(new EventTime(Date.At(11)), item.Start);
        Assert.Equal(new EventTime(Date.At(12)), item.End);
        Assert.Equal("Rozmowa o partnerstwach", item.Description);
        Assert.Equal("Sala B", item.Room);
        Assert.Equal("partnerstwa", item.Track);
        Assert.Equal([new PersonId("anna"), new PersonId("jan")], item.Speakers);
        Assert.Equal(AgendaItemStatus.Rescheduled, item.Status);
        Assert.Equal(2, item.Revision);
    }

    [Fact]
    public void By_Person_AddsThePersonToTheEventOnce()
    {
        var anna = new Person(new PersonId("anna"), "Anna Nowak");

        var e = Samples.OneDay(Date)
            .AddItem("a", AgendaItemKind.Lecture, "A", new LocalTime(10, 0), new LocalTime(11, 0), i => i.By(anna))
            .AddItem("b", AgendaItemKind.Lecture, "B", new LocalTime(11, 0), new LocalTime(12, 0), i => i.By(anna))
            .Build();

        Assert.Same(anna, Assert.Single(e.People));
        Assert.Same(anna, e.FindPerson(new PersonId("anna")));
    }

    [Fact]
    public void By_PersonId_DoesNotAddAPerson()
    {
        var e = Samples.OneDay(Date)
            .AddItem("a", AgendaItemKind.Lecture, "A", new LocalTime(10, 0), new LocalTime(11, 0), i => i.By(new PersonId("jan")))
            .Build();

        Assert.Empty(e.People);
        Assert.Equal([new PersonId("jan")], e.Agenda[0].Speakers);
    }

    [Fact]
    public void By_NullPerson_ThrowsArgumentNullForSpeakers()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Samples.OneDay(Date)
            .AddItem("a", AgendaItemKind.Lecture, "A", new LocalTime(10, 0), new LocalTime(11, 0), i => i.By((Person)null!)));

        Assert.Equal("speakers", ex.ParamName);
    }

    [Fact]
    public void By_NullArrays_ThrowArgumentNull()
    {
        var people = Assert.Throws<ArgumentNullException>(() => Samples.OneDay(Date)
            .AddItem("a", AgendaItemKind.Lecture, "A", new LocalTime(10, 0), new LocalTime(11, 0), i => i.By((Person[])null!)));
        var ids = Assert.Throws<ArgumentNullException>(() => Samples.OneDay(Date)
            .AddItem("a", AgendaItemKind.Lecture, "A", new LocalTime(10, 0), new LocalTime(11, 0), i => i.By((PersonId[])null!)));

        Assert.Equal("speakers", people.ParamName);
        Assert.Equal("speakerIds", ids.ParamName);
    }

    [Fact]
    public void AtRevision_Negative_ThrowsArgumentOutOfRangeForRevisionWhenTheItemIsMade()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Samples.OneDay(Date)
            .AddItem("a", AgendaItemKind.Lecture, "A", new LocalTime(10, 0), new LocalTime(11, 0), i => i.AtRevision(-1)));

        Assert.Equal("revision", ex.ParamName);
    }
}
