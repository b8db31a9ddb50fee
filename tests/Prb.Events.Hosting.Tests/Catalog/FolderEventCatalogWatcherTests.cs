using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using Prb.Events.Hosting.Tests.TestSupport;

namespace Prb.Events.Hosting.Tests.Catalog;

/// <summary>The real file-system watcher wakes the catalogue for every kind of change to its documents, inside the
/// refresh interval: the clock stands still in these tests, so only a notification can make it look again.</summary>
public sealed class FolderEventCatalogWatcherTests : IDisposable
{
    private readonly TempFolder _folder = Seed.CopyToTempFolder();
    private readonly TempFolder _outside = new();
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 11, 28, 8, 0));
    private readonly FakeLogger<FolderEventCatalog> _logger = new();

    public void Dispose()
    {
        _folder.Dispose();
        _outside.Dispose();
    }

    [Fact]
    public async Task A_document_moved_into_the_folder_is_served_inside_the_interval()
    {
        using var catalog = Catalog();
        await catalog.GetSnapshotAsync();
        await File.WriteAllTextAsync(_outside.File("nowy.json"), Seed.Json.Replace(Seed.Slug, "nowy", StringComparison.Ordinal));

        // A move from another folder is a creation, with no write in this folder.
        File.Move(_outside.File("nowy.json"), _folder.File("nowy.json"));

        var after = await CatalogPolling.WaitForAsync(catalog, s => s.Find("nowy") is not null);
        Assert.Equal(2, after.Entries.Count);
    }

    [Fact]
    public async Task A_deleted_document_is_gone_inside_the_interval()
    {
        using var catalog = Catalog();
        var before = await catalog.GetSnapshotAsync();

        File.Delete(_folder.File("prb-2011-11-09-wroclaw.json"));

        await CatalogPolling.WaitForAsync(catalog, s => s.Entries.Count == 0);
        Assert.Single(before.Entries);
    }

    [Fact]
    public async Task A_renamed_document_is_served_from_its_new_name_inside_the_interval()
    {
        using var catalog = Catalog();
        await catalog.GetSnapshotAsync();

        File.Move(_folder.File("prb-2011-11-09-wroclaw.json"), _folder.File("wroclaw.json"));

        var after = await CatalogPolling.WaitForAsync(catalog, s => s.Entries.Count == 1 && s.Entries[0].Source == "wroclaw.json");
        Assert.Equal(Seed.Slug, after.Entries[0].Event.Slug.Value);
    }

    [Fact]
    public async Task Without_a_change_the_snapshot_is_kept_until_the_interval_has_passed()
    {
        using var catalog = Catalog();
        var first = await catalog.GetSnapshotAsync();

        _clock.Advance(Duration.FromSeconds(2) - Duration.FromMilliseconds(1));
        var inside = await catalog.GetSnapshotAsync();

        Assert.Same(first, inside);
    }

    [Fact]
    public void Notes_beside_the_documents_do_not_wake_the_catalogue()
    {
        var seen = new ConcurrentQueue<string>();
        var changes = 0;
        using var watcher = FolderCatalogWatcher.Start(_folder.FullPath, () => Interlocked.Increment(ref changes));
        Assert.NotNull(watcher);
        watcher.Created += (_, e) => seen.Enqueue(e.Name ?? "");
        File.WriteAllText(_outside.File("nowy.json"), Seed.Json);

        // Notifications come in the order of the changes: once the document's has come, the note's would have too.
        File.WriteAllText(_folder.File("notatki.txt"), "do zrobienia");
        File.Move(_outside.File("nowy.json"), _folder.File("nowy.json"));

        Assert.True(SpinWait.SpinUntil(() => seen.Contains("nowy.json"), TimeSpan.FromSeconds(30)), "The move was never notified.");
        Assert.DoesNotContain("notatki.txt", seen);
        Assert.True(Volatile.Read(ref changes) >= 1);
    }

    [Theory]
    [InlineData("Changed")]
    [InlineData("Created")]
    [InlineData("Deleted")]
    [InlineData("Renamed")]
    [InlineData("Error")]
    public void Every_kind_of_notification_and_an_overflow_make_the_catalogue_look_again(string kind)
    {
        // An overflow means notifications were lost: only a new look tells what changed.
        using var watcher = new Probe(_folder.FullPath);
        var changes = 0;
        FolderCatalogWatcher.Subscribe(watcher, () => changes++);

        watcher.Raise(kind);

        Assert.Equal(1, changes);
    }

    [Fact]
    public async Task Disposing_the_catalogue_stops_watching_the_folder()
    {
        var catalog = Catalog();
        await catalog.GetSnapshotAsync();
        var watchingBefore = catalog.IsWatching;

        catalog.Dispose();

        Assert.True(watchingBefore);
        Assert.False(catalog.IsWatching);
    }

    [Fact]
    public void A_folder_that_does_not_exist_yet_is_not_watched_but_polled()
    {
        using var catalog = Catalog(_folder.File("pozniej"));

        Assert.False(catalog.IsWatching);
    }

    private FolderEventCatalog Catalog(string? folder = null) =>
        new(Options.Create(new PrbEventsOptions { CatalogPath = folder ?? _folder.FullPath, CatalogRefreshInterval = TimeSpan.FromSeconds(2) }), _clock,
            EventScheduler.Default, EventValidator.Default, _logger);

    /// <summary>A watcher whose notifications the test raises itself (an overflow cannot be caused on purpose).</summary>
    private sealed class Probe(string folder) : FileSystemWatcher(folder)
    {
        public void Raise(string kind)
        {
            switch (kind)
            {
                case "Changed": OnChanged(new FileSystemEventArgs(WatcherChangeTypes.Changed, Path, "a.json")); break;
                case "Created": OnCreated(new FileSystemEventArgs(WatcherChangeTypes.Created, Path, "a.json")); break;
                case "Deleted": OnDeleted(new FileSystemEventArgs(WatcherChangeTypes.Deleted, Path, "a.json")); break;
                case "Renamed": OnRenamed(new RenamedEventArgs(WatcherChangeTypes.Renamed, Path, "b.json", "a.json")); break;
                default: OnError(new ErrorEventArgs(new InternalBufferOverflowException())); break;
            }
        }
    }
}
