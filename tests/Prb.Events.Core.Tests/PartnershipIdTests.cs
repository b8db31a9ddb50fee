using Prb.Events.Tests.Support;

namespace Prb.Events.Tests;

public sealed class PartnershipIdTests : IdContract<PartnershipId>
{
    private protected override PartnershipId Create(string value) => new(value);

    private protected override bool TryParse(string? value, out PartnershipId id) => PartnershipId.TryParse(value, out id);

    private protected override string ValueOf(PartnershipId id) => id.Value;
}
