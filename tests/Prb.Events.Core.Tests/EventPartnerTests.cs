using Prb.Events.Tests.Support;

namespace Prb.Events.Tests;

public sealed class EventPartnerTests
{
    [Fact]
    public void Construction_KeepsValues()
    {
        var partner = new EventPartner(new OrganizationId("sbp"), PartnerRole.HonoraryPatron, "Partner wspierający SBP");

        Assert.Equal(new OrganizationId("sbp"), partner.OrganizationId);
        Assert.Equal(PartnerRole.HonoraryPatron, partner.Role);
        Assert.Equal("Partner wspierający SBP", partner.Description);
    }

    [Fact]
    public void Construction_UndefinedRole_ThrowsArgumentOutOfRangeForRole()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new EventPartner(new OrganizationId("sbp"), (PartnerRole)99));

        Assert.Equal("role", ex.ParamName);
    }

    public static TheoryData<string, int> InvalidText => Text.InvalidIn("description");

    [Theory]
    [MemberData(nameof(InvalidText))]
    public void Construction_InvalidText_ThrowsArgumentForIt(string parameter, int sample)
    {
        Text.AssertRejected(parameter, () => new EventPartner(new OrganizationId("sbp"), PartnerRole.Partner, Text.Invalid[sample]));
    }
}
