using Prb.Events.Tests.Support;

namespace Prb.Events.Tests;

public sealed class OrganizationIdTests : IdContract<OrganizationId>
{
    private protected override OrganizationId Create(string value) => new(value);

    private protected override bool TryParse(string? value, out OrganizationId id) => OrganizationId.TryParse(value, out id);

    private protected override string ValueOf(OrganizationId id) => id.Value;
}
