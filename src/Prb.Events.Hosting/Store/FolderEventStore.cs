using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Prb.Events.Hosting;

/// <summary>
/// The store of the default catalogue: each event is the file <c>{slug}.json</c> in the folder
/// <see cref="PrbEventsOptions.CatalogPath"/>, which <see cref="FolderEventCatalog"/> serves.
/// </summary>
/// <remarks>
/// <para>A version is the hash of the file's content, so a file edited by hand is a new version too. Writes are atomic:
/// the document goes to a temporary file in the same folder (<c>.prb-events-*.tmp</c>, which the catalogue ignores), is
/// flushed to the disk, then renamed over <c>{slug}.json</c>. A reader sees the old file or the new one, never a torn
/// one, and a crash mid-write leaves the previous version.</para>
/// <para>Writes to one slug are serialized by a lock shared by every store in the process, which makes the version
/// check and the rename one step: of any number of writers in this process that read one version, exactly one
/// succeeds. Processes on other machines, or other programs, writing the same folder are not coordinated; for many
/// instances use a database store.</para>
/// <para>Only <c>{slug}.json</c> is looked at: an event the catalogue found in a file of another name is not found
/// here.</para>
/// </remarks>
public sealed class FolderEventStore : IEventStore
{
    private const string TempPrefix = ".prb-events-";

    // The version of "no file": never a content hash, which is never empty.
    private static EventStoreVersion NoFile => default;
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> s_locks = new(StringComparer.Ordinal);
    private readonly string _folder;
    private readonly EventValidator _validator;
    private readonly FolderEventCatalog? _catalog;

    /// <summary>Initializes the store.</summary>
    /// <param name="options">The options; <see cref="PrbEventsOptions.CatalogPath"/> names the folder.</param>
    /// <param name="validator">Decides which events may be written.</param>
    /// <param name="environment">The host environment; a relative folder is taken from its content root. Optional.</param>
    /// <param name="catalog">The host's catalogue; when it is the <see cref="FolderEventCatalog"/> of the same folder,
    /// it is told of every write at once instead of waiting for the file system to report it. Optional.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="OptionsValidationException">The options do not name a folder.</exception>
    public FolderEventStore(IOptions<PrbEventsOptions> options, EventValidator validator, IHostEnvironment? environment = null, IEventCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(validator);
        if (string.IsNullOrWhiteSpace(options.Value.CatalogPath))
        {
            throw new OptionsValidationException(nameof(PrbEventsOptions), typeof(PrbEventsOptions),
                [$"{nameof(PrbEventsOptions)}.{nameof(PrbEventsOptions.CatalogPath)} must name the folder of event documents."]);
        }

        _folder = Path.GetFullPath(options.Value.CatalogPath, environment?.ContentRootPath ?? Directory.GetCurrentDirectory());
        _validator = validator;
        _catalog = CatalogOfTheSameFolder(catalog, _folder);
    }

    /// <summary>Gets the full path of the folder.</summary>
    public string Folder => _folder;

    /// <inheritdoc />
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public async Task<StoredEventDocument?> GetAsync(Slug slug, CancellationToken cancellationToken = default)
    {
        var path = PathOf(slug);
        // Switch arms rather than a null check followed by statements: a mutated condition then cannot break the
        // definite assignment or null analysis of the code after it (see docs/mutation-testing.md).
        return await ReadAsync(path, cancellationToken).ConfigureAwait(false) switch
        {
            byte[] bytes => new StoredEventDocument(slug, bytes, VersionOf(bytes), LastModifiedOf(bytes, path)),
            _ => null,
        };
    }

    /// <inheritdoc />
    /// <exception cref="IOException">The file cannot be written; the previous version stays.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public async Task<EventStoreResult> CreateAsync(Event @event, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        var validation = _validator.Validate(@event);
        if (!validation.IsValid)
        {
            return new EventStoreResult(EventStoreStatus.Invalid, @event.Slug, null, validation.Diagnostics);
        }

        return await LockedAsync(@event.Slug, async () =>
        {
            var current = await CurrentVersionAsync(@event.Slug, cancellationToken).ConfigureAwait(false);
            if (current != NoFile)
            {
                return new EventStoreResult(EventStoreStatus.AlreadyExists, @event.Slug, current);
            }

            var version = await WriteAsync(@event, overwrite: false, cancellationToken).ConfigureAwait(false);
            return new EventStoreResult(EventStoreStatus.Created, @event.Slug, version, validation.Diagnostics);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <exception cref="IOException">The file cannot be written; the previous version stays.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public async Task<EventStoreResult> ReplaceAsync(Event @event, EventStoreVersion expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        var validation = _validator.Validate(@event);
        if (!validation.IsValid)
        {
            return new EventStoreResult(EventStoreStatus.Invalid, @event.Slug, null, validation.Diagnostics);
        }

        return await LockedAsync(@event.Slug, async () =>
        {
            var current = await CurrentVersionAsync(@event.Slug, cancellationToken).ConfigureAwait(false);
            if (current == NoFile)
            {
                return new EventStoreResult(EventStoreStatus.NotFound, @event.Slug, null);
            }

            if (current != expectedVersion)
            {
                return new EventStoreResult(EventStoreStatus.Conflict, @event.Slug, current);
            }

            var version = await WriteAsync(@event, overwrite: true, cancellationToken).ConfigureAwait(false);
            return new EventStoreResult(EventStoreStatus.Replaced, @event.Slug, version, validation.Diagnostics);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <exception cref="IOException">The file cannot be deleted.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be deleted.</exception>
    public Task<EventStoreResult> DeleteAsync(Slug slug, EventStoreVersion expectedVersion, CancellationToken cancellationToken = default) =>
        LockedAsync(slug, async () =>
        {
            var current = await CurrentVersionAsync(slug, cancellationToken).ConfigureAwait(false);
            if (current == NoFile)
            {
                return new EventStoreResult(EventStoreStatus.NotFound, slug, null);
            }

            if (current != expectedVersion)
            {
                return new EventStoreResult(EventStoreStatus.Conflict, slug, current);
            }

            File.Delete(PathOf(slug));
            _catalog?.Invalidate();
            return new EventStoreResult(EventStoreStatus.Deleted, slug, null);
        }, cancellationToken);

    /// <summary>The version of a file's content: the first 128 bits of its SHA-256, in base64url.</summary>
    internal static EventStoreVersion VersionOf(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(content, hash);
        return new EventStoreVersion(Convert.ToBase64String(hash[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_'));
    }

    private string PathOf(Slug slug) => Path.Combine(_folder, slug.Value + ".json");

    /// <summary>The catalogue to tell of writes: the folder catalogue of the same folder, else none.</summary>
    private static FolderEventCatalog? CatalogOfTheSameFolder(IEventCatalog? catalog, string folder) => catalog switch
    {
        FolderEventCatalog same when string.Equals(same.Folder, folder, StringComparison.Ordinal) => same,
        _ => null,
    };

    /// <summary>The content of the file, or null when there is no such file (or folder).</summary>
    private static async Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The version of the file now, or <see cref="NoFile"/> when there is none.</summary>
    private async Task<EventStoreVersion> CurrentVersionAsync(Slug slug, CancellationToken cancellationToken) =>
        await ReadAsync(PathOf(slug), cancellationToken).ConfigureAwait(false) switch
        {
            byte[] bytes => VersionOf(bytes),
            _ => NoFile,
        };

    /// <summary>The document's own last change when it is a readable document that has one, else the file's write time.</summary>
    private static Instant LastModifiedOf(byte[] bytes, string path)
    {
        var written = Instant.FromDateTimeUtc(File.GetLastWriteTimeUtc(path));
        try
        {
            return EventDocumentSerializer.Read(bytes).LastModified.GetValueOrDefault(written);
        }
        catch (EventDocumentException)
        {
            // A broken file is still a version that a writer may replace or delete.
            return written;
        }
    }

    private async Task<EventStoreResult> LockedAsync(Slug slug, Func<Task<EventStoreResult>> write, CancellationToken cancellationToken)
    {
        var gate = s_locks.GetOrAdd(PathOf(slug), static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await write().ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Writes the document whole into a temporary file beside the target, flushes it to the disk and renames
    /// it over the target; on any failure the temporary file is removed and the target is untouched.</summary>
    private async Task<EventStoreVersion> WriteAsync(Event @event, bool overwrite, CancellationToken cancellationToken)
    {
        var bytes = EventDocumentSerializer.WriteUtf8(@event);
        Directory.CreateDirectory(_folder);
        var temp = Path.Combine(_folder, TempPrefix + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            var stream = new FileStream(temp, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Share = FileShare.None,
                Options = FileOptions.Asynchronous,
                BufferSize = 0,
            });
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, PathOf(@event.Slug), overwrite);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }

        _catalog?.Invalidate();
        return VersionOf(bytes);
    }
}
