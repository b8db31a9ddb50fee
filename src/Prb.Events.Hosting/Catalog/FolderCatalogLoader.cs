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
        if (reason.Length > 0)
        {
            FolderCatalogLog.Skipped(logger, name, reason);
            return null;
        }

        // Patterns rather than null checks followed by statements: a mutated condition then cannot break the null
        // analysis of code outside it, which would take the whole method out of mutation testing.
        return await ReadCappedAsync(info.FullName, maxDocumentSize, cancellationToken).ConfigureAwait(false) switch
        {
            byte[] octets => Enter(info, name, octets),
            _ => GrewBeyondTheLimit(name),
        };
    }

    /// <summary>The entry of a document read whole, or null when it has validation errors (logged).</summary>
    private CatalogEntry? Enter(FileInfo info, string name, byte[] octets)
    {
        var @event = EventDocumentSerializer.Read(octets);
        var result = validator.Validate(@event);
        Log(name, result);
        if (!result.IsValid)
        {
            FolderCatalogLog.LeftOut(logger, name, result.Errors.Count());
            return null;
        }

        var lastModified = @event.LastModified.GetValueOrDefault(Instant.FromDateTimeUtc(DateTime.SpecifyKind(info.LastWriteTimeUtc, DateTimeKind.Utc)));
        return new CatalogEntry(@event, scheduler.Schedule(@event), name, lastModified);
    }

    /// <summary>Logs a file that grew past the limit between the look at its size and its reading; no entry.</summary>
    private CatalogEntry? GrewBeyondTheLimit(string name)
    {
        FolderCatalogLog.Skipped(logger, name, $"it grew beyond the limit of {maxDocumentSize} bytes (MaxDocumentSize) while being read");
        return null;
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

    /// <summary>Why a file is not read at all, or empty to read it: only regular files inside the folder, not empty,
    /// within the size limit. Decided from the file system's metadata, without opening the file, so a FIFO or a
    /// device named <c>*.json</c> cannot block or flood the catalogue.</summary>
    internal string WhyNotRead(FileInfo info) => info.LinkTarget is null ? WhyNotReadFile(info) : WhyNotReadLink(info);

    /// <summary>Why the file a symbolic link leads to is not read, or empty to read it.</summary>
    private string WhyNotReadLink(FileInfo link) => link.ResolveLinkTarget(returnFinalTarget: true) switch
    {
        FileInfo { Exists: true } target when IsInsideFolder(target.FullName) => WhyNotReadFile(target),
        FileInfo { Exists: true } => "it is a symbolic link that leads outside the catalogue folder",
        _ => "it is a symbolic link to nothing, or to something other than a file",
    };

    /// <summary>Why a file (not a link) is not read, or empty to read it.</summary>
    private string WhyNotReadFile(FileInfo target)
    {
        // Devices, FIFOs and sockets report no length; an empty regular file is no document either.
        if (target.Length == 0)
        {
            return "it is empty, or not a regular file (a device, a FIFO or a socket)";
        }

        if (target.Length > maxDocumentSize)
        {
            return $"it has {target.Length} bytes, more than the limit of {maxDocumentSize} (MaxDocumentSize)";
        }

        return string.Empty;
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
