using Prb.Events.Tests.Support;

namespace Prb.Events.Tests;

public sealed class ContactTests
{
    private static readonly PersonId Jasiak = new("beata-jasiak");

    [Fact]
    public void Construction_KeepsValuesAsWritten()
    {
        var contact = new Contact(Jasiak, ContactRole.RegionalCoordinator, "koordynator regionalny", "71 33 52 237", "bjasiak@wbp.wroc.pl");

        Assert.Equal(Jasiak, contact.PersonId);
        Assert.Equal(ContactRole.RegionalCoordinator, contact.Role);
        Assert.Equal("koordynator regionalny", contact.RoleTitle);
        Assert.Equal("71 33 52 237", contact.Phone);
        Assert.Equal("bjasiak@wbp.wroc.pl", contact.Email);
    }

    [Fact]
    public void Construction_InvalidPhoneAndEmail_AreKeptForValidationToReport()
    {
        var contact = new Contact(Jasiak, ContactRole.General, phone: "zadzwoń", email: "nie-adres");

        Assert.Equal("zadzwoń", contact.Phone);
        Assert.Equal("nie-adres", contact.Email);
    }

    [Fact]
    public void Construction_UndefinedRole_ThrowsArgumentOutOfRangeForRole()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Contact(Jasiak, (ContactRole)42));

        Assert.Equal("role", ex.ParamName);
    }

    public static TheoryData<string, int> InvalidText => Text.InvalidIn("roleTitle", "phone", "email");

    [Theory]
    [MemberData(nameof(InvalidText))]
    public void Construction_InvalidText_ThrowsArgumentForIt(string parameter, int sample)
    {
        var text = Text.Invalid[sample];
        Text.AssertRejected(parameter, () => new Contact(Jasiak, ContactRole.General,
            parameter == "roleTitle" ? text : null, parameter == "phone" ? text : null, parameter == "email" ? text : null));
    }

    public static TheoryData<string, int> ValidText => Text.ValidIn("roleTitle");

    [Theory]
    [MemberData(nameof(ValidText))]
    public void Construction_ValidText_KeepsItExactly(string parameter, int sample)
    {
        Assert.Equal("roleTitle", parameter);
        Text.AssertKeptExactly(Text.Valid[sample], new Contact(Jasiak, ContactRole.General, Text.Valid[sample]).RoleTitle);
    }
}
