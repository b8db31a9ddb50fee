using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using Npgsql;
using Prb.Events.Hosting;
using Prb.Events.PostgreSql.Internal;

namespace Prb.Events.PostgreSql;

/// <summary>
/// A catalogue of the events in the PostgreSQL table <c>prb_events</c>, kept in memory and refreshed from the table.
/// </summary>
/// <remarks>
/// <para>The first call reads the table (after applying migrations when
/// <see cref="PostgreSqlCatalogOptions.ApplyMigrationsAtStartup"/> is set) and starts listening on
/// <see cref="PostgreSqlCatalogOptions.ChannelName"/> with a dedicated connection, so a write by any instance
/// (<see cref="PostgreSqlEventStore"/>) is seen within a second. Every
/// <see cref="PostgreSqlCatalogOptions.ResyncInterval"/> the table is compared again, the safety net for a lost
/// notification; a lost connection is opened again, with a resync. A refresh reads only the documents whose version
/// changed.</para>
/// <para>A stored document that cannot be read, is not valid or has validation errors is logged with its
/// diagnostics and left out; the rest of the catalogue keeps serving. When the database cannot be reached after the
/// first read, the previous snapshot keeps being served. Safe under concurrent calls: callers get immutable snapshots.</para>
/// </remarks>
public sealed partial class PostgreSqlEventCatalog : IEventCatalog, IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan MaxReconnectDelay = TimeSpan.FromSeconds(30);
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgreSqlCatalogOptions _options;
    private readonly EventScheduler _scheduler;
    private readonly EventValidator _validator;
    private readonly ILogger<PostgreSqlEventCatalog> _logger;
    private readonly PostgreSqlMigrator _migrator;
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _startLock = new();
    private Dictionary<string, Row> _rows = new(StringComparer.Ordinal);
    private volatile EventCatalogSnapshot? _current;
    private Task? _start;
    private Task? _listener;
    private long _version;
    private int _disposed;

    /// <summary>Initializes the catalogue; nothing is read before the first call.</summary>
    /// <param name="dataSource">The database.</param>
    /// <param name="options">The options.</param>
    /// <param name="clock">The clock of the host; kept for the same signature as the other catalogues.</param>
    /// <param name="scheduler">Resolves the times of each event, once per stored version.</param>
    /// <param name="validator">Decides which documents are served: one with errors is logged and left out.</param>
    /// <param name="logger">Where problems with stored documents and the connection are logged.</param>
    /// <param name="migratorLogger">Where migrations applied at start-up are logged. Optional.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="OptionsValidationException">The options are not valid.</exception>
    public PostgreSqlEventCatalog(
        NpgsqlDataSource dataSource, IOptions<PostgreSqlCatalogOptions> options, IClock clock, EventScheduler scheduler,
        EventValidator validator, ILogger<PostgreSqlEventCatalog> logger, ILogger<PostgreSqlMigrator>? migratorLogger = null)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options.Value;
        var validation = new PostgreSqlCatalogOptionsValidator().Validate(null, _options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(nameof(PostgreSqlCatalogOptions), typeof(PostgreSqlCatalogOptions), validation.Failures);
        }

        _dataSource = dataSource;
        _scheduler = scheduler;
        _validator = validator;
        _logger = logger;
        _migrator = new PostgreSqlMigrator(dataSource, migratorLogger);
    }

    /// <inheritdoc />
    /// <exception cref="NpgsqlException">The first read failed: the database cannot be reached or is not migrated.
    /// The next call tries again.</exception>
    public async ValueTask<EventCatalogSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default)
    {
        var current = _current;
        if (current is not null)
        {
            return current;
        }

        await StartAsync(cancellationToken).ConfigureAwait(false);
        return _current ?? EventCatalogSnapshot.Empty;
    }

    /// <summary>Reads the table for the first time and starts listening for changes, unless that was done already.
    /// Hosts call it at start-up (<c>AddPostgreSqlCatalog()</c> does), so the first request finds the events read.</summary>
    /// <param name="cancellationToken">Stops waiting; the start goes on for the next caller.</param>
    /// <returns>A task that completes when the first snapshot is there.</returns>
    /// <exception cref="NpgsqlException">The database cannot be reached, or is not migrated. The next call tries again.</exception>
    /// <exception cref="ObjectDisposedException">The catalogue was disposed.</exception>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        Task start;
        lock (_startLock)
        {
            if (_start is null || _start.IsFaulted || _start.IsCanceled)
            {
                _start = StartCoreAsync(_stopping.Token);
            }

            start = _start;
        }

        return start.WaitAsync(cancellationToken);
    }

    /// <summary>Compares the catalogue with the table now and reads what changed, as the periodic resync does.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The snapshot after the resync.</returns>
    /// <exception cref="NpgsqlException">The database cannot be reached; the previous snapshot stays.</exception>
    public async Task<EventCatalogSnapshot> ResyncAsync(CancellationToken cancellationToken = default)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        return await RefreshAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops listening and closes the dedicated connection.</summary>
    /// <returns>A task that completes when the listener has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        var listener = _listener;
        if (listener is not null)
        {
            await listener.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _stopping.Dispose();
    }

    /// <summary>Stops listening and closes the dedicated connection.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task StartCoreAsync(CancellationToken stopping)
    {
        if (_options.ApplyMigrationsAtStartup)
        {
            await _migrator.ApplyAsync(stopping).ConfigureAwait(false);
        }

        await RefreshAsync(stopping).ConfigureAwait(false);
        _listener = Task.Run(() => ListenAsync(stopping), CancellationToken.None);
    }

    /// <summary>Listens for writes on a dedicated connection and refreshes on each, and at every resync interval.</summary>
    private async Task ListenAsync(CancellationToken stopping)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var connection = await _dataSource.OpenConnectionAsync(stopping).ConfigureAwait(false);
                await using (connection.ConfigureAwait(false))
                {
                    var listen = new NpgsqlCommand($"LISTEN {_options.ChannelName}", connection);
                    await using (listen.ConfigureAwait(false))
                    {
                        await listen.ExecuteNonQueryAsync(stopping).ConfigureAwait(false);
                    }

                    // A write between the last read and LISTEN announced itself to no one here: read again.
                    await RefreshAsync(stopping).ConfigureAwait(false);
                    delay = TimeSpan.FromSeconds(1);
                    var sinceResync = Stopwatch.StartNew();
                    while (true)
                    {
                        var remaining = _options.ResyncInterval - sinceResync.Elapsed;
                        var notified = remaining > TimeSpan.Zero && await connection.WaitAsync(remaining, stopping).ConfigureAwait(false);
                        await RefreshAsync(stopping).ConfigureAwait(false);
                        if (!notified)
                        {
                            sinceResync.Restart();
                        }
                    }
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The listener outlives any failure: it is logged, and the connection is opened again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogListenerFailed(e, e.GetType().Name, LogText.Escape(e.Message), delay.TotalSeconds);
                try
                {
                    await Task.Delay(delay, stopping).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxReconnectDelay.Ticks));
            }
        }
    }

    /// <summary>Compares the table's versions with those read, reads the documents of the changed rows only, and
    /// publishes a new snapshot when anything changed. Versions are never reused, so an unchanged version is an
    /// unchanged document.</summary>
    private async Task<EventCatalogSnapshot> RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var known = _rows.Values.Select(r => r.Version).ToArray();
            var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
            var changed = false;
            var command = _dataSource.CreateCommand(
                "SELECT slug, version, CASE WHEN version = ANY(@known) THEN NULL ELSE document END, last_modified FROM prb_events");
            await using (command.ConfigureAwait(false))
            {
                command.Parameters.AddWithValue("known", known);
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        var slug = reader.GetString(0);
                        var version = reader.GetInt64(1);
                        if (_rows.TryGetValue(slug, out var old) && old.Version == version)
                        {
                            rows[slug] = old;
                            continue;
                        }

                        changed = true;
                        var document = reader.IsDBNull(2) ? null : reader.GetFieldValue<byte[]>(2);
                        var lastModified = Instant.FromDateTimeUtc(reader.GetDateTime(3));
                        rows[slug] = new Row(version, document is null ? null : Load(slug, version, document, lastModified));
                    }
                }
            }

            changed |= rows.Count != _rows.Count;
            _rows = rows;
            var unchanged = _current;
            if (unchanged is not null && !changed)
            {
                return unchanged;
            }

            var snapshot = new EventCatalogSnapshot(rows.Values.Where(r => r.Entry is not null).Select(r => r.Entry!), Interlocked.Increment(ref _version));
            _current = snapshot;
            return snapshot;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    /// <summary>Reads one stored document; whatever fails is logged and the event is left out.</summary>
    private CatalogEntry? Load(string slug, long version, byte[] document, Instant lastModified)
    {
        var name = LogText.Escape(slug);
        try
        {
            var @event = EventDocumentSerializer.Read(document);
            if (!string.Equals(@event.Slug.Value, slug, StringComparison.Ordinal))
            {
                LogSlugMismatch(name, version, LogText.Escape(@event.Slug.Value));
                return null;
            }

            var result = _validator.Validate(@event);
            foreach (var diagnostic in result.Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    LogDiagnosticError(name, version, LogText.Escape(diagnostic.ToString()));
                }
                else
                {
                    LogDiagnosticWarning(name, version, LogText.Escape(diagnostic.ToString()));
                }
            }

            if (!result.IsValid)
            {
                LogLeftOut(name, version, result.Errors.Count());
                return null;
            }

            return new CatalogEntry(@event, _scheduler.Schedule(@event), "prb_events/" + slug, @event.LastModified ?? lastModified);
        }
        catch (EventDocumentException e)
        {
            LogUnreadable(name, version, LogText.Escape(e.Message));
            return null;
        }
#pragma warning disable CA1031 // The isolation boundary of one row: any failure of reading, validating or scheduling it is logged, never thrown.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogBroken(e, name, version, e.GetType().Name, LogText.Escape(e.Message));
            return null;
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Stored event {Slug} (version {Version}) cannot be read and is left out: {Reason}")]
    private partial void LogUnreadable(string slug, long version, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Stored event {Slug} (version {Version}): {Diagnostic}")]
    private partial void LogDiagnosticError(string slug, long version, string diagnostic);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Stored event {Slug} (version {Version}): {Diagnostic}")]
    private partial void LogDiagnosticWarning(string slug, long version, string diagnostic);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Stored event {Slug} (version {Version}) has {Count} validation error(s) and is left out.")]
    private partial void LogLeftOut(string slug, long version, int count);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "Stored event {Slug} (version {Version}) holds the document of another slug, {DocumentSlug}, and is left out.")]
    private partial void LogSlugMismatch(string slug, long version, string documentSlug);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "Stored event {Slug} (version {Version}) broke while loading ({Type}: {Reason}) and is left out; the rest of the catalogue keeps serving.")]
    private partial void LogBroken(Exception exception, string slug, long version, string type, string reason);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "Listening for event changes failed ({Type}: {Reason}); the previous events keep being served, and the connection is opened again in {Seconds} s.")]
    private partial void LogListenerFailed(Exception exception, string type, string reason, double seconds);

    private sealed record Row(long Version, CatalogEntry? Entry);
}
