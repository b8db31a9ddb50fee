using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using Prb.Events.Hosting.Tests.TestSupport;

namespace Prb.Events.Hosting.Tests.Catalog;

/// <summary>When the folder catalogue looks at its files again — on a file-system notification, and otherwise only
/// once the refresh interval has passed — where an entry's last change comes from, the levels of its log lines, and
/// where a relative folder is. One behaviour each, at its boundary.</summary>
public sealed class FolderEventCatalogRefreshTests : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private readonly TempFolder _parent = new();
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 11, 28, 8, 0));
    private readonly FakeLogger<FolderEventCatalog> _logger = new();

    public void Dispose() => _parent.Dispose();

    [Fact]
    public async Task A_notified_edit_is_picked_up_inside_the_refresh_interval()
    {
        var folder = Directory.CreateDirectory(_parent.File("events")).FullName;
        File.Copy(Seed.Path, Path.Combine(folder, "seed.json"));
        using var catalog = Catalog(folder);
        var before = await catalog.GetSnapshotAsync();

        await File.WriteAllTextAsync(Path.Combine(folder, "seed.json"), Retitled("Zmieniony przez watcher"));

        // The clock stands still: only the watcher's notification can make the catalogue look again.
        var after = await CatalogPolling.WaitForAsync(catalog, s => s.Entries.Count == 1 && s.Entries[0].Event.Title == "Zmieniony przez watcher");
        Assert.True(after.Version > before.Version);
    }

    [Fact]
    public async Task Without_a_notification_the_snapshot_is_kept_until_the_interval_has_passed()
    {
        // No folder when the catalogue starts, so no watcher: polling at the interval is all there is.
        var folder = _parent.File("later");
        using var catalog = Catalog(folder);
        var empty = await catalog.GetSnapshotAsync();
        Directory.CreateDirectory(folder);
        File.Copy(Seed.Path, Path.Combine(folder, "seed.json"));

        _clock.Advance(Duration.FromTimeSpan(Interval) - Duration.FromMilliseconds(1));
        var inside = await catalog.GetSnapshotAsync();
        _clock.Advance(Duration.FromMilliseconds(1));
        var after = await catalog.GetSnapshotAsync();

        Assert.Empty(empty.Entries);
        Assert.Same(empty, inside);
        Assert.Single(after.Entries);
    }

    [Fact]
    public async Task An_entry_changes_when_the_document_says_so_else_when_the_file_did()
    {
        var folder = Directory.CreateDirectory(_parent.File("events")).FullName;
        File.Copy(Seed.Path, Path.Combine(folder, "seed.json"));
        await File.WriteAllTextAsync(Path.Combine(folder, "stamped.json"), Seed.Json
            .Replace(Seed.Slug, "ze-znacznikiem", StringComparison.Ordinal)
            .Replace("\"slug\": \"ze-znacznikiem\",", "\"slug\": \"ze-znacznikiem\", \"lastModified\": \"2011-11-07T09:00:00Z\",", StringComparison.Ordinal));
        var fileTime = new DateTime(2020, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(folder, "seed.json"), fileTime);
        File.SetLastWriteTimeUtc(Path.Combine(folder, "stamped.json"), fileTime);
        using var catalog = Catalog(folder);

        var snapshot = await catalog.GetSnapshotAsync();

        Assert.Equal(Instant.FromDateTimeUtc(fileTime), snapshot.Find(Seed.Slug)!.LastModified);
        Assert.Equal(Instant.FromUtc(2011, 11, 7, 9, 0), snapshot.Find("ze-znacznikiem")!.LastModified);
        Assert.Equal(Instant.FromDateTimeUtc(fileTime), snapshot.LastModified);
    }

    [Fact]
    public async Task Errors_are_logged_as_errors_and_warnings_as_warnings()
    {
        var folder = Directory.CreateDirectory(_parent.File("events")).FullName;
        // Registration that closes after the start is a warning (PRB1017); a blank title is an error (PRB1001).
        await File.WriteAllTextAsync(Path.Combine(folder, "warning.json"), Seed.Json.Replace(
            $"\"slug\": \"{Seed.Slug}\",", $"\"slug\": \"{Seed.Slug}\", \"registration\": {{ \"deadline\": \"2011-11-10T10:00:00\" }},", StringComparison.Ordinal));
        await File.WriteAllTextAsync(Path.Combine(folder, "error.json"), Seed.Json
            .Replace(Seed.Slug, "bez-tytulu", StringComparison.Ordinal)
            .Replace("\"title\": \"Biblioteki w partnerstwach lokalnych – dobre praktyki\"", "\"title\": \" \"", StringComparison.Ordinal));
        using var catalog = Catalog(folder);

        await catalog.GetSnapshotAsync();

        var records = _logger.Collector.GetSnapshot();
        Assert.Contains(records, r => r.Level == LogLevel.Error && r.Message.Contains("error.json", StringComparison.Ordinal) && r.Message.Contains("PRB1001", StringComparison.Ordinal));
        Assert.DoesNotContain(records, r => r.Level != LogLevel.Error && r.Message.Contains("PRB1001", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Level == LogLevel.Warning && r.Message.Contains("PRB1017", StringComparison.Ordinal));
        Assert.DoesNotContain(records, r => r.Level != LogLevel.Warning && r.Message.Contains("PRB1017", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_relative_folder_is_taken_from_the_content_root()
    {
        var folder = Directory.CreateDirectory(_parent.File("content/events")).FullName;
        File.Copy(Seed.Path, Path.Combine(folder, "seed.json"));
        using var catalog = new FolderEventCatalog(
            Options.Create(new PrbEventsOptions { CatalogPath = "events", CatalogRefreshInterval = Interval }), _clock,
            EventScheduler.Default, EventValidator.Default, _logger, new Environment(_parent.File("content")));

        var snapshot = await catalog.GetSnapshotAsync();

        Assert.Equal(folder, catalog.Folder);
        Assert.Single(snapshot.Entries);
    }

    private FolderEventCatalog Catalog(string folder) =>
        new(Options.Create(new PrbEventsOptions { CatalogPath = folder, CatalogRefreshInterval = Interval }), _clock,
            EventScheduler.Default, EventValidator.Default, _logger);

    private static string Retitled(string title) =>
        Seed.Json.Replace("\"title\": \"Biblioteki w partnerstwach lokalnych – dobre praktyki\"", $"\"title\": \"{title}\"", StringComparison.Ordinal);

    private sealed class Environment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
