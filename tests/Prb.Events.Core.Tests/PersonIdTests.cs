using Prb.Events.Tests.Support;

namespace Prb.Events.Tests;

public sealed class PersonIdTests : IdContract<PersonId>
{
    private protected override PersonId Create(string value) => new(value);

    private protected override bool TryParse(string? value, out PersonId id) => PersonId.TryParse(value, out id);

    private protected override string ValueOf(PersonId id) => id.Value;
}
