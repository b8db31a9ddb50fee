using Prb.Events;
using Prb.Events.Export;

namespace Prb.Events.Testing;

/// <summary>Synchronous calls of the asynchronous export contract, for tests that check bytes and exceptions.</summary>
internal static class ExportFormatTestExtensions
{
    /// <summary>Writes one event and waits; the format's own exception is rethrown as it is.</summary>
    public static void Write(this IEventExportFormat format, Event @event, Stream destination) =>
        format.WriteEventAsync(@event, destination).AsTask().GetAwaiter().GetResult();
}
