using Microsoft.Extensions.Logging;
using NodaTime;

namespace Prb.Events.Hosting;

/// <summary>Loads one file of the catalogue folder: decides from its metadata whether to read it, reads at most the
/// size limit, validates and schedules the document, and logs whatever keeps it out. One file never takes the
/// catalogue down.</summary>
internal sealed class FolderCatalogLoader(string folder, long maxDocumentSize, EventScheduler scheduler, EventValidator validator, ILogger logger)
{
    private const int ChunkSize = 81920;

    /// <summary>The file as read now: its entry, or no entry when it is skipped, unreadable, invalid or broken.</summary>
    public async Task<FolderCatalogFile> LoadAsync(FileInfo info, FolderCatalogStamp stamp, CancellationToken cancellationToken)
    {
        var name = LogText.Escape(info.Name);
        try
        {
            return new FolderCatalogFile(stamp, await ReadEntryAsync(info, name, cancellationToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (EventDocumentException e)
        {
            FolderCatalogLog.Unreadable(logger, name, LogText.Escape(e.Message));
            return new FolderCatalogFile(stamp, null);
        }
#pragma warning disable CA1031 // The isolation boundary of one file: any failure of reading, validating or scheduling it is logged, never thrown.
        catch (Exception e)
#pragma warning restore CA1031
        {
            FolderCatalogLog.Broken(logger, e, name, e.GetType().Name, LogText.Escape(e.Message));
            return new FolderCatalogFile(stamp, null);
        }
    }

    /// <summary>The entry of the file, or null when it is left out (logged).</summary>
    private async Task<CatalogEntry?> ReadEntryAsync(FileInfo info, string name, CancellationToken cancellationToken)
    {
        var reason = WhyNotRead(info);
        if (reason is not null)
        {
            FolderCatalogLog.Skipped(logger, name, reason);
            return null;
        }

        var bytes = await ReadCappedAsync(info.FullName, maxDocumentSize, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            FolderCatalogLog.Skipped(logger, name, $"it grew beyond the limit of {maxDocumentSize} bytes (MaxDocumentSize) while being read");
            return null;
        }

        var @event = EventDocumentSerializer.Read(bytes);
        var result = validator.Validate(@event);
        Log(name, result);
        if (!result.IsValid)
        {
            FolderCatalogLog.LeftOut(logger, name, result.Errors.Count());
            return null;
        }

        var lastModified = @event.LastModified ?? Instant.FromDateTimeUtc(DateTime.SpecifyKind(info.LastWriteTimeUtc, DateTimeKind.Utc));
        return new CatalogEntry(@event, scheduler.Schedule(@event), name, lastModified);
    }

    /// <summary>Logs each diagnostic at its level: errors as errors, warnings as warnings.</summary>
    private void Log(string name, ValidationResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            var text = LogText.Escape(diagnostic.ToString());
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                FolderCatalogLog.DiagnosticError(logger, name, text);
            }
            else
            {
                FolderCatalogLog.DiagnosticWarning(logger, name, text);
            }
        }
    }

    /// <summary>Why a file is not read at all, or null to read it: only regular files inside the folder, not empty,
    /// within the size limit. Decided from the file system's metadata, without opening the file, so a FIFO or a
    /// device named <c>*.json</c> cannot block or flood the catalogue.</summary>
    internal string? WhyNotRead(FileInfo info)
    {
        var target = info;
        if (info.LinkTarget is not null)
        {
            var resolved = info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo;
            if (resolved is null || !resolved.Exists)
            {
                return "it is a symbolic link to nothing, or to something other than a file";
            }

            if (!IsInsideFolder(resolved.FullName))
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

        if (target.Length > maxDocumentSize)
        {
            return $"it has {target.Length} bytes, more than the limit of {maxDocumentSize} (MaxDocumentSize)";
        }

        return null;
    }

    /// <summary>Whether a full path lies inside the folder (not merely starts with its name).</summary>
    private bool IsInsideFolder(string path)
    {
        var inside = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(inside, StringComparison.Ordinal);
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the file holds more.</summary>
    internal static async Task<byte[]?> ReadCappedAsync(string path, long limit, CancellationToken cancellationToken)
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
            var chunk = new byte[ChunkSize];
            var read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            while (read > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
                read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            }

            return buffer.ToArray();
        }
    }
}
