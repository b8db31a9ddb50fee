namespace Prb.Events.Hosting;

/// <summary>The outcome of a write to an <see cref="IEventStore"/>: conflicts are results, not exceptions.</summary>
public sealed class EventStoreResult
{
    /// <summary>Initializes a result.</summary>
    /// <param name="status">What the write did.</param>
    /// <param name="slug">The slug of the event written, or meant to be.</param>
    /// <param name="version">The version stored now: the new one after a creation or a replacement, the current one
    /// after a conflict or when the event exists already; null after a deletion and when there is no such event.</param>
    /// <param name="diagnostics">The validation diagnostics of the event written, or the errors that kept it out.</param>
    public EventStoreResult(EventStoreStatus status, Slug slug, EventStoreVersion? version, IReadOnlyList<Diagnostic>? diagnostics = null)
    {
        Status = status;
        Slug = slug;
        Version = version;
        Diagnostics = diagnostics ?? [];
    }

    /// <summary>Gets what the write did.</summary>
    public EventStoreStatus Status { get; }

    /// <summary>Gets whether the event was written: created, replaced or deleted.</summary>
    public bool Succeeded => Status is EventStoreStatus.Created or EventStoreStatus.Replaced or EventStoreStatus.Deleted;

    /// <summary>Gets the slug of the event written, or meant to be.</summary>
    public Slug Slug { get; }

    /// <summary>Gets the version stored now, or null when there is none.</summary>
    public EventStoreVersion? Version { get; }

    /// <summary>Gets the validation diagnostics of the event written (warnings), or the errors that kept it out.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Status} {Slug} (version {Version?.Value ?? "none"})";
}
