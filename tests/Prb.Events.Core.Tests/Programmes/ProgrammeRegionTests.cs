
namespace Prb.Events.Tests.Programmes;

public sealed class ProgrammeRegionTests
{
    [Fact]
    public void Construction_KeepsValues()
    {
        var ids = new[] { new OrganizationId("bpmig-twardogora"), new OrganizationId("gbp-olesnica") };

        var region = new ProgrammeRegion(Voivodeship.Dolnoslaskie, 300, countIsApproximate: true, countIncludesBranches: true, ids);

        Assert.Equal(Voivodeship.Dolnoslaskie, region.Voivodeship);
        Assert.Equal(300, region.LibraryCount);
        Assert.True(region.CountIsApproximate);
        Assert.True(region.CountIncludesBranches);
        Assert.Equal(ids, region.LibraryIds);
    }

    [Fact]
    public void Construction_UnknownCount_IsAllowed()
    {
        var region = new ProgrammeRegion(Voivodeship.Lubuskie);

        Assert.Null(region.LibraryCount);
        Assert.Empty(region.LibraryIds);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-300)]
    public void Construction_CountNotPositive_ThrowsArgumentOutOfRangeForLibraryCount(int count)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ProgrammeRegion(Voivodeship.Lubuskie, count));

        Assert.Equal("libraryCount", ex.ParamName);
    }

    [Fact]
    public void Construction_UndefinedVoivodeship_ThrowsArgumentOutOfRangeForVoivodeship()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ProgrammeRegion((Voivodeship)(-1)));

        Assert.Equal("voivodeship", ex.ParamName);
    }
}
