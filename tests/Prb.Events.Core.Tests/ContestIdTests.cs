using Prb.Events.Tests.Support;

namespace Prb.Events.Tests;

public sealed class ContestIdTests : IdContract<ContestId>
{
    private protected override ContestId Create(string value) => new(value);

    private protected override bool TryParse(string? value, out ContestId id) => ContestId.TryParse(value, out id);

    private protected override string ValueOf(ContestId id) => id.Value;
}
