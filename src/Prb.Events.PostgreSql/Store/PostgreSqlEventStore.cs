using System.Globalization;
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
/// <para>The <see cref="IEventStore"/> of <c>AddPostgreSqlCatalog()</c>. A version is the row's number from a sequence,
/// as invariant text: it changes with every write and is never reused. A replacement or a deletion names the version
/// it read, and when someone else wrote in between nothing is written and the result is
/// <see cref="EventStoreStatus.Conflict"/> with the current version: of any number of writers that read one version,
/// exactly one succeeds. A write is one transaction that also announces it on
/// <see cref="PostgreSqlCatalogOptions.ChannelName"/>, so that every <see cref="PostgreSqlEventCatalog"/> sees it
/// within a second; an interrupted write leaves the previous version.</para>
/// <para>Only valid events are written: one with validation errors is <see cref="EventStoreStatus.Invalid"/>.
/// Safe under concurrent calls.</para>
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

    /// <inheritdoc />
    /// <remarks>The version is the row's <c>version</c>, taken from a sequence: it changes with every write and is
    /// never reused, so a version read before a deletion never matches an event created after it.</remarks>
    /// <exception cref="NpgsqlException">The database cannot be reached.</exception>
    public async Task<StoredEventDocument?> GetAsync(Slug slug, CancellationToken cancellationToken = default)
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

                return new StoredEventDocument(
                    slug, reader.GetFieldValue<byte[]>(0), VersionOf(reader.GetInt64(1)), Instant.FromDateTimeUtc(reader.GetDateTime(2)));
            }
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    /// <exception cref="NpgsqlException">The database cannot be reached, or the connection broke (nothing was written).</exception>
    public async Task<EventStoreResult> CreateAsync(Event @event, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        var validation = _validator.Validate(@event);
        if (!validation.IsValid)
        {
            return new EventStoreResult(EventStoreStatus.Invalid, @event.Slug, null, validation.Diagnostics);
        }

        var (columns, document) = Prepare(@event);

        return await WriteAsync(columns.Slug, async (connection, transaction) =>
        {
            var insert = new NpgsqlCommand(
                $"INSERT INTO prb_events ({Columns}) VALUES (@slug, @id, @document, @starts_at, @ends_at, @kind, @organizer_ids, @voivodeships, @revision, @last_modified, nextval('prb_events_version_seq')) " +
                "ON CONFLICT (slug) DO NOTHING RETURNING version", connection, transaction);
            await using (insert.ConfigureAwait(false))
            {
                AddColumns(insert, columns, document);
                var inserted = await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as long?;
                if (inserted is not null)
                {
                    return new EventStoreResult(EventStoreStatus.Created, @event.Slug, VersionOf(inserted.Value), validation.Diagnostics);
                }
            }

            var current = await CurrentVersionAsync(connection, transaction, columns.Slug, cancellationToken).ConfigureAwait(false);
            return new EventStoreResult(EventStoreStatus.AlreadyExists, @event.Slug, current is null ? null : VersionOf(current.Value));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    /// <exception cref="NpgsqlException">The database cannot be reached, or the connection broke (nothing was written).</exception>
    public async Task<EventStoreResult> ReplaceAsync(Event @event, EventStoreVersion expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        var validation = _validator.Validate(@event);
        if (!validation.IsValid)
        {
            return new EventStoreResult(EventStoreStatus.Invalid, @event.Slug, null, validation.Diagnostics);
        }

        var (columns, document) = Prepare(@event);

        return await WriteAsync(columns.Slug, async (connection, transaction) =>
        {
            var update = new NpgsqlCommand(
                "UPDATE prb_events SET id = @id, document = @document, starts_at = @starts_at, ends_at = @ends_at, kind = @kind, " +
                "organizer_ids = @organizer_ids, voivodeships = @voivodeships, revision = @revision, last_modified = @last_modified, " +
                "version = nextval('prb_events_version_seq') WHERE slug = @slug AND version = @expected RETURNING version", connection, transaction);
            await using (update.ConfigureAwait(false))
            {
                AddColumns(update, columns, document);
                update.Parameters.AddWithValue("expected", NumberOf(expectedVersion));
                var updated = await update.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as long?;
                if (updated is not null)
                {
                    return new EventStoreResult(EventStoreStatus.Replaced, @event.Slug, VersionOf(updated.Value), validation.Diagnostics);
                }
            }

            return await MissedAsync(connection, transaction, @event.Slug, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <exception cref="NpgsqlException">The database cannot be reached, or the connection broke (nothing was deleted).</exception>
    public async Task<EventStoreResult> DeleteAsync(Slug slug, EventStoreVersion expectedVersion, CancellationToken cancellationToken = default) =>
        await WriteAsync(slug.Value, async (connection, transaction) =>
        {
            var delete = new NpgsqlCommand("DELETE FROM prb_events WHERE slug = @slug AND version = @expected", connection, transaction);
            await using (delete.ConfigureAwait(false))
            {
                delete.Parameters.AddWithValue("slug", slug.Value);
                delete.Parameters.AddWithValue("expected", NumberOf(expectedVersion));
                if (await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
                {
                    return new EventStoreResult(EventStoreStatus.Deleted, slug, null);
                }
            }

            return await MissedAsync(connection, transaction, slug, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

    /// <summary>Takes a valid event's document and indexed columns, before any connection is opened.</summary>
    private (EventColumns Columns, byte[] Document) Prepare(Event @event)
    {
        var lastModified = @event.LastModified ?? _clock.GetCurrentInstant();
        return (EventColumns.Of(@event, _validator.Scheduler.Schedule(@event), lastModified), EventDocumentSerializer.WriteUtf8(@event));
    }

    /// <summary>Runs one write in a transaction that also announces it; the announcement is delivered only if the write
    /// commits, and a write that did nothing (a conflict) is rolled back and announced to no one.</summary>
    private async Task<EventStoreResult> WriteAsync(
        string slug, Func<NpgsqlConnection, NpgsqlTransaction, Task<EventStoreResult>> write, CancellationToken cancellationToken)
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

    private static void AddColumns(NpgsqlCommand command, EventColumns columns, byte[] document)
    {
        command.Parameters.AddWithValue("slug", columns.Slug);
        command.Parameters.AddWithValue("id", columns.Id);
        command.Parameters.Add(new NpgsqlParameter<byte[]>("document", NpgsqlDbType.Bytea) { TypedValue = document });
        command.Parameters.Add(new NpgsqlParameter("starts_at", NpgsqlDbType.TimestampTz) { Value = (object?)columns.StartsAt ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("ends_at", NpgsqlDbType.TimestampTz) { Value = (object?)columns.EndsAt ?? DBNull.Value });
        command.Parameters.AddWithValue("kind", columns.Kind);
        command.Parameters.Add(new NpgsqlParameter<string[]>("organizer_ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = columns.OrganizerIds });
        command.Parameters.Add(new NpgsqlParameter<string[]>("voivodeships", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = columns.Voivodeships });
        command.Parameters.AddWithValue("revision", columns.Revision);
        command.Parameters.Add(new NpgsqlParameter<DateTime>("last_modified", NpgsqlDbType.TimestampTz) { TypedValue = columns.LastModified });
    }

    /// <summary>Why a conditional write touched no row: the event is at another version, or is not there.</summary>
    private static async Task<EventStoreResult> MissedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Slug slug, CancellationToken cancellationToken)
    {
        var current = await CurrentVersionAsync(connection, transaction, slug.Value, cancellationToken).ConfigureAwait(false);
        return current is null
            ? new EventStoreResult(EventStoreStatus.NotFound, slug, null)
            : new EventStoreResult(EventStoreStatus.Conflict, slug, VersionOf(current.Value));
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

    private static EventStoreVersion VersionOf(long version) => new(version.ToString(CultureInfo.InvariantCulture));

    /// <summary>The row version a token names; a token of no version of this store (not a number) names none, and -1,
    /// which no row has, makes the write a conflict or a miss as for any other version not stored.</summary>
    private static long NumberOf(EventStoreVersion version) =>
        long.TryParse(version.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;
}
