namespace Prb.Events.PostgreSql;

/// <summary>The outcome of a write to <see cref="PostgreSqlEventStore"/>: conflicts are results, not exceptions.</summary>
public sealed class EventWriteResult
{
    internal EventWriteResult(EventWriteStatus status, Slug slug, long? version, IReadOnlyList<Diagnostic>? diagnostics = null)
    {
        Status = status;
        Slug = slug;
        Version = version;
        Diagnostics = diagnostics ?? [];
    }

    /// <summary>Gets what the write did.</summary>
    public EventWriteStatus Status { get; }

    /// <summary>Gets whether the event was written: created, replaced or deleted.</summary>
    public bool Succeeded => Status is EventWriteStatus.Created or EventWriteStatus.Replaced or EventWriteStatus.Deleted;

    /// <summary>Gets the slug of the event written, or meant to be.</summary>
    public Slug Slug { get; }

    /// <summary>Gets the version stored now: the new one after a creation or a replacement, the current one after a
    /// conflict or when the event exists already; null after a deletion and when there is no such event.</summary>
    public long? Version { get; }

    /// <summary>Gets the validation diagnostics of the event written (warnings), or the errors that kept it out.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the entity tag of <see cref="Version"/> (<c>"42"</c>), or null when there is none.</summary>
    public string? ETag => Version is { } version ? StoredEvent.ETagOf(version) : null;

    /// <inheritdoc />
    public override string ToString() => $"{Status} {Slug} (version {Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"})";
}
