using Prb.Events.Tests.Support;

namespace Prb.Events.Tests;

public sealed class EventIdTests : IdContract<EventId>
{
    private protected override EventId Create(string value) => new(value);

    private protected override bool TryParse(string? value, out EventId id) => EventId.TryParse(value, out id);

    private protected override string ValueOf(EventId id) => id.Value;
}
