using NodaTime;
using Prb.Events.Hosting;

namespace Prb.Events.AspNet.Tests.TestSupport;

/// <summary>An event store that holds one document and answers each write with the status it is given: the outcomes
/// a real store gives only under a race (another writer between the read and the write) or by its own checks.</summary>
public sealed class ScriptedEventStore(byte[]? document) : IEventStore
{
    public EventStoreStatus WriteStatus { get; init; } = EventStoreStatus.Conflict;

    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    public int Writes { get; private set; }

    public Task<StoredEventDocument?> GetAsync(Slug slug, CancellationToken cancellationToken = default) =>
        Task.FromResult(document is null ? null : new StoredEventDocument(slug, document, new EventStoreVersion("v1"), Instant.FromUtc(2011, 11, 8, 12, 0)));

    public Task<EventStoreResult> CreateAsync(Event @event, CancellationToken cancellationToken = default) => Write(@event.Slug);

    public Task<EventStoreResult> ReplaceAsync(Event @event, EventStoreVersion expectedVersion, CancellationToken cancellationToken = default) =>
        Write(@event.Slug);

    public Task<EventStoreResult> DeleteAsync(Slug slug, EventStoreVersion expectedVersion, CancellationToken cancellationToken = default) =>
        Write(slug);

    private Task<EventStoreResult> Write(Slug slug)
    {
        Writes++;
        return Task.FromResult(new EventStoreResult(WriteStatus, slug, new EventStoreVersion("v2"), Diagnostics));
    }
}
