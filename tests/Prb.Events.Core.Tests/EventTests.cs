using NodaTime;
using Prb.Events.Tests.Support;

namespace Prb.Events.Tests;

public sealed class EventTests
{
    private static readonly LocalDate Date = new(2027, 6, 10);

    [Fact]
    public void Construction_WithoutZone_ThrowsArgumentForTimeZone()
    {
        var builder = Event.CreateBuilder(new EventId("e"), "Spotkanie").On(Date, new LocalTime(9, 0), new LocalTime(10, 0));

        var ex = Assert.Throws<ArgumentException>(builder.Build);

        Assert.Equal("timeZone", ex.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Construction_BlankZone_ThrowsArgumentForTimeZone(string zone)
    {
        var ex = Assert.Throws<ArgumentException>(() => Samples.OneDay(Date).InZone(zone).Build());

        Assert.Equal("timeZone", ex.ParamName);
    }

    [Fact]
    public void Construction_UnknownZone_IsLeftToValidation()
    {
        Assert.Equal("Mars/Olympus_Mons", Samples.OneDay(Date, "Mars/Olympus_Mons").Build().TimeZoneId);
    }

    [Fact]
    public void Construction_WithoutDays_ThrowsArgumentForDays()
    {
        var ex = Assert.Throws<ArgumentException>(() => Event.CreateBuilder(new EventId("e"), "Spotkanie").InZone("Europe/Warsaw").Build());

        Assert.Equal("days", ex.ParamName);
    }

    [Fact]
    public void Construction_RescheduledWithoutPreviousStart_ThrowsArgumentForRescheduledFrom()
    {
        var ex = Assert.Throws<ArgumentException>(() => Samples.OneDay(Date).WithStatus(EventStatus.Rescheduled).Build());

        Assert.Equal("rescheduledFrom", ex.ParamName);
    }

    [Fact]
    public void Construction_RescheduledWithPreviousStart_KeepsIt()
    {
        var previous = new EventTime(Date.PlusDays(-7).At(9));

        var e = Samples.OneDay(Date).RescheduledFrom(previous).Build();

        Assert.Equal(EventStatus.Rescheduled, e.Status);
        Assert.Equal(previous, e.RescheduledFrom);
    }

    [Fact]
    public void Construction_NullTitle_ThrowsArgumentNullForTitle()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Event.CreateBuilder(new EventId("e"), null!));

        Assert.Equal("title", ex.ParamName);
    }

    [Fact]
    public void Construction_BlankTitle_IsLeftToValidation()
    {
        Assert.Equal("  ", Samples.OneDay(Date).Titled("  ").Build().Title);
    }

    public static TheoryData<string, int> InvalidText => Text.InvalidIn("title", "edition", "description", "language", "tags");

    [Theory]
    [MemberData(nameof(InvalidText))]
    public void Construction_InvalidText_ThrowsArgumentForIt(string parameter, int sample)
    {
        var text = Text.Invalid[sample];
        var builder = Samples.OneDay(Date);
        _ = parameter switch
        {
            "title" => builder.Titled(text),
            "edition" => builder.Edition(text),
            "description" => builder.Described(text),
            "language" => builder.InLanguage(text),
            _ => builder.Tagged("PRB", text),
        };

        Text.AssertRejected(parameter, () => builder.Build());
    }

    public static TheoryData<string, int> ValidText => Text.ValidIn("title", "edition", "description", "tags");

    [Theory]
    [MemberData(nameof(ValidText))]
    public void Construction_ValidText_KeepsItExactly(string parameter, int sample)
    {
        var text = Text.Valid[sample];
        var builder = Samples.OneDay(Date);
        _ = parameter switch
        {
            "title" => builder.Titled(text),
            "edition" => builder.Edition(text),
            "description" => builder.Described(text),
            _ => builder.Tagged(text),
        };

        var e = builder.Build();

        Text.AssertKeptExactly(text, parameter switch
        {
            "title" => e.Title,
            "edition" => e.Edition,
            "description" => e.Description,
            _ => Assert.Single(e.Tags),
        });
    }

    [Theory]
    [InlineData("prb-2011-wroclaw", "prb-2011-wroclaw")]
    [InlineData("PRB_2011.Wroclaw", "prb-2011-wroclaw")]
    [InlineData("Konf~2027", "konf-2027")]
    public void Slug_NotGiven_IsMadeFromTheId(string id, string expected)
    {
        var e = Event.CreateBuilder(new EventId(id), "Konferencja").InZone("Europe/Warsaw")
            .On(Date, new LocalTime(9, 0), new LocalTime(10, 0)).Build();

        Assert.Equal(new Slug(expected), e.Slug);
    }

    [Fact]
    public void Slug_Given_IsKept()
    {
        Assert.Equal(new Slug("moja-konferencja"), Samples.OneDay(Date).WithSlug(new Slug("moja-konferencja")).Build().Slug);
    }

    [Fact]
    public void StartAndEnd_AreTheFirstDayStartAndLastDayEnd()
    {
        var e = Samples.OneDay(Date).On(Date.PlusDays(1), new LocalTime(10, 0), new LocalTime(14, 0)).Build();

        Assert.Equal(new EventTime(Date.At(9)), e.Start);
        Assert.Equal(new EventTime(Date.PlusDays(1).At(14)), e.End);
    }

    [Fact]
    public void FullTitle_WithEdition_JoinsThem()
    {
        var e = Samples.Prb2011().Build();

        Assert.Equal("Biblioteki w partnerstwach lokalnych – dobre praktyki. II Konferencja Regionalna PRB", e.FullTitle);
        Assert.Equal(e.FullTitle, e.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void FullTitle_WithoutEdition_IsTheTitle(string? edition)
    {
        Assert.Equal("Spotkanie testowe", Samples.OneDay(Date).Edition(edition).Build().FullTitle);
    }

    [Fact]
    public void FindPerson_ById_FindsTheDocumentsPerson()
    {
        var e = Samples.Prb2011().Build();

        Assert.Equal("Bogusław Bednarek", e.FindPerson(new PersonId("boguslaw-bednarek"))?.Name);
        Assert.Equal("Beata Jasiak", e.FindPerson(new PersonId("beata-jasiak"))?.Name);
        Assert.Null(e.FindPerson(new PersonId("nikt")));
    }

    [Fact]
    public void FindOrganizationName_LibrariesAndOrganisations_ShareOneIdSpace()
    {
        var e = Samples.Prb2011().Build();

        Assert.Equal("Dolnośląska Biblioteka Publiczna im. Tadeusza Mikulskiego we Wrocławiu", e.FindOrganizationName(new OrganizationId("dbp-wroclaw")));
        Assert.Equal("Fundacja Rozwoju Społeczeństwa Informacyjnego", e.FindOrganizationName(new OrganizationId("frsi")));
        Assert.Null(e.FindOrganizationName(new OrganizationId("nic")));
    }

    [Fact]
    public void FindAgendaItem_ById_FindsTheItem()
    {
        var e = Samples.Prb2011().Build();

        Assert.Equal(AgendaItemKind.AwardCeremony, e.FindAgendaItem(new AgendaItemId("awards"))?.Kind);
        Assert.Null(e.FindAgendaItem(new AgendaItemId("brak")));
    }

    [Fact]
    public void Lists_AreReadOnly()
    {
        var e = Samples.Prb2011().Build();

        Assert.Throws<NotSupportedException>(() => ((IList<AgendaItem>)e.Agenda).Add(e.Agenda[0]));
        Assert.Throws<NotSupportedException>(() => ((IList<Person>)e.People).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<string>)e.Tags).Add("x"));
        Assert.Throws<NotSupportedException>(() => ((IList<EventDay>)e.Days).RemoveAt(0));
    }

    [Fact]
    public void Defaults_ConferenceScheduledInPolishAtRevisionZero()
    {
        var e = Samples.OneDay(Date).Build();

        Assert.Equal(EventKind.Conference, e.Kind);
        Assert.Equal(EventStatus.Scheduled, e.Status);
        Assert.Equal("pl", e.Language);
        Assert.Equal(0, e.Revision);
        Assert.Null(e.RescheduledFrom);
        Assert.Null(e.Venue);
        Assert.Null(e.LastModified);
        Assert.Null(e.ProgrammeId);
        Assert.Empty(e.Agenda);
    }
}
