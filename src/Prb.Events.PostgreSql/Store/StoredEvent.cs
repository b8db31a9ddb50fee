using System.Globalization;
using NodaTime;

namespace Prb.Events.PostgreSql;

/// <summary>One event as stored: the exact bytes of its document, its version and when it last changed.</summary>
public sealed class StoredEvent
{
    internal StoredEvent(Slug slug, byte[] document, long version, Instant lastModified)
    {
        Slug = slug;
        Document = document;
        Version = version;
        LastModified = lastModified;
    }

    /// <summary>Gets the event's slug.</summary>
    public Slug Slug { get; }

    /// <summary>Gets the UTF-8 JSON document, byte for byte as it was written.</summary>
    public ReadOnlyMemory<byte> Document { get; }

    /// <summary>Gets the version: it changes with every write and is never reused, so it serves for optimistic concurrency.</summary>
    public long Version { get; }

    /// <summary>Gets the entity tag of the version, quoted as HTTP wants it (<c>"42"</c>).</summary>
    public string ETag => ETagOf(Version);

    /// <summary>Gets when the event last changed: its own <see cref="Event.LastModified"/> when set, else the time of the write.</summary>
    public Instant LastModified { get; }

    /// <summary>Reads the document.</summary>
    /// <returns>The event.</returns>
    /// <exception cref="EventDocumentException">The stored document is not a valid event document.</exception>
    public Event ReadEvent() => EventDocumentSerializer.Read(Document.Span);

    internal static string ETagOf(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";
}
