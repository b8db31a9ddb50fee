using Microsoft.Extensions.Logging;

namespace Prb.Events.Hosting;

/// <summary>Looks at the <c>*.json</c> files of the catalogue folder, in ordinal order of their paths: a file whose
/// stamp is unchanged keeps what was read before, any other file is loaded.</summary>
internal sealed class FolderCatalogScan(string folder, FolderCatalogLoader loader, ILogger logger)
{
    /// <summary>The files of the folder by full path, in ordinal order; empty when the folder is missing; null when
    /// the folder cannot be scanned (it went away or changed under the scan), which is logged.</summary>
    public async Task<Dictionary<string, FolderCatalogFile>?> ScanAsync(IReadOnlyDictionary<string, FolderCatalogFile> known, CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, FolderCatalogFile>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            FolderCatalogLog.FolderMissing(logger, folder);
            return files;
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
            return null;
        }

        return files;
    }

    /// <summary>What was read before when the file's stamp is unchanged, else the file loaded again.</summary>
    private async Task<FolderCatalogFile> LookAtAsync(FileInfo info, FolderCatalogFile? before, CancellationToken cancellationToken)
    {
        var stamp = new FolderCatalogStamp(info.LastWriteTimeUtc, info.Length);
        if (before is not null && before.Stamp == stamp)
        {
            return before;
        }

        return await loader.LoadAsync(info, stamp, cancellationToken).ConfigureAwait(false);
    }
}
