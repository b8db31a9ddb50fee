using Prb.Events.Tests.Support;

namespace Prb.Events.Tests;

public sealed class AgendaItemIdTests : IdContract<AgendaItemId>
{
    private protected override AgendaItemId Create(string value) => new(value);

    private protected override bool TryParse(string? value, out AgendaItemId id) => AgendaItemId.TryParse(value, out id);

    private protected override string ValueOf(AgendaItemId id) => id.Value;
}
