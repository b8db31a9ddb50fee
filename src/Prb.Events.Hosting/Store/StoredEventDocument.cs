using NodaTime;

namespace Prb.Events.Hosting;

/// <summary>One event as an <see cref="IEventStore"/> holds it: the bytes of its JSON document, its version and when it
/// last changed.</summary>
public sealed class StoredEventDocument
{
    private readonly byte[] _document;

    /// <summary>Initializes a stored document.</summary>
    /// <param name="slug">The event's slug.</param>
    /// <param name="document">The UTF-8 JSON document, as stored; the array is kept, not copied.</param>
    /// <param name="version">The store's version of it.</param>
    /// <param name="lastModified">When it last changed: the event's own <see cref="Event.LastModified"/> when set,
    /// else the time the store recorded for the write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public StoredEventDocument(Slug slug, byte[] document, EventStoreVersion version, Instant lastModified)
    {
        ArgumentNullException.ThrowIfNull(document);
        Slug = slug;
        _document = document;
        Version = version;
        LastModified = lastModified;
    }

    /// <summary>Gets the event's slug.</summary>
    public Slug Slug { get; }

    /// <summary>Gets the UTF-8 JSON document, byte for byte as stored.</summary>
    public ReadOnlyMemory<byte> Document => _document;

    /// <summary>Gets the store's version of the document.</summary>
    public EventStoreVersion Version { get; }

    /// <summary>Gets when the event last changed.</summary>
    public Instant LastModified { get; }

    /// <summary>Reads the document.</summary>
    /// <returns>The event.</returns>
    /// <exception cref="EventDocumentException">The stored document is not a valid event document.</exception>
    public Event ReadEvent() => EventDocumentSerializer.Read(_document);
}
