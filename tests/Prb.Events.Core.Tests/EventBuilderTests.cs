using System.Collections;
using NodaTime;
using Prb.Events.Tests.Support;

namespace Prb.Events.Tests;

public sealed class EventBuilderTests
{
    private static readonly LocalDate Date = new(2027, 6, 10);

    [Fact]
    public void Build_ReadsLikeTheAnnouncement()
    {
        var e = Event.CreateBuilder(new EventId("prb-2011-wroclaw"), "Biblioteki w partnerstwach lokalnych – dobre praktyki")
            .Edition("II Konferencja Regionalna PRB")
            .InZone("Europe/Warsaw")
            .On(new LocalDate(2011, 11, 9), new LocalTime(10, 0), new LocalTime(15, 30))
            .At(new Venue("Dolnośląska Biblioteka Publiczna", new PostalAddress("Rynek 58", "50-116", "Wrocław")))
            .OrganizedBy(Samples.Dbp())
            .WithPartner(Samples.Frsi(), PartnerRole.ProgrammeOperator)
            .WithContact(Samples.Jasiak(), ContactRole.RegionalCoordinator, "koordynator regionalny", "71 33 52 237", "bjasiak@wbp.wroc.pl")
            .AddItem("opening", AgendaItemKind.Opening, "Otwarcie", new LocalTime(10, 0), new LocalTime(10, 15))
            .AddItem("lecture", AgendaItemKind.Lecture, "Biblioteka w partnerstwie lokalnym", new LocalTime(10, 15), new LocalTime(11, 0),
                item => item.By(Samples.Bednarek()).InRoom("Sala konferencyjna"))
            .Build();

        Assert.Equal("Biblioteki w partnerstwach lokalnych – dobre praktyki. II Konferencja Regionalna PRB", e.FullTitle);
        Assert.Equal("Europe/Warsaw", e.TimeZoneId);
        var day = Assert.Single(e.Days);
        Assert.Equal(new EventTime(new LocalDateTime(2011, 11, 9, 10, 0)), day.Start);
        Assert.Equal(new EventTime(new LocalDateTime(2011, 11, 9, 15, 30)), day.End);
        Assert.Equal("Dolnośląska Biblioteka Publiczna, Rynek 58, 50-116 Wrocław", e.Venue?.ToString());
        Assert.Equal([new OrganizationId("dbp-wroclaw")], e.OrganizerIds);
        Assert.Equal([new OrganizationId("dbp-wroclaw")], e.Libraries.Select(l => l.Id));
        var partner = Assert.Single(e.Partners);
        Assert.Equal((new OrganizationId("frsi"), PartnerRole.ProgrammeOperator), (partner.OrganizationId, partner.Role));
        Assert.Equal([new OrganizationId("frsi")], e.Organizations.Select(o => o.Id));
        var contact = Assert.Single(e.Contacts);
        Assert.Equal(new PersonId("beata-jasiak"), contact.PersonId);
        Assert.Equal("bjasiak@wbp.wroc.pl", contact.Email);
        Assert.Equal([new PersonId("beata-jasiak"), new PersonId("boguslaw-bednarek")], e.People.Select(p => p.Id));
        Assert.Equal(["opening", "lecture"], e.Agenda.Select(a => a.Id.Value));
        Assert.Equal(new EventTime(new LocalDateTime(2011, 11, 9, 10, 15)), e.Agenda[1].Start);
        Assert.Equal([new PersonId("boguslaw-bednarek")], e.Agenda[1].Speakers);
    }

    [Fact]
    public void AddItem_ByTimeOfDayBeforeAnyDay_ThrowsInvalidOperation()
    {
        var builder = Event.CreateBuilder(new EventId("e"), "Spotkanie").InZone("Europe/Warsaw");

        Assert.Throws<InvalidOperationException>(() =>
            builder.AddItem("a", AgendaItemKind.Lecture, "A", new LocalTime(10, 0), new LocalTime(11, 0)));
    }

    [Fact]
    public void AddItem_ByDateTimeBeforeAnyDay_IsAllowed()
    {
        var builder = Event.CreateBuilder(new EventId("e"), "Spotkanie").InZone("Europe/Warsaw")
            .AddItem("a", AgendaItemKind.Lecture, "A", Date.At(10), Date.At(11))
            .On(Date, new LocalTime(9, 0), new LocalTime(12, 0));

        Assert.Equal(new EventTime(Date.At(10)), Assert.Single(builder.Build().Agenda).Start);
    }

    [Fact]
    public void AddItem_ByTimeOfDay_GoesOnTheLastDayAdded()
    {
        var e = Samples.OneDay(Date)
            .AddItem("first", AgendaItemKind.Lecture, "A", new LocalTime(10, 0), new LocalTime(11, 0))
            .On(Date.PlusDays(2), new LocalTime(9, 0), new LocalTime(18, 0))
            .AddItem("second", AgendaItemKind.Lecture, "B", new LocalTime(10, 0), new LocalTime(11, 0))
            .Build();

        Assert.Equal(Date, e.Agenda[0].Start.Date);
        Assert.Equal(Date.PlusDays(2), e.Agenda[1].Start.Date);
    }

    [Fact]
    public void AddItem_ByTimeOfDayEndingAfterMidnight_EndsNextDay()
    {
        var e = Samples.OneDay(Date)
            .On(Date.PlusDays(1), new LocalTime(18, 0), new LocalTime(2, 0))
            .AddItem("party", AgendaItemKind.Concert, "Koncert", new LocalTime(22, 0), new LocalTime(1, 0))
            .Build();

        Assert.Equal(new EventTime(Date.PlusDays(2).At(2)), e.Days[1].End);
        Assert.Equal(new EventTime(Date.PlusDays(1).At(22)), e.Agenda[0].Start);
        Assert.Equal(new EventTime(Date.PlusDays(2).At(1)), e.Agenda[0].End);
    }

    [Fact]
    public void AddItem_InvalidId_ThrowsArgument()
    {
        // The exception comes from AgendaItemId and names its parameter "value", not AddItem's "id".
        Assert.ThrowsAny<ArgumentException>(() =>
            Samples.OneDay(Date).AddItem("zły id", AgendaItemKind.Lecture, "A", new LocalTime(10, 0), new LocalTime(11, 0)));
    }

    [Fact]
    public void OrganizedBy_SameLibraryTwice_AddsItOnce()
    {
        var e = Samples.OneDay(Date).OrganizedBy(Samples.Dbp()).OrganizedBy(Samples.Dbp()).OrganizedBy(Samples.Frsi()).Build();

        Assert.Equal([new OrganizationId("dbp-wroclaw"), new OrganizationId("frsi")], e.OrganizerIds);
        Assert.Single(e.Libraries);
        Assert.Single(e.Organizations);
    }

    [Fact]
    public void WithPartner_LibraryAndOrganisation_AreAddedToTheirLists()
    {
        var e = Samples.OneDay(Date)
            .WithPartner(Samples.TwardogoraLibrary(), PartnerRole.Partner, "biblioteka partnerska")
            .WithPartner(Samples.Frsi(), PartnerRole.Sponsor)
            .WithPartner(Samples.Frsi(), PartnerRole.ContestOrganizer)
            .Build();

        Assert.Equal([PartnerRole.Partner, PartnerRole.Sponsor, PartnerRole.ContestOrganizer], e.Partners.Select(p => p.Role));
        Assert.Equal("biblioteka partnerska", e.Partners[0].Description);
        Assert.Single(e.Libraries);
        Assert.Single(e.Organizations);
    }

    [Fact]
    public void WithContact_SamePersonTwice_AddsThePersonOnce()
    {
        var e = Samples.OneDay(Date)
            .WithContact(Samples.Jasiak(), ContactRole.General)
            .WithContact(Samples.Jasiak(), ContactRole.Press)
            .Build();

        Assert.Equal(2, e.Contacts.Count);
        Assert.Single(e.People);
    }

    [Fact]
    public void PartOf_SetsTheProgramme_AndAddsItOnce()
    {
        var e = Samples.OneDay(Date).PartOf(Samples.Prb()).PartOf(Samples.Prb()).Build();

        Assert.Equal(new ProgrammeId("prb"), e.ProgrammeId);
        Assert.Single(e.Programmes);
    }

    [Fact]
    public void AddProgramme_DoesNotMakeTheEventPartOfIt()
    {
        var e = Samples.OneDay(Date).AddProgramme(Samples.Prb()).Build();

        Assert.Null(e.ProgrammeId);
        Assert.Single(e.Programmes);
    }

    [Fact]
    public void WithStatus_OtherThanRescheduled_ForgetsThePreviousStart()
    {
        var e = Samples.OneDay(Date).RescheduledFrom(Date.PlusDays(-1).At(9)).WithStatus(EventStatus.Cancelled).Build();

        Assert.Equal(EventStatus.Cancelled, e.Status);
        Assert.Null(e.RescheduledFrom);
    }

    [Fact]
    public void On_EndNotAfterStart_EndsNextDay()
    {
        var e = Samples.OneDay(Date).On(Date.PlusDays(1), new LocalTime(20, 0), new LocalTime(20, 0)).Build();

        Assert.Equal(new EventTime(Date.PlusDays(2).At(20)), e.Days[1].End);
    }

    [Fact]
    public void InZone_NodaTimeZone_UsesItsId()
    {
        Assert.Equal("America/New_York", Samples.OneDay(Date).InZone(Zones.NewYork).Build().TimeZoneId);
    }

    [Fact]
    public void Tagged_Duplicates_AreKeptOnce()
    {
        Assert.Equal(["PRB", "biblioteki"], Samples.OneDay(Date).Tagged("PRB", "biblioteki").Tagged("PRB").Build().Tags);
    }

    [Fact]
    public void AtRevision_Negative_ThrowsArgumentOutOfRangeForRevision()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Samples.OneDay(Date).AtRevision(-1));

        Assert.Equal("revision", ex.ParamName);
    }

    [Fact]
    public void WithUrl_Relative_ThrowsArgumentForUrl()
    {
        var ex = Assert.Throws<ArgumentException>(() => Samples.OneDay(Date).WithUrl(new Uri("/prb", UriKind.Relative)));

        Assert.Equal("url", ex.ParamName);
    }

    public static TheoryData<string> NullArguments => new()
    {
        "title", "timeZoneId", "zone", "day", "language", "tags", "tag", "person", "organization", "library", "programme",
        "programme2", "partnership", "contest", "item", "organizerLibrary", "organizerOrganization", "partnerOrganization",
        "partnerLibrary", "contactPerson",
    };

    [Theory]
    [MemberData(nameof(NullArguments))]
    public void Methods_NullArgument_ThrowArgumentNullNamingIt(string which)
    {
        var builder = Samples.OneDay(Date);
        var (expected, call) = which switch
        {
            "title" => ("title", (Action)(() => builder.Titled(null!))),
            "timeZoneId" => ("timeZoneId", () => builder.InZone((string)null!)),
            "zone" => ("zone", () => builder.InZone((DateTimeZone)null!)),
            "day" => ("day", () => builder.OnDay(null!)),
            "language" => ("language", () => builder.InLanguage(null!)),
            "tags" => ("tags", () => builder.Tagged(null!)),
            "tag" => ("tags", () => builder.Tagged("a", null!)),
            "person" => ("person", () => builder.AddPerson(null!)),
            "organization" => ("organization", () => builder.AddOrganization(null!)),
            "library" => ("library", () => builder.AddLibrary(null!)),
            "programme" => ("programme", () => builder.PartOf(null!)),
            "programme2" => ("programme", () => builder.AddProgramme(null!)),
            "partnership" => ("partnership", () => builder.AddPartnership(null!)),
            "contest" => ("contest", () => builder.AddContest(null!)),
            "item" => ("item", () => builder.AddItem(null!)),
            "organizerLibrary" => ("library", () => builder.OrganizedBy((Library)null!)),
            "organizerOrganization" => ("organization", () => builder.OrganizedBy((Organization)null!)),
            "partnerOrganization" => ("organization", () => builder.WithPartner((Organization)null!, PartnerRole.Partner)),
            "partnerLibrary" => ("library", () => builder.WithPartner((Library)null!, PartnerRole.Partner)),
            "contactPerson" => ("person", () => builder.WithContact(null!, ContactRole.General)),
            _ => throw new ArgumentOutOfRangeException(nameof(which)),
        };

        var ex = Assert.Throws<ArgumentNullException>(call);

        Assert.Equal(expected, ex.ParamName);
    }

    [Fact]
    public void Build_CalledAgainAfterChanges_LeavesTheFirstEventAsItWas()
    {
        var builder = Samples.OneDay(Date).AddItem("a", AgendaItemKind.Lecture, "A", new LocalTime(10, 0), new LocalTime(11, 0));
        var first = builder.Build();

        builder.AddItem("b", AgendaItemKind.Lecture, "B", new LocalTime(11, 0), new LocalTime(12, 0)).Tagged("nowy").Titled("Inny tytuł");
        var second = builder.Build();

        Assert.Single(first.Agenda);
        Assert.Empty(first.Tags);
        Assert.Equal("Spotkanie testowe", first.Title);
        Assert.Equal(2, second.Agenda.Count);
        Assert.Equal("Inny tytuł", second.Title);
    }

    [Fact]
    public void ToBuilder_EveryValue_RoundTrips()
    {
        var original = Everything();

        var copy = original.ToBuilder().Build();

        foreach (var property in typeof(Event).GetProperties())
        {
            var expected = property.GetValue(original);
            var actual = property.GetValue(copy);
            if (expected is IEnumerable list and not string)
            {
                Assert.Equal(list.Cast<object>(), ((IEnumerable)actual!).Cast<object>());
            }
            else
            {
                Assert.Equal(expected, actual);
            }
        }
    }

    [Fact]
    public void ToBuilder_TheSample_SetsEveryValue()
    {
        // Guards the round-trip test: a property left at its default would round-trip trivially.
        var e = Everything();

        foreach (var property in typeof(Event).GetProperties())
        {
            var value = property.GetValue(e);
            Assert.NotNull(value);
            if (value is IEnumerable list and not string)
            {
                Assert.True(list.Cast<object>().Any(), $"{property.Name} is empty in the sample");
            }

            Assert.False(value is int and 0, $"{property.Name} is 0 in the sample");
            var type = value.GetType();
            if (type.IsValueType && !type.IsPrimitive)
            {
                Assert.NotEqual(Activator.CreateInstance(type), value);
            }
        }

        Assert.NotEqual(EventKind.Conference, e.Kind);
        Assert.NotEqual(EventStatus.Scheduled, e.Status);
        Assert.NotEqual("pl", e.Language);
    }

    [Fact]
    public void ToBuilder_Changes_DoNotTouchTheOriginal()
    {
        var original = Samples.Prb2011().Build();

        var changed = original.ToBuilder()
            .Titled("Nowy tytuł")
            .AtRevision(2)
            .AddItem("extra", AgendaItemKind.Networking, "Rozmowy", new LocalTime(15, 0), new LocalTime(15, 30))
            .Build();

        Assert.Equal("Biblioteki w partnerstwach lokalnych – dobre praktyki", original.Title);
        Assert.Equal(1, original.Revision);
        Assert.Equal(7, original.Agenda.Count);
        Assert.Equal("Nowy tytuł", changed.Title);
        Assert.Equal(2, changed.Revision);
        Assert.Equal(8, changed.Agenda.Count);
        Assert.Equal(original.Id, changed.Id);
    }

    private static Event Everything() =>
        Samples.Prb2011()
            .WithSlug(new Slug("prb-wroclaw"))
            .OfKind(EventKind.Seminar)
            .RescheduledFrom(new EventTime(new LocalDateTime(2011, 11, 2, 10, 0), Offset.FromHours(1)))
            .InLanguage("pl-PL")
            .ForAudiences(Audience.LibrariansAndProfessionals)
            .On(Samples.Prb2011Date.PlusDays(1), new LocalTime(9, 0), new LocalTime(12, 0))
            .Repeats(new RecurrenceRule(RecurrenceFrequency.Yearly, count: 3))
            .CancelOccurrence(Samples.Prb2011Date.PlusYears(1))
            .Build();
}
