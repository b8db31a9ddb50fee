using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Prb.Events.Hosting;

/// <summary>
/// The default catalogue: every <c>*.json</c> event document in the folder <see cref="PrbEventsOptions.CatalogPath"/>.
/// </summary>
/// <remarks>
/// <para>Files are read when first asked for, then looked at again when the file system reports a change and at most
/// every <see cref="PrbEventsOptions.CatalogRefreshInterval"/>: an edited, added or removed file is picked up without a
/// restart, and only changed files are read again.</para>
/// <para>A file that cannot be read, is not a valid document or has validation errors is logged with its diagnostics
/// and left out; the rest of the catalogue keeps serving. Of two files with one slug, the one whose name sorts first is
/// served and the other is logged. Safe under concurrent requests: callers get immutable snapshots, and one caller at a
/// time refreshes while the others keep the previous snapshot.</para>
/// </remarks>
public sealed partial class FolderEventCatalog : IEventCatalog, IDisposable
{
    private readonly string _folder;
    private readonly PrbEventsOptions _options;
    private readonly IClock _clock;
    private readonly EventScheduler _scheduler;
    private readonly EventValidator _validator;
    private readonly ILogger<FolderEventCatalog> _logger;
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private readonly FileSystemWatcher? _watcher;
    private Dictionary<string, FileState> _files = new(StringComparer.Ordinal);
    private volatile EventCatalogSnapshot? _current;
    private volatile bool _dirty = true;
    private Instant _lastScan;
    private long _version;

    /// <summary>Initializes the catalogue.</summary>
    /// <param name="options">The options; <see cref="PrbEventsOptions.CatalogPath"/> names the folder.</param>
    /// <param name="clock">The clock that paces refreshes.</param>
    /// <param name="scheduler">Resolves the times of each event, once per file version.</param>
    /// <param name="validator">Decides which documents are served: one with errors is logged and left out.</param>
    /// <param name="logger">Where problems with files are logged.</param>
    /// <param name="environment">The host environment; a relative folder is taken from its content root. Optional.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="OptionsValidationException">The options do not name a folder.</exception>
    public FolderEventCatalog(
        IOptions<PrbEventsOptions> options, IClock clock, EventScheduler scheduler, EventValidator validator,
        ILogger<FolderEventCatalog> logger, IHostEnvironment? environment = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options.Value;
        if (string.IsNullOrWhiteSpace(_options.CatalogPath))
        {
            throw new OptionsValidationException(nameof(PrbEventsOptions), typeof(PrbEventsOptions),
                [$"{nameof(PrbEventsOptions)}.{nameof(PrbEventsOptions.CatalogPath)} must name the folder of event documents."]);
        }

        _folder = Path.GetFullPath(_options.CatalogPath, environment?.ContentRootPath ?? Directory.GetCurrentDirectory());
        _clock = clock;
        _scheduler = scheduler;
        _validator = validator;
        _logger = logger;
        if (Directory.Exists(_folder))
        {
            try
            {
                _watcher = new FileSystemWatcher(_folder, "*.json") { NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
                _watcher.Changed += (_, _) => _dirty = true;
                _watcher.Created += (_, _) => _dirty = true;
                _watcher.Deleted += (_, _) => _dirty = true;
                _watcher.Renamed += (_, _) => _dirty = true;
                _watcher.Error += (_, _) => _dirty = true;
                _watcher.EnableRaisingEvents = true;
            }
            catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException)
            {
                // Polling at CatalogRefreshInterval still picks up changes.
                _watcher?.Dispose();
                _watcher = null;
            }
        }
    }

    /// <summary>Gets the full path of the folder.</summary>
    public string Folder => _folder;

    /// <inheritdoc />
    public async ValueTask<EventCatalogSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default)
    {
        var current = _current;
        if (current is not null && !_dirty && _clock.GetCurrentInstant() - _lastScan < Duration.FromTimeSpan(_options.CatalogRefreshInterval))
        {
            return current;
        }

        if (current is not null)
        {
            // Someone else refreshes: serve what we have rather than queue behind them.
            if (!await _refreshLock.WaitAsync(0, cancellationToken).ConfigureAwait(false))
            {
                return current;
            }
        }
        else
        {
            await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            if (_current is { } fresh && !ReferenceEquals(fresh, current))
            {
                return fresh;
            }

            return await RefreshAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    /// <summary>Stops watching the folder.</summary>
    public void Dispose()
    {
        _watcher?.Dispose();
        _refreshLock.Dispose();
    }

    private async Task<EventCatalogSnapshot> RefreshAsync(CancellationToken cancellationToken)
    {
        _dirty = false;
        _lastScan = _clock.GetCurrentInstant();
        var files = new Dictionary<string, FileState>(StringComparer.Ordinal);
        if (!Directory.Exists(_folder))
        {
            LogFolderMissing(_folder);
        }
        else
        {
            foreach (var path in Directory.EnumerateFiles(_folder, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var info = new FileInfo(path);
                if (!info.Exists)
                {
                    continue;
                }

                var stamp = (info.LastWriteTimeUtc, info.Length);
                files[path] = _files.TryGetValue(path, out var known) && known.Stamp == stamp
                    ? known
                    : await LoadAsync(path, info, stamp, cancellationToken).ConfigureAwait(false);
            }
        }

        var changed = files.Count != _files.Count || files.Any(f => !_files.TryGetValue(f.Key, out var old) || !ReferenceEquals(old, f.Value));
        _files = files;
        if (_current is { } unchanged && !changed)
        {
            return unchanged;
        }

        var entries = new List<CatalogEntry>();
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, state) in files)
        {
            if (state.Entry is not { } entry)
            {
                continue;
            }

            if (slugs.TryAdd(entry.Event.Slug.Value, path))
            {
                entries.Add(entry);
            }
            else
            {
                LogDuplicateSlug(Path.GetFileName(path), entry.Event.Slug.Value, Path.GetFileName(slugs[entry.Event.Slug.Value]));
            }
        }

        var snapshot = new EventCatalogSnapshot(entries, Interlocked.Increment(ref _version));
        _current = snapshot;
        return snapshot;
    }

    private async Task<FileState> LoadAsync(string path, FileInfo info, (DateTime, long) stamp, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        Event @event;
        try
        {
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            @event = EventDocumentSerializer.Read(bytes);
        }
        catch (EventDocumentException e)
        {
            LogUnreadable(name, e.Message);
            return new FileState(stamp, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogUnreadable(name, e.Message);
            return new FileState(stamp, null);
        }

        var result = _validator.Validate(@event);
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                LogDiagnosticError(name, diagnostic.ToString());
            }
            else
            {
                LogDiagnosticWarning(name, diagnostic.ToString());
            }
        }

        if (!result.IsValid)
        {
            LogLeftOut(name, result.Errors.Count());
            return new FileState(stamp, null);
        }

        var lastModified = @event.LastModified ?? Instant.FromDateTimeUtc(DateTime.SpecifyKind(info.LastWriteTimeUtc, DateTimeKind.Utc));
        return new FileState(stamp, new CatalogEntry(@event, _scheduler.Schedule(@event), name, lastModified));
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "The event catalogue folder {Folder} does not exist; no events are served.")]
    private partial void LogFolderMissing(string folder);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Event document {File} cannot be read and is left out: {Reason}")]
    private partial void LogUnreadable(string file, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Event document {File}: {Diagnostic}")]
    private partial void LogDiagnosticError(string file, string diagnostic);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Event document {File}: {Diagnostic}")]
    private partial void LogDiagnosticWarning(string file, string diagnostic);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "Event document {File} has {Count} validation errors and is left out until they are fixed.")]
    private partial void LogLeftOut(string file, int count);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "Event document {File} has the slug {Slug} of {Other}; only {Other} is served.")]
    private partial void LogDuplicateSlug(string file, string slug, string other);

    private sealed record FileState((DateTime, long) Stamp, CatalogEntry? Entry);
}
