using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using Prb.Events.Hosting;
using Prb.Events.Hosting.Tests.TestSupport;

namespace Prb.Events.Hosting.Tests.Store;

/// <summary>The folder store at its edges: where the folder is, what a version is, what "last modified" means, broken
/// files, and which catalogue hears of a write.</summary>
public sealed class FolderEventStoreEdgeTests : IDisposable
{
    private static readonly Slug SeedSlug = new(Seed.Slug);
    private readonly TempFolder _folder = Seed.CopyToTempFolder();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_store_without_a_folder_is_refused_naming_the_option(string? path)
    {
        var e = Assert.Throws<OptionsValidationException>(() =>
            new FolderEventStore(Options.Create(new PrbEventsOptions { CatalogPath = path }), EventValidator.Default));

        Assert.Contains("PrbEventsOptions.CatalogPath", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_folder_is_taken_from_the_content_root()
    {
        var store = new FolderEventStore(
            Options.Create(new PrbEventsOptions { CatalogPath = "events" }), EventValidator.Default, new Environment(_folder.FullPath));

        Assert.Equal(Path.Combine(_folder.FullPath, "events"), store.Folder);
    }

    [Fact]
    public void Without_a_host_a_relative_folder_is_taken_from_the_working_directory()
    {
        var store = new FolderEventStore(Options.Create(new PrbEventsOptions { CatalogPath = "events" }), EventValidator.Default);

        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "events"), store.Folder);
    }

    [Fact]
    public async Task The_version_is_the_base64url_of_the_first_128_bits_of_the_content_SHA256()
    {
        var content = File.ReadAllBytes(_folder.File(Seed.Slug + ".json"));

        var stored = (await Create().GetAsync(SeedSlug))!;

        Assert.Equal(Base64Url.EncodeToString(SHA256.HashData(content).AsSpan(0, 16)), stored.Version.Value);
        Assert.Equal(22, stored.Version.Value.Length);
    }

    [Fact]
    public async Task A_folder_that_does_not_exist_holds_no_event()
    {
        var store = new FolderEventStore(Options.Create(new PrbEventsOptions { CatalogPath = _folder.File("missing") }), EventValidator.Default);

        Assert.Null(await store.GetAsync(SeedSlug));
        Assert.Equal(EventStoreStatus.NotFound, (await store.DeleteAsync(SeedSlug, new EventStoreVersion("any"))).Status);
    }

    [Fact]
    public async Task The_first_write_into_a_missing_folder_creates_it()
    {
        var folder = _folder.File("new/events");
        var store = new FolderEventStore(Options.Create(new PrbEventsOptions { CatalogPath = folder }), EventValidator.Default);

        var result = await store.CreateAsync(Seed.Event);

        Assert.Equal(EventStoreStatus.Created, result.Status);
        Assert.Equal(result.Version, (await store.GetAsync(SeedSlug))!.Version);
        Assert.True(File.Exists(Path.Combine(folder, Seed.Slug + ".json")));
    }

    [Fact]
    public async Task Last_modified_is_the_document_own_when_it_has_one()
    {
        File.WriteAllText(_folder.File(Seed.Slug + ".json"), Seed.Json.Replace(
            "\"slug\": \"prb-2011-11-09-wroclaw\",", "\"slug\": \"prb-2011-11-09-wroclaw\", \"lastModified\": \"2011-11-07T09:00:00Z\",", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(_folder.File(Seed.Slug + ".json"), new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc));

        var stored = (await Create().GetAsync(SeedSlug))!;

        Assert.Equal(Instant.FromUtc(2011, 11, 7, 9, 0), stored.LastModified);
    }

    [Fact]
    public async Task Last_modified_of_a_document_without_one_is_the_file_write_time()
    {
        File.SetLastWriteTimeUtc(_folder.File(Seed.Slug + ".json"), new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc));

        var stored = (await Create().GetAsync(SeedSlug))!;

        Assert.Equal(Instant.FromUtc(2020, 1, 2, 3, 4, 5), stored.LastModified);
    }

    [Fact]
    public async Task A_broken_file_is_a_version_that_can_be_replaced()
    {
        var path = _folder.File(Seed.Slug + ".json");
        File.WriteAllText(path, "{ \"slug\": ");
        File.SetLastWriteTimeUtc(path, new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc));
        var store = Create();

        var broken = (await store.GetAsync(SeedSlug))!;
        var result = await store.ReplaceAsync(FolderEventStoreTests.AtRevision(1), broken.Version);

        Assert.Equal(Instant.FromUtc(2020, 1, 2, 3, 4, 5), broken.LastModified);
        Assert.Equal("{ \"slug\": "u8.ToArray(), broken.Document.ToArray());
        Assert.Equal(EventStoreStatus.Replaced, result.Status);
        Assert.Equal(1, (await store.GetAsync(SeedSlug))!.ReadEvent().Revision);
    }

    [Fact]
    public async Task A_replacement_answers_the_new_version_and_a_conflict_the_current_one()
    {
        var store = Create();
        var read = (await store.GetAsync(SeedSlug))!;

        var replaced = await store.ReplaceAsync(FolderEventStoreTests.AtRevision(1), read.Version);
        var conflict = await store.ReplaceAsync(FolderEventStoreTests.AtRevision(2), read.Version);
        var deleteConflict = await store.DeleteAsync(SeedSlug, read.Version);
        var exists = await store.CreateAsync(FolderEventStoreTests.AtRevision(3));

        var now = (await store.GetAsync(SeedSlug))!.Version;
        Assert.NotEqual(read.Version, now);
        Assert.Equal(now, replaced.Version);
        Assert.Equal((EventStoreStatus.Conflict, now), (conflict.Status, conflict.Version));
        Assert.Equal((EventStoreStatus.Conflict, now), (deleteConflict.Status, deleteConflict.Version));
        Assert.Equal((EventStoreStatus.AlreadyExists, now), (exists.Status, exists.Version));
    }

    [Fact]
    public async Task Not_found_and_deleted_answer_no_version()
    {
        var store = Create();
        var read = (await store.GetAsync(SeedSlug))!;

        var deleted = await store.DeleteAsync(SeedSlug, read.Version);
        var notFound = await store.ReplaceAsync(FolderEventStoreTests.AtRevision(1), read.Version);

        Assert.Equal((EventStoreStatus.Deleted, (EventStoreVersion?)null), (deleted.Status, deleted.Version));
        Assert.Equal((EventStoreStatus.NotFound, (EventStoreVersion?)null), (notFound.Status, notFound.Version));
    }

    [Fact]
    public async Task An_invalid_replacement_is_refused_and_writes_nothing()
    {
        var store = Create();
        var read = (await store.GetAsync(SeedSlug))!;
        var invalid = EventDocumentSerializer.Read(Seed.Json.Replace("\"timeZone\": \"Europe/Warsaw\"", "\"timeZone\": \"Europe/Nowhere\"", StringComparison.Ordinal));

        var result = await store.ReplaceAsync(invalid, read.Version);

        Assert.Equal(EventStoreStatus.Invalid, result.Status);
        Assert.Null(result.Version);
        Assert.Contains(result.Diagnostics, d => d.Code == "PRB1008");
        Assert.Equal(read.Version, (await store.GetAsync(SeedSlug))!.Version);
    }

    [Fact]
    public async Task A_creation_and_a_deletion_are_seen_by_the_folder_catalogue_at_once()
    {
        var options = Options.Create(new PrbEventsOptions { CatalogPath = _folder.FullPath, CatalogRefreshInterval = TimeSpan.FromHours(1) });
        using var catalog = new FolderEventCatalog(options, new FakeClock(Instant.FromUtc(2026, 11, 28, 8, 0)), EventScheduler.Default,
            EventValidator.Default, NullLogger<FolderEventCatalog>.Instance);
        var store = new FolderEventStore(options, EventValidator.Default, catalog: catalog);
        var read = (await store.GetAsync(SeedSlug))!;
        Assert.Single((await catalog.GetSnapshotAsync()).Entries);

        Assert.True((await store.DeleteAsync(SeedSlug, read.Version)).Succeeded);
        Assert.Empty((await catalog.GetSnapshotAsync()).Entries);

        Assert.True((await store.CreateAsync(FolderEventStoreTests.AtRevision(5))).Succeeded);
        Assert.Equal(5, Assert.Single((await catalog.GetSnapshotAsync()).Entries).Event.Revision);
    }

    [Fact]
    public async Task A_missing_event_is_refused_by_its_parameter_name()
    {
        var store = Create();

        Assert.Equal("event", (await Assert.ThrowsAsync<ArgumentNullException>(() => store.CreateAsync(null!))).ParamName);
        Assert.Equal("event", (await Assert.ThrowsAsync<ArgumentNullException>(() => store.ReplaceAsync(null!, new EventStoreVersion("v")))).ParamName);
    }

    [Fact]
    public async Task A_creation_that_cannot_be_completed_replaces_nothing_and_leaves_no_temporary_file()
    {
        // A dangling link holds no event, but its name is taken: the creation must not replace it.
        var path = _folder.File(Seed.Slug + ".json");
        File.Delete(path);
        File.CreateSymbolicLink(path, _folder.File("nowhere.json"));
        var store = Create();
        Assert.Null(await store.GetAsync(SeedSlug));

        await Assert.ThrowsAsync<IOException>(() => store.CreateAsync(Seed.Event));

        Assert.Equal(_folder.File("nowhere.json"), new FileInfo(path).LinkTarget);
        Assert.Equal([path], Directory.EnumerateFileSystemEntries(_folder.FullPath, "*", new EnumerationOptions { AttributesToSkip = 0 }));
    }

    [Fact]
    public async Task A_document_is_renamed_into_place_from_a_hidden_temporary_file_the_catalogue_skips()
    {
        // The documented name, .prb-events-*.tmp: hidden, and not *.json, so neither the catalogue nor a person listing
        // the folder takes a half-written document for an event.
        File.Delete(_folder.File(Seed.Slug + ".json"));
        var renamed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = new FileSystemWatcher(_folder.FullPath) { IncludeSubdirectories = false };
        watcher.Renamed += (_, e) => renamed.TrySetResult(e.OldName ?? string.Empty);
        watcher.EnableRaisingEvents = true;

        await Create().CreateAsync(Seed.Event);

        var from = await renamed.Task.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Matches(@"^\.prb-events-[0-9a-f]{32}\.tmp$", from);
    }

    [Fact]
    public void A_caller_blocking_on_a_single_threaded_context_is_not_deadlocked()
    {
        // A UI thread or classic ASP.NET blocks on the task; a store that resumed on that context would wait for ever.
        var store = Create();

        var read = NeverRunningContext.BlockOn(async () => (await store.GetAsync(SeedSlug).ConfigureAwait(false))!);
        var replaced = NeverRunningContext.BlockOn(() => store.ReplaceAsync(FolderEventStoreTests.AtRevision(1), read!.Version));
        var deleted = NeverRunningContext.BlockOn(() => store.DeleteAsync(SeedSlug, replaced!.Version!.Value));
        var created = NeverRunningContext.BlockOn(() => store.CreateAsync(FolderEventStoreTests.AtRevision(2)));
        var exists = NeverRunningContext.BlockOn(() => store.CreateAsync(FolderEventStoreTests.AtRevision(3)));

        Assert.NotNull(read);
        Assert.Equal(EventStoreStatus.Replaced, replaced?.Status);
        Assert.Equal(EventStoreStatus.Deleted, deleted?.Status);
        Assert.Equal(EventStoreStatus.Created, created?.Status);
        Assert.Equal(EventStoreStatus.AlreadyExists, exists?.Status);
    }

    [Fact]
    public async Task A_folder_catalogue_that_cannot_watch_still_sees_every_write_at_once()
    {
        // The folder does not exist when the catalogue starts, so nothing watches it: only the store can say it changed.
        var folder = _folder.File("later");
        var options = Options.Create(new PrbEventsOptions { CatalogPath = folder, CatalogRefreshInterval = TimeSpan.FromHours(1) });
        using var catalog = new FolderEventCatalog(options, new FakeClock(Instant.FromUtc(2026, 11, 28, 8, 0)), EventScheduler.Default,
            EventValidator.Default, NullLogger<FolderEventCatalog>.Instance);
        var store = new FolderEventStore(options, EventValidator.Default, catalog: catalog);
        Assert.Empty((await catalog.GetSnapshotAsync()).Entries);
        Assert.False(catalog.IsWatching);

        var created = await store.CreateAsync(Seed.Event);
        Assert.Single((await catalog.GetSnapshotAsync()).Entries);

        Assert.True((await store.DeleteAsync(SeedSlug, created.Version!.Value)).Succeeded);
        Assert.Empty((await catalog.GetSnapshotAsync()).Entries);
    }

    [Fact]
    public void Missing_options_or_validator_are_refused_by_name()
    {
        var options = Options.Create(new PrbEventsOptions { CatalogPath = _folder.FullPath });

        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => new FolderEventStore(null!, EventValidator.Default)).ParamName);
        Assert.Equal("validator", Assert.Throws<ArgumentNullException>(() => new FolderEventStore(options, null!)).ParamName);
    }

    private FolderEventStore Create() =>
        new(Options.Create(new PrbEventsOptions { CatalogPath = _folder.FullPath }), EventValidator.Default);

    private sealed class Environment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
