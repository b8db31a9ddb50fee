using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using Prb.Events.Hosting.Tests.TestSupport;

namespace Prb.Events.Hosting.Tests.Catalog;

/// <summary>How much work the catalogue does: a file is read again only when its stamp (time of last write, length)
/// changed, and one caller at a time looks at the folder while the others are served without waiting.</summary>
public sealed class FolderEventCatalogPacingTests : IDisposable
{
    private readonly TempFolder _folder = Seed.CopyToTempFolder();
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 11, 28, 8, 0));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_unchanged_file_is_not_read_again_when_the_folder_is_looked_at()
    {
        // A broken file is logged each time it is read: the count of its log lines is the count of reads.
        var broken = _folder.File("zepsuty.json");
        await File.WriteAllTextAsync(broken, "{\"formatVersion\": \"1.0\", \"id\": ");
        var logger = new FakeLogger<FolderEventCatalog>();
        using var catalog = Catalog(logger);
        var first = await catalog.GetSnapshotAsync();

        _clock.Advance(Duration.FromSeconds(3));
        catalog.Invalidate();
        var second = await catalog.GetSnapshotAsync();

        Assert.Same(first, second);
        Assert.Equal(1, Reads(logger, "zepsuty.json"));
    }

    [Fact]
    public async Task A_file_written_again_with_the_same_length_is_read_again()
    {
        var broken = _folder.File("zepsuty.json");
        await File.WriteAllTextAsync(broken, "{\"formatVersion\": \"1.0\", \"id\": ");
        var written = new DateTime(2026, 11, 28, 7, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(broken, written);
        var logger = new FakeLogger<FolderEventCatalog>();
        using var catalog = Catalog(logger);
        await catalog.GetSnapshotAsync();

        await File.WriteAllTextAsync(broken, "{\"formatVersion\": \"1.0\", \"id\": ");
        File.SetLastWriteTimeUtc(broken, written.AddSeconds(1));
        _clock.Advance(Duration.FromSeconds(3));
        await catalog.GetSnapshotAsync();

        Assert.Equal(2, Reads(logger, "zepsuty.json"));
    }

    [Fact]
    public async Task A_file_whose_length_changed_is_read_again_even_with_the_same_time_of_last_write()
    {
        // A write within the file system's time resolution, or a tool that restores the time, keeps the time.
        var broken = _folder.File("zepsuty.json");
        await File.WriteAllTextAsync(broken, "{\"formatVersion\": \"1.0\", \"id\": ");
        var written = new DateTime(2026, 11, 28, 7, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(broken, written);
        var logger = new FakeLogger<FolderEventCatalog>();
        using var catalog = Catalog(logger);
        await catalog.GetSnapshotAsync();

        await File.WriteAllTextAsync(broken, "{\"formatVersion\": \"1.0\", \"id\": \"");
        File.SetLastWriteTimeUtc(broken, written);
        _clock.Advance(Duration.FromSeconds(3));
        await catalog.GetSnapshotAsync();

        Assert.Equal(2, Reads(logger, "zepsuty.json"));
    }

    [Fact]
    public async Task A_caller_during_a_refresh_gets_the_previous_snapshot_without_waiting()
    {
        using var logger = new GateLogger<FolderEventCatalog>("drugi.json");
        using var catalog = Catalog(logger);
        var first = await catalog.GetSnapshotAsync();
        await File.WriteAllTextAsync(_folder.File("drugi.json"), "nie json");
        _clock.Advance(Duration.FromSeconds(3));

        var refreshing = Task.Run(async () => await catalog.GetSnapshotAsync());
        Assert.True(logger.WaitUntilHeld(), "The refresh never reached the new file.");
        var during = await catalog.GetSnapshotAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        logger.Open();
        var after = await refreshing;

        Assert.Same(first, during);
        Assert.NotSame(first, after);
        Assert.True(after.Version > first.Version);
    }

    [Fact]
    public async Task First_callers_that_queue_behind_the_first_look_share_its_snapshot()
    {
        // Nothing has been served yet, so they wait; then they take what the first look found, without looking again.
        await File.WriteAllTextAsync(_folder.File("zepsuty.json"), "nie json");
        using var logger = new GateLogger<FolderEventCatalog>("zepsuty.json");
        using var catalog = Catalog(logger);

        var looking = Task.Run(async () => await catalog.GetSnapshotAsync());
        Assert.True(logger.WaitUntilHeld(), "The first look never reached the broken file.");
        var queued = Enumerable.Range(0, 8).Select(_ => catalog.GetSnapshotAsync().AsTask()).ToList();
        var waited = queued.All(t => !t.IsCompleted);
        logger.Open();
        var first = await looking;
        var others = await Task.WhenAll(queued);

        Assert.True(waited);
        Assert.All(others, s => Assert.Same(first, s));
        Assert.Equal(1, logger.Count("zepsuty.json"));
        Assert.Single(first.Entries);
    }

    [Fact]
    public async Task A_missing_folder_is_logged_once_per_interval_and_serves_the_same_empty_catalogue()
    {
        var logger = new FakeLogger<FolderEventCatalog>();
        using var catalog = Catalog(logger, _folder.File("nie-ma"));
        var first = await catalog.GetSnapshotAsync();

        var inside = await catalog.GetSnapshotAsync();
        var loggedInside = Reads(logger, "does not exist");
        _clock.Advance(Duration.FromSeconds(3));
        var second = await catalog.GetSnapshotAsync();

        Assert.Empty(first.Entries);
        Assert.Same(first, inside);
        Assert.Same(first, second);
        Assert.Equal(1, loggedInside);
        Assert.Equal(2, Reads(logger, "does not exist"));
    }

    [Fact]
    public async Task A_refresh_cancelled_by_its_caller_stops_and_throws()
    {
        // The new file sorts before the known one: the scan is cancelled while a file is still left to look at.
        using var logger = new GateLogger<FolderEventCatalog>("a-nowy.json");
        using var catalog = Catalog(logger);
        await catalog.GetSnapshotAsync();
        await File.WriteAllTextAsync(_folder.File("a-nowy.json"), "nie json");
        _clock.Advance(Duration.FromSeconds(3));
        using var cancel = new CancellationTokenSource();

        var refreshing = Task.Run(async () => await catalog.GetSnapshotAsync(cancel.Token));
        Assert.True(logger.WaitUntilHeld(), "The refresh never reached the new file.");
        cancel.Cancel();
        logger.Open();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => refreshing);
    }

    [Fact]
    public void Blocking_on_the_catalogue_from_a_single_threaded_context_does_not_deadlock()
    {
        // Desktop apps and old ASP.NET block on async code from a thread whose context runs one thing at a time: a
        // library that resumed on that context would wait for itself for ever.
        using var catalog = Catalog(new FakeLogger<FolderEventCatalog>());

        var snapshot = NeverRunningContext.BlockOn(() => catalog.GetSnapshotAsync().AsTask());

        Assert.NotNull(snapshot);
        Assert.NotNull(snapshot.Find(Seed.Slug));
    }

    [Fact]
    public async Task A_disposed_catalogue_refuses_to_look_at_its_folder()
    {
        var catalog = Catalog(new FakeLogger<FolderEventCatalog>());
        catalog.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await catalog.GetSnapshotAsync());
    }

    private FolderEventCatalog Catalog(Microsoft.Extensions.Logging.ILogger<FolderEventCatalog> logger, string? folder = null) =>
        new(Options.Create(new PrbEventsOptions { CatalogPath = folder ?? _folder.FullPath, CatalogRefreshInterval = TimeSpan.FromSeconds(2) }), _clock,
            EventScheduler.Default, EventValidator.Default, logger);

    private static int Reads(FakeLogger<FolderEventCatalog> logger, string text) =>
        logger.Collector.GetSnapshot().Count(r => r.Message.Contains(text, StringComparison.Ordinal));
}
