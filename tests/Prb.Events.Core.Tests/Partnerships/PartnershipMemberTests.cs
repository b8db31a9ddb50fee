using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.Partnerships;

public sealed class PartnershipMemberTests
{
    [Fact]
    public void Construction_Organisation_KeepsValues()
    {
        var member = new PartnershipMember("Szkoła Podstawowa nr 1", PartnerSector.School, organizationId: new OrganizationId("sp1"),
            contribution: "zajęcia czytelnicze");

        Assert.Equal("Szkoła Podstawowa nr 1", member.Name);
        Assert.Equal(PartnerSector.School, member.Sector);
        Assert.Null(member.PersonId);
        Assert.Equal(new OrganizationId("sp1"), member.OrganizationId);
        Assert.Equal("zajęcia czytelnicze", member.Contribution);
    }

    [Fact]
    public void Construction_Person_KeepsValues()
    {
        var member = new PartnershipMember("Maria Kowalska", PartnerSector.Individual, new PersonId("laureatka"));

        Assert.Equal(new PersonId("laureatka"), member.PersonId);
        Assert.Null(member.OrganizationId);
    }

    [Fact]
    public void Construction_PersonAndOrganisation_ThrowsArgumentForOrganizationId()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new PartnershipMember("X", PartnerSector.Other, new PersonId("p"), new OrganizationId("o")));

        Assert.Equal("organizationId", ex.ParamName);
    }

    [Fact]
    public void Construction_UndefinedSector_ThrowsArgumentOutOfRangeForSector()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PartnershipMember("X", (PartnerSector)8));

        Assert.Equal("sector", ex.ParamName);
    }

    [Fact]
    public void Construction_NullName_ThrowsArgumentNullForName()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new PartnershipMember(null!, PartnerSector.Ngo));

        Assert.Equal("name", ex.ParamName);
    }

    public static TheoryData<string, int> InvalidText => Text.InvalidIn("name", "contribution");

    [Theory]
    [MemberData(nameof(InvalidText))]
    public void Construction_InvalidText_ThrowsArgumentForIt(string parameter, int sample)
    {
        var text = Text.Invalid[sample];
        Text.AssertRejected(parameter, () => new PartnershipMember(parameter == "name" ? text : "X", PartnerSector.Ngo,
            contribution: parameter == "contribution" ? text : null));
    }
}
