using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using Prb.Events.Hosting;
using Prb.Events.Hosting.Tests.TestSupport;

namespace Prb.Events.Hosting.Tests.Store;

public sealed class FolderEventStoreTests : IDisposable
{
    private static readonly Slug SeedSlug = new(Seed.Slug);
    private readonly TempFolder _folder = Seed.CopyToTempFolder();

    public void Dispose() => _folder.Dispose();

    internal static Event AtRevision(int revision, string title = "Biblioteki w partnerstwach lokalnych – dobre praktyki") =>
        EventDocumentSerializer.Read(Seed.Json
            .Replace("\n  \"revision\": 0,", $"\n  \"revision\": {revision},", StringComparison.Ordinal)
            .Replace("\"title\": \"Biblioteki w partnerstwach lokalnych – dobre praktyki\"", $"\"title\": \"{title}\"", StringComparison.Ordinal));

    [Fact]
    public async Task Get_TheFileOfTheSlug_VersionIsTheContentHash()
    {
        var store = Create();

        var stored = await store.GetAsync(SeedSlug);

        Assert.NotNull(stored);
        Assert.Equal(File.ReadAllBytes(_folder.File(Seed.Slug + ".json")), stored.Document.ToArray());
        Assert.Equal(FolderEventStore.VersionOf(stored.Document.Span), stored.Version);
        Assert.Equal(Seed.Slug, stored.ReadEvent().Slug.Value);
        Assert.Null(await store.GetAsync(new Slug("no-such-event")));
    }

    [Fact]
    public async Task Replace_WithTheVersionRead_WritesTheCanonicalDocument()
    {
        var store = Create();
        var read = (await store.GetAsync(SeedSlug))!;

        var result = await store.ReplaceAsync(AtRevision(1, "Nowy tytuł"), read.Version);

        Assert.Equal(EventStoreStatus.Replaced, result.Status);
        var now = (await store.GetAsync(SeedSlug))!;
        Assert.Equal(now.Version, result.Version);
        Assert.Equal(EventDocumentSerializer.WriteUtf8(AtRevision(1, "Nowy tytuł")), now.Document.ToArray());
        Assert.Empty(Directory.EnumerateFiles(_folder.FullPath, "*.tmp", new EnumerationOptions { AttributesToSkip = 0 }));
    }

    [Fact]
    public async Task Replace_WithAnOldVersion_IsAConflictAndWritesNothing()
    {
        var store = Create();
        var read = (await store.GetAsync(SeedSlug))!;
        Assert.True((await store.ReplaceAsync(AtRevision(1), read.Version)).Succeeded);
        var before = File.ReadAllBytes(_folder.File(Seed.Slug + ".json"));

        var result = await store.ReplaceAsync(AtRevision(2), read.Version);

        Assert.Equal(EventStoreStatus.Conflict, result.Status);
        Assert.Equal((await store.GetAsync(SeedSlug))!.Version, result.Version);
        Assert.Equal(before, File.ReadAllBytes(_folder.File(Seed.Slug + ".json")));
    }

    [Fact]
    public async Task Create_Delete_NotFound_AlreadyExists()
    {
        var store = Create();
        var read = (await store.GetAsync(SeedSlug))!;

        Assert.Equal(EventStoreStatus.AlreadyExists, (await store.CreateAsync(AtRevision(1))).Status);
        Assert.Equal(EventStoreStatus.Conflict, (await store.DeleteAsync(SeedSlug, new EventStoreVersion("other"))).Status);
        Assert.Equal(EventStoreStatus.Deleted, (await store.DeleteAsync(SeedSlug, read.Version)).Status);
        Assert.False(File.Exists(_folder.File(Seed.Slug + ".json")));
        Assert.Equal(EventStoreStatus.NotFound, (await store.DeleteAsync(SeedSlug, read.Version)).Status);
        Assert.Equal(EventStoreStatus.NotFound, (await store.ReplaceAsync(AtRevision(1), read.Version)).Status);

        var created = await store.CreateAsync(AtRevision(3));

        Assert.Equal(EventStoreStatus.Created, created.Status);
        Assert.Equal(3, (await store.GetAsync(SeedSlug))!.ReadEvent().Revision);
    }

    [Fact]
    public async Task Invalid_IsRefusedWithItsDiagnostics()
    {
        var store = Create();
        var invalid = EventDocumentSerializer.Read(Seed.Json.Replace("\"timeZone\": \"Europe/Warsaw\"", "\"timeZone\": \"Europe/Nowhere\"", StringComparison.Ordinal));

        var result = await store.CreateAsync(invalid);

        Assert.Equal(EventStoreStatus.Invalid, result.Status);
        Assert.Contains(result.Diagnostics, d => d.Code == "PRB1008");
    }

    [Fact]
    public async Task ConcurrentReplacesOfOneVersion_ExactlyOneWins()
    {
        var stores = new[] { Create(), Create() };
        var read = (await stores[0].GetAsync(SeedSlug))!;

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            Task.Run(() => stores[i % 2].ReplaceAsync(AtRevision(1, $"Wersja {i}"), read.Version))));

        Assert.Single(results, r => r.Status == EventStoreStatus.Replaced);
        Assert.Equal(15, results.Count(r => r.Status == EventStoreStatus.Conflict));
    }

    [Fact]
    public async Task ReadersDuringReplaces_NeverSeeATornFile()
    {
        var store = Create();
        var path = _folder.File(Seed.Slug + ".json");
        using var done = new CancellationTokenSource();
        var reads = 0;
        var reader = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                // Every read is a whole document: the old one or the new one.
                EventDocumentSerializer.Read(await File.ReadAllBytesAsync(path));
                reads++;
            }
        });

        for (var revision = 1; revision <= 40; revision++)
        {
            var current = (await store.GetAsync(SeedSlug))!;
            var title = new string('x', (revision % 7) * 500 + 1);
            Assert.True((await store.ReplaceAsync(AtRevision(revision, title), current.Version)).Succeeded);
        }

        await done.CancelAsync();
        await reader;
        Assert.True(reads > 0);
        Assert.Equal(40, (await store.GetAsync(SeedSlug))!.ReadEvent().Revision);
        Assert.Single(Directory.EnumerateFiles(_folder.FullPath, "*", new EnumerationOptions { AttributesToSkip = 0 }));
    }

    [Fact]
    public async Task AWrite_IsSeenByTheFolderCatalogueAtOnce()
    {
        var options = Options.Create(new PrbEventsOptions { CatalogPath = _folder.FullPath, CatalogRefreshInterval = TimeSpan.FromHours(1) });
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 28, 8, 0));
        using var catalog = new FolderEventCatalog(options, clock, EventScheduler.Default, EventValidator.Default, NullLogger<FolderEventCatalog>.Instance);
        var store = new FolderEventStore(options, EventValidator.Default, catalog: catalog);
        Assert.Equal(0, (await catalog.GetSnapshotAsync()).Entries[0].Event.Revision);

        var read = (await store.GetAsync(SeedSlug))!;
        Assert.True((await store.ReplaceAsync(AtRevision(4), read.Version)).Succeeded);

        Assert.Equal(4, (await catalog.GetSnapshotAsync()).Entries[0].Event.Revision);
    }

    private FolderEventStore Create() =>
        new(Options.Create(new PrbEventsOptions { CatalogPath = _folder.FullPath }), EventValidator.Default);
}
