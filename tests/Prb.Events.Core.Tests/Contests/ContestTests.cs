using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.Contests;

public sealed class ContestTests
{
    private static readonly ContestId Id = new("dobre-praktyki-2011");
    private static readonly OrganizationId Frsi = new("frsi");

    [Fact]
    public void Construction_KeepsValues()
    {
        var entries = new[] { Entry("a", null) };
        var presentation = new AwardPresentation(new AgendaItemId("awards"));

        var contest = new Contest(Id, "Dobre praktyki w bibliotece", Frsi, "2011", new ProgrammeId("prb"), entries, presentation, "opis");

        Assert.Equal(Id, contest.Id);
        Assert.Equal("Dobre praktyki w bibliotece", contest.Name);
        Assert.Equal(Frsi, contest.OrganizerId);
        Assert.Equal("2011", contest.Edition);
        Assert.Equal(new ProgrammeId("prb"), contest.ProgrammeId);
        Assert.Equal(entries, contest.Entries);
        Assert.Same(presentation, contest.Presentation);
        Assert.Equal("opis", contest.Description);
        Assert.Equal("Dobre praktyki w bibliotece", contest.ToString());
    }

    [Fact]
    public void Laureates_OnlyEntriesWithResults_BestPlaceFirst_DistinctionsLast()
    {
        var third = Entry("third", new ContestResult(3));
        var none = Entry("none", null);
        var distinction = Entry("distinction", new ContestResult(distinction: "wyróżnienie"));
        var first = Entry("first", new ContestResult(1, prize: "nagroda pieniężna"));

        var contest = new Contest(Id, "Konkurs", Frsi, entries: [third, none, distinction, first]);

        Assert.Equal([first, third, distinction], contest.Laureates);
    }

    [Fact]
    public void Construction_NullName_ThrowsArgumentNullForName()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new Contest(Id, null!, Frsi));

        Assert.Equal("name", ex.ParamName);
    }

    [Fact]
    public void Construction_NullEntry_ThrowsArgumentForEntries()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Contest(Id, "Konkurs", Frsi, entries: [Entry("a", null), null!]));

        Assert.Equal("entries", ex.ParamName);
    }

    public static TheoryData<string, int> InvalidText => Text.InvalidIn("name", "edition", "description");

    [Theory]
    [MemberData(nameof(InvalidText))]
    public void Construction_InvalidText_ThrowsArgumentForIt(string parameter, int sample)
    {
        var text = Text.Invalid[sample];
        Text.AssertRejected(parameter, () => new Contest(Id, parameter == "name" ? text : "Konkurs", Frsi,
            parameter == "edition" ? text : null, description: parameter == "description" ? text : null));
    }

    private static ContestEntry Entry(string id, ContestResult? result) =>
        new(new ContestEntryId(id), new OrganizationId("lib-" + id), "Projekt " + id, result: result);
}
