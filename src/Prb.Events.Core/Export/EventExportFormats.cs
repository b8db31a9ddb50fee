using NodaTime;

namespace Prb.Events.Export;

/// <summary>Helpers for writing and using <see cref="IEventExportFormat"/>s.</summary>
public static class EventExportFormats
{
    /// <summary>Checks that a format can write a scope; for the first line of an implementation's methods and for hosts.</summary>
    /// <param name="format">The format.</param>
    /// <param name="scope">One scope.</param>
    /// <exception cref="ArgumentNullException"><paramref name="format"/> is null.</exception>
    /// <exception cref="NotSupportedException">The format's <see cref="IEventExportFormat.Scopes"/> do not include <paramref name="scope"/>.</exception>
    public static void EnsureSupports(this IEventExportFormat format, EventExportScopes scope)
    {
        ArgumentNullException.ThrowIfNull(format);
        if ((format.Scopes & scope) != scope || scope == EventExportScopes.None)
        {
            throw new NotSupportedException($"The export format '{format.Name}' cannot write {Describe(scope)}; it writes {Describe(format.Scopes)}.");
        }
    }

    /// <summary>Writes one event into a new byte array: the whole output, or an exception.</summary>
    /// <param name="format">The format.</param>
    /// <param name="event">The event.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The output.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async ValueTask<byte[]> WriteEventToArrayAsync(this IEventExportFormat format, Event @event, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(format);
        using var buffer = new MemoryStream();
        await format.WriteEventAsync(@event, buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    /// <summary>Writes one agenda item into a new byte array: the whole output, or an exception.</summary>
    /// <param name="format">The format.</param>
    /// <param name="event">The event.</param>
    /// <param name="itemId">The agenda item.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The output.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async ValueTask<byte[]> WriteAgendaItemToArrayAsync(
        this IEventExportFormat format, Event @event, AgendaItemId itemId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(format);
        using var buffer = new MemoryStream();
        await format.WriteAgendaItemAsync(@event, itemId, buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    /// <summary>Writes a feed into a new byte array: the whole output, or an exception.</summary>
    /// <param name="format">The format.</param>
    /// <param name="feed">The feed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The output.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async ValueTask<byte[]> WriteFeedToArrayAsync(this IEventExportFormat format, EventFeed feed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(format);
        using var buffer = new MemoryStream();
        await format.WriteFeedAsync(feed, buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    /// <summary>Writes one event as it stood at its last change into a new byte array: the whole output, or an exception.</summary>
    /// <param name="format">The format.</param>
    /// <param name="event">The event.</param>
    /// <param name="lastModified">When the event last changed (see <see cref="IEventExportFormat.WriteEventAsync(Event, Instant, Stream, CancellationToken)"/>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The output.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async ValueTask<byte[]> WriteEventToArrayAsync(this IEventExportFormat format, Event @event, Instant lastModified, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(format);
        using var buffer = new MemoryStream();
        await format.WriteEventAsync(@event, lastModified, buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    /// <summary>Writes one agenda item as it stood at its event's last change into a new byte array: the whole output, or an exception.</summary>
    /// <param name="format">The format.</param>
    /// <param name="event">The event.</param>
    /// <param name="itemId">The agenda item.</param>
    /// <param name="lastModified">When the event last changed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The output.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async ValueTask<byte[]> WriteAgendaItemToArrayAsync(
        this IEventExportFormat format, Event @event, AgendaItemId itemId, Instant lastModified, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(format);
        using var buffer = new MemoryStream();
        await format.WriteAgendaItemAsync(@event, itemId, lastModified, buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    /// <summary>Writes a feed as it stood at the latest change of its events into a new byte array: the whole output, or an exception.</summary>
    /// <param name="format">The format.</param>
    /// <param name="feed">The feed.</param>
    /// <param name="lastModified">When the newest of the events last changed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The output.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async ValueTask<byte[]> WriteFeedToArrayAsync(this IEventExportFormat format, EventFeed feed, Instant lastModified, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(format);
        using var buffer = new MemoryStream();
        await format.WriteFeedAsync(feed, lastModified, buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static string Describe(EventExportScopes scopes) =>
        scopes == EventExportScopes.None
            ? "nothing"
            : string.Join(", ", new[]
            {
                (scopes & EventExportScopes.Event) != 0 ? "an event" : null,
                (scopes & EventExportScopes.AgendaItem) != 0 ? "an agenda item" : null,
                (scopes & EventExportScopes.Feed) != 0 ? "a feed" : null,
            }.Where(s => s is not null));
}
