using Microsoft.Extensions.Options;
using NodaTime;
using Npgsql;
using NpgsqlTypes;
using Prb.Events.Hosting;
using Prb.Events.PostgreSql.Internal;

namespace Prb.Events.PostgreSql;

/// <summary>
/// Reads and writes the events of the table <c>prb_events</c>, for writers (an editing API, an importer): each event
/// is kept as the exact bytes of its JSON document, next to the columns the event list filters on.
/// </summary>
/// <remarks>
/// <para>Writes use optimistic concurrency: a replacement or a deletion names the version it read
/// (<see cref="StoredEvent.Version"/>), and when someone else wrote in between nothing is written and the result is
/// <see cref="EventWriteStatus.Conflict"/> with the current version. Of any number of writers that read one version,
/// exactly one succeeds. A write is one transaction that also announces it on
/// <see cref="PostgreSqlCatalogOptions.ChannelName"/>, so that every <see cref="PostgreSqlEventCatalog"/> sees it
/// within a second; an interrupted write leaves the previous version.</para>
/// <para>Only valid events are written: one with validation errors is <see cref="EventWriteStatus.Invalid"/>.
/// Safe under concurrent calls.</para>
/// <para>As an <see cref="IEventStore"/> (what <c>AddPostgreSqlCatalog()</c> registers for the editing endpoints), a
/// version is the invariant text of <see cref="StoredEvent.Version"/>.</para>
/// </remarks>
public sealed class PostgreSqlEventStore : IEventStore
{
    private const string Columns = "slug, id, document, starts_at, ends_at, kind, organizer_ids, voivodeships, revision, last_modified, version";
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _channel;
    private readonly IClock _clock;
    private readonly EventValidator _validator;

    /// <summary>Initializes a store.</summary>
    /// <param name="dataSource">The database, migrated by <see cref="PostgreSqlMigrator"/>.</param>
    /// <param name="options">The options; <see cref="PostgreSqlCatalogOptions.ChannelName"/> is where writes are announced.</param>
    /// <param name="clock">The time of a write, for events that do not carry their own <see cref="Event.LastModified"/>.</param>
    /// <param name="validator">Decides which events may be written; its scheduler resolves the indexed start and end.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OptionsValidationException">The channel name is not valid.</exception>
    public PostgreSqlEventStore(NpgsqlDataSource dataSource, IOptions<PostgreSqlCatalogOptions> options, IClock clock, EventValidator validator)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(validator);
        _dataSource = dataSource;
        _channel = options.Value.ChannelName;
        if (!PostgreSqlCatalogOptionsValidator.IsChannelName(_channel))
        {
            throw new OptionsValidationException(nameof(PostgreSqlCatalogOptions), typeof(PostgreSqlCatalogOptions),
                [$"{nameof(PostgreSqlCatalogOptions)}.{nameof(PostgreSqlCatalogOptions.ChannelName)} must be 1 to 63 lower-case letters, digits and underscores, not starting with a digit."]);
        }

        _clock = clock;
        _validator = validator;
    }

    /// <summary>Gets an event as stored.</summary>
    /// <param name="slug">The event's slug.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The event, or null when there is none with that slug.</returns>
    /// <exception cref="NpgsqlException">The database cannot be reached.</exception>
    public async Task<StoredEvent?> GetAsync(Slug slug, CancellationToken cancellationToken = default)
    {
        var command = _dataSource.CreateCommand("SELECT document, version, last_modified FROM prb_events WHERE slug = @slug");
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.AddWithValue("slug", slug.Value);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                return new StoredEvent(slug, reader.GetFieldValue<byte[]>(0), reader.GetInt64(1), Instant.FromDateTimeUtc(reader.GetDateTime(2)));
            }
        }
    }

    /// <summary>Adds an event whose slug is not taken.</summary>
    /// <param name="document">The UTF-8 JSON document, stored byte for byte.</param>
    /// <param name="cancellationToken">Cancels the call; nothing is written.</param>
    /// <returns><see cref="EventWriteStatus.Created"/> with the new version, <see cref="EventWriteStatus.AlreadyExists"/>
    /// or <see cref="EventWriteStatus.Invalid"/>.</returns>
    /// <exception cref="EventDocumentException">The bytes are not an event document.</exception>
    /// <exception cref="NpgsqlException">The database cannot be reached, or the connection broke (nothing was written).</exception>
    public async Task<EventWriteResult> InsertAsync(ReadOnlyMemory<byte> document, CancellationToken cancellationToken = default)
    {
        var (columns, invalid, diagnostics) = Prepare(document);
        if (invalid is not null)
        {
            return invalid;
        }

        return await WriteAsync(columns.Slug, async (connection, transaction) =>
        {
            var insert = new NpgsqlCommand(
                $"INSERT INTO prb_events ({Columns}) VALUES (@slug, @id, @document, @starts_at, @ends_at, @kind, @organizer_ids, @voivodeships, @revision, @last_modified, nextval('prb_events_version_seq')) " +
                "ON CONFLICT (slug) DO NOTHING RETURNING version", connection, transaction);
            await using (insert.ConfigureAwait(false))
            {
                AddColumns(insert, columns, document);
                if (await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long version)
                {
                    return new EventWriteResult(EventWriteStatus.Created, new Slug(columns.Slug), version, diagnostics);
                }
            }

            var current = await CurrentVersionAsync(connection, transaction, columns.Slug, cancellationToken).ConfigureAwait(false);
            return new EventWriteResult(EventWriteStatus.AlreadyExists, new Slug(columns.Slug), current);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces the event with the document's slug, if it is still at the version the caller read.</summary>
    /// <param name="document">The UTF-8 JSON document, stored byte for byte.</param>
    /// <param name="expectedVersion">The version the caller read (<see cref="StoredEvent.Version"/>).</param>
    /// <param name="cancellationToken">Cancels the call; nothing is written.</param>
    /// <returns><see cref="EventWriteStatus.Replaced"/> with the new version, <see cref="EventWriteStatus.Conflict"/>
    /// with the current one, <see cref="EventWriteStatus.NotFound"/> or <see cref="EventWriteStatus.Invalid"/>.</returns>
    /// <exception cref="EventDocumentException">The bytes are not an event document.</exception>
    /// <exception cref="NpgsqlException">The database cannot be reached, or the connection broke (nothing was written).</exception>
    public async Task<EventWriteResult> ReplaceAsync(ReadOnlyMemory<byte> document, long expectedVersion, CancellationToken cancellationToken = default)
    {
        var (columns, invalid, diagnostics) = Prepare(document);
        if (invalid is not null)
        {
            return invalid;
        }

        return await WriteAsync(columns.Slug, async (connection, transaction) =>
        {
            var update = new NpgsqlCommand(
                "UPDATE prb_events SET id = @id, document = @document, starts_at = @starts_at, ends_at = @ends_at, kind = @kind, " +
                "organizer_ids = @organizer_ids, voivodeships = @voivodeships, revision = @revision, last_modified = @last_modified, " +
                "version = nextval('prb_events_version_seq') WHERE slug = @slug AND version = @expected RETURNING version", connection, transaction);
            await using (update.ConfigureAwait(false))
            {
                AddColumns(update, columns, document);
                update.Parameters.AddWithValue("expected", expectedVersion);
                if (await update.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long version)
                {
                    return new EventWriteResult(EventWriteStatus.Replaced, new Slug(columns.Slug), version, diagnostics);
                }
            }

            return await MissedAsync(connection, transaction, columns.Slug, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes an event, if it is still at the version the caller read.</summary>
    /// <param name="slug">The event's slug.</param>
    /// <param name="expectedVersion">The version the caller read (<see cref="StoredEvent.Version"/>).</param>
    /// <param name="cancellationToken">Cancels the call; nothing is deleted.</param>
    /// <returns><see cref="EventWriteStatus.Deleted"/>, <see cref="EventWriteStatus.Conflict"/> with the current
    /// version, or <see cref="EventWriteStatus.NotFound"/>.</returns>
    /// <exception cref="NpgsqlException">The database cannot be reached, or the connection broke (nothing was deleted).</exception>
    public async Task<EventWriteResult> DeleteAsync(Slug slug, long expectedVersion, CancellationToken cancellationToken = default) =>
        await WriteAsync(slug.Value, async (connection, transaction) =>
        {
            var delete = new NpgsqlCommand("DELETE FROM prb_events WHERE slug = @slug AND version = @expected", connection, transaction);
            await using (delete.ConfigureAwait(false))
            {
                delete.Parameters.AddWithValue("slug", slug.Value);
                delete.Parameters.AddWithValue("expected", expectedVersion);
                if (await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
                {
                    return new EventWriteResult(EventWriteStatus.Deleted, slug, null);
                }
            }

            return await MissedAsync(connection, transaction, slug.Value, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

    /// <summary>Reads and validates a document before any connection is opened.</summary>
    private (EventColumns Columns, EventWriteResult? Invalid, IReadOnlyList<Diagnostic> Diagnostics) Prepare(ReadOnlyMemory<byte> document)
    {
        var @event = EventDocumentSerializer.Read(document.Span);
        var result = _validator.Validate(@event);
        var lastModified = @event.LastModified ?? _clock.GetCurrentInstant();
        var columns = EventColumns.Of(@event, _validator.Scheduler.Schedule(@event), lastModified);
        return result.IsValid
            ? (columns, null, result.Diagnostics)
            : (columns, new EventWriteResult(EventWriteStatus.Invalid, @event.Slug, null, result.Diagnostics), result.Diagnostics);
    }

    /// <summary>Runs one write in a transaction that also announces it; the announcement is delivered only if the write
    /// commits, and a write that did nothing (a conflict) is rolled back and announced to no one.</summary>
    private async Task<EventWriteResult> WriteAsync(
        string slug, Func<NpgsqlConnection, NpgsqlTransaction, Task<EventWriteResult>> write, CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var result = await write(connection, transaction).ConfigureAwait(false);
                if (!result.Succeeded)
                {
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    return result;
                }

                var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @slug)", connection, transaction);
                await using (notify.ConfigureAwait(false))
                {
                    notify.Parameters.AddWithValue("channel", _channel);
                    notify.Parameters.AddWithValue("slug", slug);
                    await notify.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
        }
    }

    private static void AddColumns(NpgsqlCommand command, EventColumns columns, ReadOnlyMemory<byte> document)
    {
        command.Parameters.AddWithValue("slug", columns.Slug);
        command.Parameters.AddWithValue("id", columns.Id);
        command.Parameters.Add(new NpgsqlParameter<byte[]>("document", NpgsqlDbType.Bytea) { TypedValue = document.ToArray() });
        command.Parameters.Add(new NpgsqlParameter("starts_at", NpgsqlDbType.TimestampTz) { Value = (object?)columns.StartsAt ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("ends_at", NpgsqlDbType.TimestampTz) { Value = (object?)columns.EndsAt ?? DBNull.Value });
        command.Parameters.AddWithValue("kind", columns.Kind);
        command.Parameters.Add(new NpgsqlParameter<string[]>("organizer_ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = columns.OrganizerIds });
        command.Parameters.Add(new NpgsqlParameter<string[]>("voivodeships", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = columns.Voivodeships });
        command.Parameters.AddWithValue("revision", columns.Revision);
        command.Parameters.Add(new NpgsqlParameter<DateTime>("last_modified", NpgsqlDbType.TimestampTz) { TypedValue = columns.LastModified });
    }

    /// <summary>Why a conditional write touched no row: the event is at another version, or is not there.</summary>
    private static async Task<EventWriteResult> MissedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string slug, CancellationToken cancellationToken)
    {
        var current = await CurrentVersionAsync(connection, transaction, slug, cancellationToken).ConfigureAwait(false);
        return current is null
            ? new EventWriteResult(EventWriteStatus.NotFound, new Slug(slug), null)
            : new EventWriteResult(EventWriteStatus.Conflict, new Slug(slug), current);
    }

    private static async Task<long?> CurrentVersionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string slug, CancellationToken cancellationToken)
    {
        var select = new NpgsqlCommand("SELECT version FROM prb_events WHERE slug = @slug", connection, transaction);
        await using (select.ConfigureAwait(false))
        {
            select.Parameters.AddWithValue("slug", slug);
            return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as long?;
        }
    }

    /// <inheritdoc />
    async Task<StoredEventDocument?> IEventStore.GetAsync(Slug slug, CancellationToken cancellationToken) =>
        await GetAsync(slug, cancellationToken).ConfigureAwait(false) is { } stored
            ? new StoredEventDocument(stored.Slug, stored.Document.ToArray(), VersionOf(stored.Version), stored.LastModified)
            : null;

    /// <inheritdoc />
    async Task<EventStoreResult> IEventStore.CreateAsync(Event @event, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@event);
        return ToStoreResult(await InsertAsync(EventDocumentSerializer.WriteUtf8(@event), cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    async Task<EventStoreResult> IEventStore.ReplaceAsync(Event @event, EventStoreVersion expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@event);
        if (!TryParseVersion(expectedVersion, out var expected))
        {
            // No version of this store has that form: whatever is stored now, it is not the one the caller read.
            expected = -1;
        }

        return ToStoreResult(await ReplaceAsync(EventDocumentSerializer.WriteUtf8(@event), expected, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    async Task<EventStoreResult> IEventStore.DeleteAsync(Slug slug, EventStoreVersion expectedVersion, CancellationToken cancellationToken) =>
        ToStoreResult(await DeleteAsync(slug, TryParseVersion(expectedVersion, out var expected) ? expected : -1, cancellationToken).ConfigureAwait(false));

    private static EventStoreVersion VersionOf(long version) => new(version.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static bool TryParseVersion(EventStoreVersion version, out long value) =>
        long.TryParse(version.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value);

    private static EventStoreResult ToStoreResult(EventWriteResult result) => new(
        result.Status switch
        {
            EventWriteStatus.Created => EventStoreStatus.Created,
            EventWriteStatus.Replaced => EventStoreStatus.Replaced,
            EventWriteStatus.Deleted => EventStoreStatus.Deleted,
            EventWriteStatus.AlreadyExists => EventStoreStatus.AlreadyExists,
            EventWriteStatus.NotFound => EventStoreStatus.NotFound,
            EventWriteStatus.Conflict => EventStoreStatus.Conflict,
            _ => EventStoreStatus.Invalid,
        },
        result.Slug,
        result.Version is { } version ? VersionOf(version) : null,
        result.Diagnostics);
}
