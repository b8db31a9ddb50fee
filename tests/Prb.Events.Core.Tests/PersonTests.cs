using Prb.Events.Tests.Support;

namespace Prb.Events.Tests;

public sealed class PersonTests
{
    [Fact]
    public void Construction_KeepsValues()
    {
        var dbp = new OrganizationId("dbp-wroclaw");
        var person = new Person(new PersonId("andrzej-ociepa"), "Andrzej Ociepa", "mgr", "dyrektor", dbp, "DBP we Wrocławiu");

        Assert.Equal(new PersonId("andrzej-ociepa"), person.Id);
        Assert.Equal("Andrzej Ociepa", person.Name);
        Assert.Equal("mgr", person.Honorific);
        Assert.Equal("dyrektor", person.JobTitle);
        Assert.Equal(dbp, person.AffiliationId);
        Assert.Equal("DBP we Wrocławiu", person.Affiliation);
    }

    [Fact]
    public void DisplayName_WithHonorific_PutsItFirst()
    {
        var person = new Person(new PersonId("boguslaw-bednarek"), "Bogusław Bednarek", honorific: "dr");

        Assert.Equal("dr Bogusław Bednarek", person.DisplayName);
        Assert.Equal("dr Bogusław Bednarek", person.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void DisplayName_WithoutHonorific_IsTheName(string? honorific)
    {
        Assert.Equal("Beata Jasiak", new Person(new PersonId("bj"), "Beata Jasiak", honorific).DisplayName);
    }

    [Fact]
    public void Construction_NullName_ThrowsArgumentNullForName()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new Person(new PersonId("x"), null!));

        Assert.Equal("name", ex.ParamName);
    }

    public static TheoryData<string, int> InvalidText => Text.InvalidIn("name", "honorific", "jobTitle", "affiliation");

    [Theory]
    [MemberData(nameof(InvalidText))]
    public void Construction_InvalidText_ThrowsArgumentForIt(string parameter, int sample)
    {
        Text.AssertRejected(parameter, () => Make(parameter, Text.Invalid[sample]));
    }

    public static TheoryData<string, int> ValidText => Text.ValidIn("name", "honorific", "jobTitle", "affiliation");

    [Theory]
    [MemberData(nameof(ValidText))]
    public void Construction_ValidText_KeepsItExactly(string parameter, int sample)
    {
        var text = Text.Valid[sample];
        var person = Make(parameter, text);

        Text.AssertKeptExactly(text, parameter switch
        {
            "name" => person.Name,
            "honorific" => person.Honorific,
            "jobTitle" => person.JobTitle,
            _ => person.Affiliation,
        });
    }

    private static Person Make(string parameter, string text) => new(
        new PersonId("p"),
        parameter == "name" ? text : "Jan Kowalski",
        parameter == "honorific" ? text : null,
        parameter == "jobTitle" ? text : null,
        affiliation: parameter == "affiliation" ? text : null);
}
