using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.Contests;

public sealed class ContestEntryTests
{
    [Fact]
    public void Construction_KeepsValues()
    {
        var result = new ContestResult(1);

        var entry = new ContestEntry(new ContestEntryId("twardogora"), new OrganizationId("bpmig-twardogora"), "Pejzaże znad Skoryni",
            new PartnershipId("koalicja"), result, new PersonId("laureatka"), "projekt fotograficzny");

        Assert.Equal(new ContestEntryId("twardogora"), entry.Id);
        Assert.Equal(new OrganizationId("bpmig-twardogora"), entry.LibraryId);
        Assert.Equal("Pejzaże znad Skoryni", entry.ProjectTitle);
        Assert.Equal(new PartnershipId("koalicja"), entry.PartnershipId);
        Assert.Same(result, entry.Result);
        Assert.Equal(new PersonId("laureatka"), entry.ReceivedById);
        Assert.Equal("projekt fotograficzny", entry.Description);
    }

    [Fact]
    public void Construction_NullTitle_ThrowsArgumentNullForProjectTitle()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new ContestEntry(new ContestEntryId("a"), new OrganizationId("l"), null!));

        Assert.Equal("projectTitle", ex.ParamName);
    }

    public static TheoryData<string, int> InvalidText => Text.InvalidIn("projectTitle", "description");

    [Theory]
    [MemberData(nameof(InvalidText))]
    public void Construction_InvalidText_ThrowsArgumentForIt(string parameter, int sample)
    {
        var text = Text.Invalid[sample];
        Text.AssertRejected(parameter, () => new ContestEntry(new ContestEntryId("a"), new OrganizationId("l"),
            parameter == "projectTitle" ? text : "Projekt", description: parameter == "description" ? text : null));
    }

    public static TheoryData<string, int> ValidText => Text.ValidIn("projectTitle");

    [Theory]
    [MemberData(nameof(ValidText))]
    public void Construction_ValidText_KeepsItExactly(string parameter, int sample)
    {
        Assert.Equal("projectTitle", parameter);
        var text = Text.Valid[sample];
        Text.AssertKeptExactly(text, new ContestEntry(new ContestEntryId("a"), new OrganizationId("l"), text).ProjectTitle);
    }
}
