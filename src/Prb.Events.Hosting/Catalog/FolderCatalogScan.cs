using Microsoft.Extensions.Logging;

namespace Prb.Events.Hosting;

/// <summary>Looks at the <c>*.json</c> files of the catalogue folder, in ordinal order of their paths: a file whose
/// stamp is unchanged keeps what was read before, any other file is loaded.</summary>
internal sealed class FolderCatalogScan(string folder, FolderCatalogLoader loader, ILogger logger)
{
    /// <summary>The files of the folder by full path, in ordinal order (none when the folder is missing); or, when
    /// the folder cannot be scanned (it went away or changed under the scan), which is logged, the files
    /// <paramref name="known"/> before, marked incomplete.</summary>
    public async Task<FolderCatalogScanResult> ScanAsync(IReadOnlyDictionary<string, FolderCatalogFile> known, CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, FolderCatalogFile>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            FolderCatalogLog.FolderMissing(logger, folder);
            return new FolderCatalogScanResult(files, Complete: true);
        }

        try
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var info = new FileInfo(path);
                if (info.Exists)
                {
                    files[path] = await LookAtAsync(info, known.GetValueOrDefault(path), cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            FolderCatalogLog.ScanFailed(logger, e, folder, LogText.Escape(e.Message));
            return new FolderCatalogScanResult(known, Complete: false);
        }

        return new FolderCatalogScanResult(files, Complete: true);
    }

    /// <summary>What was read before when the file's stamp is unchanged, else the file loaded again.</summary>
    private async Task<FolderCatalogFile> LookAtAsync(FileInfo info, FolderCatalogFile? before, CancellationToken cancellationToken)
    {
        // Patterns rather than null checks followed by statements: a mutated condition then cannot break the null
        // analysis of code outside it, which would take the whole method out of mutation testing.
        var stamp = new FolderCatalogStamp(info.LastWriteTimeUtc, info.Length);
        return before switch
        {
            { } same when same.Stamp == stamp => same,
            _ => await loader.LoadAsync(info, stamp, cancellationToken).ConfigureAwait(false),
        };
    }
}

/// <summary>What a scan found: the files by full path, and whether the whole folder could be scanned.</summary>
internal readonly record struct FolderCatalogScanResult(IReadOnlyDictionary<string, FolderCatalogFile> Files, bool Complete);
