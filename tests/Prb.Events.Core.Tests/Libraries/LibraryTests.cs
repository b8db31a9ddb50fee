using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.Libraries;

public sealed class LibraryTests
{
    private static readonly OrganizationId Id = new("filia-3");
    private static readonly OrganizationId ParentId = new("mbp-wroclaw");

    [Fact]
    public void Construction_KeepsValues()
    {
        var municipality = Samples.Wroclaw();
        var address = Samples.DbpAddress();

        var library = new Library(new OrganizationId("dbp-wroclaw"),
            "Dolnośląska Biblioteka Publiczna im. Tadeusza Mikulskiego we Wrocławiu", LibraryKind.Voivodeship, municipality,
            "DBP", "im. Tadeusza Mikulskiego", null, address, new Uri("https://www.wbp.wroc.pl/"), new PersonId("andrzej-ociepa"));

        Assert.Equal(new OrganizationId("dbp-wroclaw"), library.Id);
        Assert.Equal("Dolnośląska Biblioteka Publiczna im. Tadeusza Mikulskiego we Wrocławiu", library.OfficialName);
        Assert.Equal(LibraryKind.Voivodeship, library.Kind);
        Assert.Same(municipality, library.Municipality);
        Assert.Equal(Voivodeship.Dolnoslaskie, library.Voivodeship);
        Assert.Equal("DBP", library.ShortName);
        Assert.Equal("im. Tadeusza Mikulskiego", library.Patron);
        Assert.Null(library.ParentId);
        Assert.Same(address, library.Address);
        Assert.Equal(new Uri("https://www.wbp.wroc.pl/"), library.Url);
        Assert.Equal(new PersonId("andrzej-ociepa"), library.DirectorId);
        Assert.Equal(library.OfficialName, library.ToString());
    }

    [Fact]
    public void Construction_BranchWithParent_KeepsParent()
    {
        var branch = new Library(Id, "Filia nr 3", LibraryKind.Branch, Samples.Wroclaw(), parentId: ParentId);

        Assert.Equal(ParentId, branch.ParentId);
    }

    [Fact]
    public void Construction_BranchWithoutParent_ThrowsArgumentForParentId()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Library(Id, "Filia nr 3", LibraryKind.Branch, Samples.Wroclaw()));

        Assert.Equal("parentId", ex.ParamName);
    }

    [Theory]
    [InlineData(LibraryKind.Voivodeship)]
    [InlineData(LibraryKind.County)]
    [InlineData(LibraryKind.Municipal)]
    [InlineData(LibraryKind.MunicipalRural)]
    [InlineData(LibraryKind.Rural)]
    public void Construction_NotABranchWithParent_ThrowsArgumentForParentId(LibraryKind kind)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Library(Id, "Biblioteka", kind, Samples.Wroclaw(), parentId: ParentId));

        Assert.Equal("parentId", ex.ParamName);
    }

    [Fact]
    public void Construction_OwnParent_ThrowsArgumentForParentId()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Library(Id, "Filia", LibraryKind.Branch, Samples.Wroclaw(), parentId: Id));

        Assert.Equal("parentId", ex.ParamName);
    }

    [Fact]
    public void Construction_UndefinedKind_ThrowsArgumentOutOfRangeForKind()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Library(Id, "Biblioteka", (LibraryKind)6, Samples.Wroclaw()));

        Assert.Equal("kind", ex.ParamName);
    }

    [Fact]
    public void Construction_NullName_ThrowsArgumentNullForOfficialName()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new Library(Id, null!, LibraryKind.Rural, Samples.Wroclaw()));

        Assert.Equal("officialName", ex.ParamName);
    }

    [Fact]
    public void Construction_NullMunicipality_ThrowsArgumentNullForMunicipality()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new Library(Id, "Biblioteka", LibraryKind.Rural, null!));

        Assert.Equal("municipality", ex.ParamName);
    }

    [Fact]
    public void Construction_RelativeUrl_ThrowsArgumentForUrl()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new Library(Id, "Biblioteka", LibraryKind.Rural, Samples.Wroclaw(), url: new Uri("/biblioteka", UriKind.Relative)));

        Assert.Equal("url", ex.ParamName);
    }

    public static TheoryData<string, int> InvalidText => Text.InvalidIn("officialName", "shortName", "patron");

    [Theory]
    [MemberData(nameof(InvalidText))]
    public void Construction_InvalidText_ThrowsArgumentForIt(string parameter, int sample)
    {
        Text.AssertRejected(parameter, () => Make(parameter, Text.Invalid[sample]));
    }

    public static TheoryData<string, int> ValidText => Text.ValidIn("officialName", "shortName", "patron");

    [Theory]
    [MemberData(nameof(ValidText))]
    public void Construction_ValidText_KeepsItExactly(string parameter, int sample)
    {
        var text = Text.Valid[sample];
        var library = Make(parameter, text);

        Text.AssertKeptExactly(text, parameter switch
        {
            "officialName" => library.OfficialName,
            "shortName" => library.ShortName,
            _ => library.Patron,
        });
    }

    private static Library Make(string parameter, string text) => new(Id,
        parameter == "officialName" ? text : "Biblioteka",
        LibraryKind.Rural, Samples.Wroclaw(),
        parameter == "shortName" ? text : null,
        parameter == "patron" ? text : null);
}
