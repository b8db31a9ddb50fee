namespace Prb.Events.Hosting;

/// <summary>Watches the catalogue folder for added, removed, renamed and written <c>*.json</c> files; every
/// notification, and an overflow of the notifications, means "look again".</summary>
internal static class FolderCatalogWatcher
{
    /// <summary>Watches <paramref name="folder"/>, or returns null when the folder is missing or cannot be watched
    /// (polling at the refresh interval still picks up changes).</summary>
    public static FileSystemWatcher? Start(string folder, Action changed)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        FileSystemWatcher? watcher = null;
        try
        {
            watcher = new FileSystemWatcher(folder, "*.json") { NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
            Subscribe(watcher, changed);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException)
        {
            watcher?.Dispose();
            return null;
        }
    }

    /// <summary>Calls <paramref name="changed"/> on every notification of <paramref name="watcher"/>.</summary>
    internal static void Subscribe(FileSystemWatcher watcher, Action changed)
    {
        watcher.Changed += (_, _) => changed();
        watcher.Created += (_, _) => changed();
        watcher.Deleted += (_, _) => changed();
        watcher.Renamed += (_, _) => changed();
        watcher.Error += (_, _) => changed();
    }
}
