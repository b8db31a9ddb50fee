
namespace Prb.Events.Tests.Rules;

public sealed class ContactRulesTests
{
    [Theory]
    [InlineData("bjasiak@wbp.wroc.pl")]
    [InlineData("b.jasiak+prb@wbp.wroc.pl")]
    [InlineData("x@a.pl")]
    [InlineData("biuro_prb@frsi.org.pl")]
    public void IsValidEmail_PlainAddress_IsValid(string email) => Assert.True(ContactRules.IsValidEmail(email));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("bjasiak")]
    [InlineData("bjasiak@")]
    [InlineData("@wbp.wroc.pl")]
    [InlineData("bjasiak@localhost")]
    [InlineData("bjasiak@@wbp.wroc.pl")]
    [InlineData("b@jasiak@wbp.wroc.pl")]
    [InlineData("bjasiak@.wbp.pl")]
    [InlineData("bjasiak@wbp.pl.")]
    [InlineData("bjasiak@wbp..pl")]
    [InlineData("b jasiak@wbp.wroc.pl")]
    [InlineData("bjasiak@wbp.wroc.pl ")]
    [InlineData("Beata Jasiak <bjasiak@wbp.wroc.pl>")]
    [InlineData("\"bj\"@wbp.wroc.pl")]
    [InlineData("bj,asiak@wbp.wroc.pl")]
    [InlineData("bjasiak@[127.0.0.1]")]
    [InlineData("bjasiak@wbp.wroc.pl\n")]
    public void IsValidEmail_NotAPlainAddress_IsInvalid(string? email) => Assert.False(ContactRules.IsValidEmail(email));

    [Fact]
    public void IsValidEmail_LongerThan254_IsInvalid()
    {
        var domain = string.Join('.', Enumerable.Repeat(new string('a', 60), 3)) + ".wroc.pl";
        var at254 = new string('b', 254 - 1 - domain.Length) + "@" + domain;
        var at255 = "b" + at254;

        Assert.Equal(254, at254.Length);
        Assert.True(ContactRules.IsValidEmail(at254));
        Assert.False(ContactRules.IsValidEmail(at255));
    }

    [Theory]
    [InlineData("71 33 52 237")]
    [InlineData("+48 71 335 22 37")]
    [InlineData("(71) 335-22-37")]
    [InlineData("71/335.22.37")]
    [InlineData("123456")]
    [InlineData("+123456789012345")]
    public void IsValidPhone_AsPeopleWriteThem_IsValid(string phone) => Assert.True(ContactRules.IsValidPhone(phone));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12345")]
    [InlineData("1234567890123456")]
    [InlineData("71+335 22 37")]
    [InlineData("++48 71 335 22 37")]
    [InlineData("71 335 22 37 wew. 12")]
    [InlineData("tel. 71 335 22 37")]
    [InlineData("71_335_22_37")]
    [InlineData("٧١٣٣٥٢٢٣٧")]
    public void IsValidPhone_NotAPhoneNumber_IsInvalid(string? phone) => Assert.False(ContactRules.IsValidPhone(phone));
}
