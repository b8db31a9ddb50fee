using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.Programmes;

public sealed class ProgrammeTests
{
    private static readonly ProgrammeId Id = new("prb");
    private static readonly OrganizationId Frsi = new("frsi");

    [Fact]
    public void Construction_KeepsValues()
    {
        var regions = new[] { new ProgrammeRegion(Voivodeship.Dolnoslaskie, 300, true, true) };

        var programme = new Programme(Id, "Program Rozwoju Bibliotek", Frsi, "PRB", ["cel 1", "cel 2"], regions,
            new Uri("https://www.biblioteki.org/"));

        Assert.Equal(Id, programme.Id);
        Assert.Equal("Program Rozwoju Bibliotek", programme.Name);
        Assert.Equal(Frsi, programme.OperatorId);
        Assert.Equal("PRB", programme.ShortName);
        Assert.Equal(["cel 1", "cel 2"], programme.Goals);
        Assert.Equal(regions, programme.Regions);
        Assert.Equal(new Uri("https://www.biblioteki.org/"), programme.Url);
        Assert.Equal("Program Rozwoju Bibliotek", programme.ToString());
    }

    [Fact]
    public void Construction_Defaults_AreEmpty()
    {
        var programme = new Programme(Id, "PRB", Frsi);

        Assert.Empty(programme.Goals);
        Assert.Empty(programme.Regions);
    }

    [Fact]
    public void Construction_NullName_ThrowsArgumentNullForName()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new Programme(Id, null!, Frsi));

        Assert.Equal("name", ex.ParamName);
    }

    [Fact]
    public void Construction_NullGoal_ThrowsArgumentForGoals()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Programme(Id, "PRB", Frsi, goals: ["cel", null!]));

        Assert.Equal("goals", ex.ParamName);
    }

    [Fact]
    public void Construction_NullRegion_ThrowsArgumentForRegions()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Programme(Id, "PRB", Frsi, regions: [null!]));

        Assert.Equal("regions", ex.ParamName);
    }

    [Fact]
    public void Construction_RelativeUrl_ThrowsArgumentForUrl()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Programme(Id, "PRB", Frsi, url: new Uri("prb", UriKind.Relative)));

        Assert.Equal("url", ex.ParamName);
    }

    public static TheoryData<string, int> InvalidText => Text.InvalidIn("name", "shortName", "goals");

    [Theory]
    [MemberData(nameof(InvalidText))]
    public void Construction_InvalidText_ThrowsArgumentForIt(string parameter, int sample)
    {
        var text = Text.Invalid[sample];
        Text.AssertRejected(parameter, () => new Programme(Id, parameter == "name" ? text : "PRB", Frsi,
            parameter == "shortName" ? text : null, parameter == "goals" ? ["cel", text] : null));
    }

    public static TheoryData<string, int> ValidText => Text.ValidIn("name", "goals");

    [Theory]
    [MemberData(nameof(ValidText))]
    public void Construction_ValidText_KeepsItExactly(string parameter, int sample)
    {
        var text = Text.Valid[sample];
        var programme = new Programme(Id, parameter == "name" ? text : "PRB", Frsi, goals: parameter == "goals" ? [text] : null);

        Text.AssertKeptExactly(text, parameter == "name" ? programme.Name : programme.Goals[0]);
    }
}
