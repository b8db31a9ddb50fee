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

    /// <summary>Makes the next call look at the folder again, as a change reported by the file system does.</summary>
    internal void Invalidate() => _dirty = true;

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
            try
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
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                // The folder went away or changed under the scan: keep what was served, and look again next time.
                LogScanFailed(e, _folder, LogText.Escape(e.Message));
                _dirty = true;
                return _current ?? EventCatalogSnapshot.Empty;
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
                LogDuplicateSlug(LogText.Escape(Path.GetFileName(path)), entry.Event.Slug.Value, LogText.Escape(Path.GetFileName(slugs[entry.Event.Slug.Value])));
            }
        }

        var snapshot = new EventCatalogSnapshot(entries, Interlocked.Increment(ref _version));
        _current = snapshot;
        return snapshot;
    }

    private async Task<FileState> LoadAsync(string path, FileInfo info, (DateTime, long) stamp, CancellationToken cancellationToken)
    {
        // One file never takes the catalogue down: whatever happens while it loads, it is logged and left out.
        var name = LogText.Escape(Path.GetFileName(path));
        try
        {
            if (WhyNotRead(info) is { } reason)
            {
                LogSkipped(name, reason);
                return new FileState(stamp, null);
            }

            var bytes = await ReadCappedAsync(path, _options.MaxDocumentSize, cancellationToken).ConfigureAwait(false);
            if (bytes is null)
            {
                LogSkipped(name, $"it grew beyond the limit of {_options.MaxDocumentSize} bytes (MaxDocumentSize) while being read");
                return new FileState(stamp, null);
            }

            var @event = EventDocumentSerializer.Read(bytes);
            var result = _validator.Validate(@event);
            foreach (var diagnostic in result.Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    LogDiagnosticError(name, LogText.Escape(diagnostic.ToString()));
                }
                else
                {
                    LogDiagnosticWarning(name, LogText.Escape(diagnostic.ToString()));
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
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (EventDocumentException e)
        {
            LogUnreadable(name, LogText.Escape(e.Message));
            return new FileState(stamp, null);
        }
#pragma warning disable CA1031 // The isolation boundary of one file: any failure of reading, validating or scheduling it is logged, never thrown.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogBroken(e, name, e.GetType().Name, LogText.Escape(e.Message));
            return new FileState(stamp, null);
        }
    }

    /// <summary>Why a file is not read at all, or null to read it: only regular files inside the folder, not empty,
    /// within the size limit. Decided from the file system's metadata, without opening the file, so a FIFO or a
    /// device named <c>*.json</c> cannot block or flood the catalogue.</summary>
    private string? WhyNotRead(FileInfo info)
    {
        var target = info;
        if (info.LinkTarget is not null)
        {
            if (info.ResolveLinkTarget(returnFinalTarget: true) is not FileInfo { Exists: true } resolved)
            {
                return "it is a symbolic link to nothing, or to something other than a file";
            }

            var inside = _folder.EndsWith(Path.DirectorySeparatorChar) ? _folder : _folder + Path.DirectorySeparatorChar;
            if (!resolved.FullName.StartsWith(inside, StringComparison.Ordinal))
            {
                return "it is a symbolic link that leads outside the catalogue folder";
            }

            target = resolved;
        }

        // Devices, FIFOs and sockets report no length; an empty regular file is no document either.
        if (target.Length == 0)
        {
            return "it is empty, or not a regular file (a device, a FIFO or a socket)";
        }

        return target.Length > _options.MaxDocumentSize
            ? $"it has {target.Length} bytes, more than the limit of {_options.MaxDocumentSize} (MaxDocumentSize)"
            : null;
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the file holds more.</summary>
    private static async Task<byte[]?> ReadCappedAsync(string path, long limit, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.ReadWrite | FileShare.Delete,
            Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
            BufferSize = 0,
        });
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
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

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "{File} in the event catalogue folder is not read: {Reason}.")]
    private partial void LogSkipped(string file, string reason);

    [LoggerMessage(EventId = 8, Level = LogLevel.Error, Message = "Event document {File} broke while loading ({Type}: {Reason}) and is left out; the rest of the catalogue keeps serving.")]
    private partial void LogBroken(Exception exception, string file, string type, string reason);

    [LoggerMessage(EventId = 9, Level = LogLevel.Error, Message = "The event catalogue folder {Folder} could not be scanned ({Reason}); the previous events keep being served.")]
    private partial void LogScanFailed(Exception exception, string folder, string reason);

    private sealed record FileState((DateTime, long) Stamp, CatalogEntry? Entry);
}
