using Microsoft.Extensions.Logging;

namespace Prb.Events.Hosting;

/// <summary>Builds a snapshot of the files that loaded: of two with one slug, the one that comes first is served and
/// the other is logged.</summary>
internal static class FolderCatalogSnapshotBuilder
{
    /// <summary>The snapshot of <paramref name="files"/> (by full path, in the order they are served).</summary>
    public static EventCatalogSnapshot Build(IEnumerable<KeyValuePair<string, FolderCatalogFile>> files, long version, ILogger logger)
    {
        var entries = new List<CatalogEntry>();
        var served = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, entry) in Loaded(files))
        {
            var slug = entry.Event.Slug.Value;
            var first = served.GetValueOrDefault(slug);
            if (first is null)
            {
                served.Add(slug, path);
                entries.Add(entry);
            }
            else
            {
                FolderCatalogLog.DuplicateSlug(logger, LogText.Escape(Path.GetFileName(path)), slug, LogText.Escape(Path.GetFileName(first)));
            }
        }

        return new EventCatalogSnapshot(entries, version);
    }

    /// <summary>The files that loaded, with their entries, in order.</summary>
    private static IEnumerable<(string Path, CatalogEntry Entry)> Loaded(IEnumerable<KeyValuePair<string, FolderCatalogFile>> files) =>
        files.SelectMany(file => file.Value.Entry switch
        {
            CatalogEntry entry => new[] { (Path: file.Key, Entry: entry) },
            _ => [],
        });

    /// <summary>Whether two scans found the same files, each with what was read of it (nothing was loaded again).</summary>
    public static bool SameFiles(IReadOnlyDictionary<string, FolderCatalogFile> before, IReadOnlyDictionary<string, FolderCatalogFile> after) =>
        before.Count == after.Count && after.All(file => ReferenceEquals(before.GetValueOrDefault(file.Key), file.Value));
}
