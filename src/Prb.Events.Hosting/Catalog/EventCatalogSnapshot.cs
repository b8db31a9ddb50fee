using NodaTime;

namespace Prb.Events.Hosting;

/// <summary>An immutable view of a catalogue: its events in order of their start, found by slug.</summary>
public sealed class EventCatalogSnapshot
{
    private readonly Dictionary<string, CatalogEntry> _bySlug;

    /// <summary>Initializes a snapshot. Entries are ordered by start instant, then slug; of two entries with one slug the first is kept.</summary>
    /// <param name="entries">The entries.</param>
    /// <param name="version">A number that grows with every change of the catalogue.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    public EventCatalogSnapshot(IEnumerable<CatalogEntry> entries, long version)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _bySlug = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            _bySlug.TryAdd(entry.Event.Slug.Value, entry);
        }

        Entries = _bySlug.Values
            .OrderBy(StartOf)
            .ThenBy(e => e.Event.Slug.Value, StringComparer.Ordinal)
            .ToArray();
        Version = version;
        LastModified = Entries.Count == 0 ? Instant.MinValue : Entries.Max(e => e.LastModified);
    }

    /// <summary>Gets an empty snapshot.</summary>
    public static EventCatalogSnapshot Empty { get; } = new([], 0);

    /// <summary>Gets the entries, earliest start first.</summary>
    public IReadOnlyList<CatalogEntry> Entries { get; }

    /// <summary>Gets the version of the catalogue this snapshot shows.</summary>
    public long Version { get; }

    /// <summary>Gets the latest change of any entry.</summary>
    public Instant LastModified { get; }

    /// <summary>The instant an entry starts, for ordering; entries without a start go last. Every start converts: the
    /// model keeps dates within <see cref="EventLimits"/>, a day inside NodaTime's range at any offset.</summary>
    private static Instant StartOf(CatalogEntry entry) => entry.Schedule.Start?.ToInstant() ?? Instant.MaxValue;

    /// <summary>Finds an entry by the event's slug.</summary>
    /// <param name="slug">The slug.</param>
    /// <returns>The entry, or null.</returns>
    public CatalogEntry? Find(string slug) => slug is null ? null : _bySlug.GetValueOrDefault(slug);
}
