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
public sealed class FolderEventCatalog : IEventCatalog, IDisposable
{
    private readonly string _folder;
    private readonly ILogger<FolderEventCatalog> _logger;
    private readonly FolderCatalogPacing _pacing;
    private readonly FolderCatalogScan _scan;
    private readonly FileSystemWatcher? _watcher;
    private IReadOnlyDictionary<string, FolderCatalogFile> _files = new Dictionary<string, FolderCatalogFile>(StringComparer.Ordinal);
    // EventCatalogSnapshot.Empty until the first look: never null, so no null check narrows it (see RefreshAsync).
    private volatile EventCatalogSnapshot _current = EventCatalogSnapshot.Empty;
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
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.CatalogPath))
        {
            throw new OptionsValidationException(nameof(PrbEventsOptions), typeof(PrbEventsOptions),
                [$"{nameof(PrbEventsOptions)}.{nameof(PrbEventsOptions.CatalogPath)} must name the folder of event documents."]);
        }

        _folder = Path.GetFullPath(settings.CatalogPath, environment?.ContentRootPath ?? Directory.GetCurrentDirectory());
        _logger = logger;
        _pacing = new FolderCatalogPacing(clock, Duration.FromTimeSpan(settings.CatalogRefreshInterval));
        _scan = new FolderCatalogScan(_folder, new FolderCatalogLoader(_folder, settings.MaxDocumentSize, scheduler, validator, logger), logger);
        _watcher = FolderCatalogWatcher.Start(_folder, _pacing.MarkDirty);
    }

    /// <summary>Gets the full path of the folder.</summary>
    public string Folder => _folder;

    /// <summary>Whether the file system reports changes to the folder: it existed when the catalogue started, and the
    /// catalogue is not disposed.</summary>
    internal bool IsWatching => _watcher?.EnableRaisingEvents == true;

    /// <inheritdoc />
    public async ValueTask<EventCatalogSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default)
    {
        var current = _current;
        var served = !ReferenceEquals(current, EventCatalogSnapshot.Empty);
        if (served && _pacing.IsFresh)
        {
            return current;
        }

        if (!served)
        {
            await _pacing.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (!await _pacing.TryEnterAsync(cancellationToken).ConfigureAwait(false))
        {
            // Someone else refreshes: serve what we have rather than queue behind them.
            return current;
        }

        try
        {
            // Someone else refreshed while this caller waited: take what they found.
            var fresh = _current;
            if (!ReferenceEquals(fresh, current))
            {
                return fresh;
            }

            return await RefreshAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _pacing.Exit();
        }
    }

    /// <summary>Makes the next call look at the folder again, as a change reported by the file system does.</summary>
    internal void Invalidate() => _pacing.MarkDirty();

    /// <summary>Stops watching the folder.</summary>
    public void Dispose()
    {
        _watcher?.Dispose();
        _pacing.Dispose();
    }

    /// <summary>Looks at the folder; a new snapshot only when a file was added, removed or read again.</summary>
    /// <remarks>No null checks narrow a value used after them here: when a mutation testing tool changes such a
    /// condition, the null analysis of the code after it fails, and the tool leaves the whole method unmutated.</remarks>
    private async Task<EventCatalogSnapshot> RefreshAsync(CancellationToken cancellationToken)
    {
        _pacing.StartLook();
        var scan = await _scan.ScanAsync(_files, cancellationToken).ConfigureAwait(false);
        if (!scan.Complete)
        {
            // The folder went away or changed under the scan: keep what was served, and look again next time.
            _pacing.MarkDirty();
            return _current;
        }

        var same = FolderCatalogSnapshotBuilder.SameFiles(_files, scan.Files);
        _files = scan.Files;
        var current = _current;
        if (same && !ReferenceEquals(current, EventCatalogSnapshot.Empty))
        {
            return current;
        }

        var snapshot = FolderCatalogSnapshotBuilder.Build(scan.Files, Interlocked.Increment(ref _version), _logger);
        _current = snapshot;
        return snapshot;
    }
}
