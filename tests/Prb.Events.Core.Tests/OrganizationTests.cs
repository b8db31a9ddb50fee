using Prb.Events.Tests.Support;

namespace Prb.Events.Tests;

public sealed class OrganizationTests
{
    [Fact]
    public void Construction_KeepsValues()
    {
        var address = new PostalAddress("ul. Marszałkowska 6/6", "00-590", "Warszawa", "mazowieckie");
        var org = new Organization(new OrganizationId("frsi"), "Fundacja Rozwoju Społeczeństwa Informacyjnego", OrganizationKind.Foundation,
            "FRSI", new Uri("https://www.frsi.org.pl/"), address);

        Assert.Equal(new OrganizationId("frsi"), org.Id);
        Assert.Equal("Fundacja Rozwoju Społeczeństwa Informacyjnego", org.Name);
        Assert.Equal(OrganizationKind.Foundation, org.Kind);
        Assert.Equal("FRSI", org.ShortName);
        Assert.Equal(new Uri("https://www.frsi.org.pl/"), org.Url);
        Assert.Same(address, org.Address);
        Assert.Equal("Fundacja Rozwoju Społeczeństwa Informacyjnego", org.ToString());
    }

    [Fact]
    public void Construction_NullName_ThrowsArgumentNullForName()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new Organization(new OrganizationId("x"), null!, OrganizationKind.Other));

        Assert.Equal("name", ex.ParamName);
    }

    [Fact]
    public void Construction_UndefinedKind_ThrowsArgumentOutOfRangeForKind()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Organization(new OrganizationId("x"), "X", (OrganizationKind)(-1)));

        Assert.Equal("kind", ex.ParamName);
    }

    [Fact]
    public void Construction_RelativeUrl_ThrowsArgumentForUrl()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new Organization(new OrganizationId("x"), "X", OrganizationKind.Other, url: new Uri("frsi.org.pl", UriKind.Relative)));

        Assert.Equal("url", ex.ParamName);
    }

    public static TheoryData<string, int> InvalidText => Text.InvalidIn("name", "shortName");

    [Theory]
    [MemberData(nameof(InvalidText))]
    public void Construction_InvalidText_ThrowsArgumentForIt(string parameter, int sample)
    {
        var text = Text.Invalid[sample];
        Text.AssertRejected(parameter, () => new Organization(new OrganizationId("x"),
            parameter == "name" ? text : "X", OrganizationKind.Other, parameter == "shortName" ? text : null));
    }

    public static TheoryData<string, int> ValidText => Text.ValidIn("name", "shortName");

    [Theory]
    [MemberData(nameof(ValidText))]
    public void Construction_ValidText_KeepsItExactly(string parameter, int sample)
    {
        var text = Text.Valid[sample];
        var org = new Organization(new OrganizationId("x"), parameter == "name" ? text : "X", OrganizationKind.Other,
            parameter == "shortName" ? text : null);

        Text.AssertKeptExactly(text, parameter == "name" ? org.Name : org.ShortName);
    }
}
