using Prb.Events.Tests.Support;

namespace Prb.Events.Tests;

public sealed class ProgrammeIdTests : IdContract<ProgrammeId>
{
    private protected override ProgrammeId Create(string value) => new(value);

    private protected override bool TryParse(string? value, out ProgrammeId id) => ProgrammeId.TryParse(value, out id);

    private protected override string ValueOf(ProgrammeId id) => id.Value;
}
