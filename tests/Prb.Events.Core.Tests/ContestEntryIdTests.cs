using Prb.Events.Tests.Support;

namespace Prb.Events.Tests;

public sealed class ContestEntryIdTests : IdContract<ContestEntryId>
{
    private protected override ContestEntryId Create(string value) => new(value);

    private protected override bool TryParse(string? value, out ContestEntryId id) => ContestEntryId.TryParse(value, out id);

    private protected override string ValueOf(ContestEntryId id) => id.Value;
}
