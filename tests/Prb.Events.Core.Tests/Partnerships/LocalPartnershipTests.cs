using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.Partnerships;

public sealed class LocalPartnershipTests
{
    private static readonly PartnershipId Id = new("koalicja-twardogora");
    private static readonly OrganizationId Library = new("bpmig-twardogora");

    [Fact]
    public void Construction_KeepsValues()
    {
        var municipality = Samples.Twardogora();
        var members = new[] { new PartnershipMember("Urząd Miasta i Gminy", PartnerSector.LocalGovernment) };

        var partnership = new LocalPartnership(Id, "Gminna Koalicja na Rzecz Biblioteki", Library, municipality, members);

        Assert.Equal(Id, partnership.Id);
        Assert.Equal("Gminna Koalicja na Rzecz Biblioteki", partnership.Name);
        Assert.Equal(Library, partnership.LibraryId);
        Assert.Same(municipality, partnership.Municipality);
        Assert.Equal(members, partnership.Members);
        Assert.Equal("Gminna Koalicja na Rzecz Biblioteki", partnership.ToString());
    }

    [Fact]
    public void Construction_NullName_ThrowsArgumentNullForName()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new LocalPartnership(Id, null!, Library, Samples.Twardogora()));

        Assert.Equal("name", ex.ParamName);
    }

    [Fact]
    public void Construction_NullMunicipality_ThrowsArgumentNullForMunicipality()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new LocalPartnership(Id, "Koalicja", Library, null!));

        Assert.Equal("municipality", ex.ParamName);
    }

    [Fact]
    public void Construction_NullMember_ThrowsArgumentForMembers()
    {
        var ex = Assert.Throws<ArgumentException>(() => new LocalPartnership(Id, "Koalicja", Library, Samples.Twardogora(), [null!]));

        Assert.Equal("members", ex.ParamName);
    }

    public static TheoryData<string, int> InvalidText => Text.InvalidIn("name");

    [Theory]
    [MemberData(nameof(InvalidText))]
    public void Construction_InvalidText_ThrowsArgumentForIt(string parameter, int sample)
    {
        Text.AssertRejected(parameter, () => new LocalPartnership(Id, Text.Invalid[sample], Library, Samples.Twardogora()));
    }
}
