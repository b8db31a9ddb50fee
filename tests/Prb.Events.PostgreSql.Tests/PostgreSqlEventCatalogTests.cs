using System.Text;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Logging;
using Prb.Events.PostgreSql.Tests.TestSupport;

namespace Prb.Events.PostgreSql.Tests;

[Collection(PostgresTests.Name)]
public sealed class PostgreSqlEventCatalogTests(PostgresCluster cluster)
{
    [Fact]
    public async Task GetSnapshot_ServesTheStoredEvents()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        await database.Store().CreateAsync(TestDatabase.Event("konferencja", "Zażółć gęślą jaźń 🎉"));
        var catalog = database.Catalog();

        var snapshot = await catalog.GetSnapshotAsync();

        var entry = Assert.Single(snapshot.Entries);
        Assert.Equal("Zażółć gęślą jaźń 🎉", entry.Event.Title);
        Assert.Equal("prb_events/konferencja", entry.Source);
        Assert.NotNull(entry.Schedule.Start);
    }

    [Fact]
    public async Task Write_ThroughOneInstance_IsSeenByAnotherThroughNotify()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        // Resync far away: only a notification can bring the change in time.
        var writerSide = database.Catalog(resync: TimeSpan.FromHours(1));
        var readerSide = database.Catalog(resync: TimeSpan.FromHours(1));
        await writerSide.StartAsync();
        await readerSide.StartAsync();
        var store = database.Store();

        var created = await store.CreateAsync(TestDatabase.Event("konferencja"));
        await TestDatabase.WaitUntilAsync(readerSide, s => s.Find("konferencja") is not null, "the inserted event");
        await store.ReplaceAsync(TestDatabase.Event("konferencja", "Po zmianie", revision: 1), created.Version!.Value);
        await TestDatabase.WaitUntilAsync(readerSide, s => s.Find("konferencja")?.Event.Title == "Po zmianie", "the replaced title");
        await TestDatabase.WaitUntilAsync(writerSide, s => s.Find("konferencja")?.Event.Title == "Po zmianie", "the replaced title on the writing side");
        var current = (await store.GetAsync(new Slug("konferencja")))!;
        await store.DeleteAsync(current.Slug, current.Version);
        await TestDatabase.WaitUntilAsync(readerSide, s => s.Entries.Count == 0, "the deletion");
    }

    [Fact]
    public async Task Resync_PicksUpAChangeMadeWithoutNotification()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        await database.Store().CreateAsync(TestDatabase.Event("konferencja"));
        var catalog = database.Catalog(resync: TimeSpan.FromSeconds(1));
        Assert.Single((await catalog.GetSnapshotAsync()).Entries);

        // Written behind the catalogue's back: no NOTIFY, as a lost notification would be.
        await database.ExecuteAsync(
            "UPDATE prb_events SET document = @document, version = nextval('prb_events_version_seq') WHERE slug = 'konferencja'",
            ("document", TestDatabase.Document("konferencja", "Bez powiadomienia", revision: 1)));

        await TestDatabase.WaitUntilAsync(catalog, s => s.Find("konferencja")?.Event.Title == "Bez powiadomienia", "the change found by the resync");
    }

    [Fact]
    public async Task BrokenStoredDocument_IsLoggedAndLeftOut()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        var store = database.Store();
        await store.CreateAsync(TestDatabase.Event("dobra"));
        await store.CreateAsync(TestDatabase.Event("zla"));
        await database.ExecuteAsync("UPDATE prb_events SET document = @document WHERE slug = 'zla'",
            ("document", Encoding.UTF8.GetBytes("{\"schemaVersion\": 1, \"title\": \"\u001b[31mnie\ndokument")));
        var logger = new FakeLogger<PostgreSqlEventCatalog>();
        var catalog = database.Catalog(logger);

        var snapshot = await catalog.GetSnapshotAsync();

        Assert.Equal("dobra", Assert.Single(snapshot.Entries).Event.Slug.Value);
        var record = Assert.Single(logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Contains("zla", record.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', record.Message);
        Assert.DoesNotContain('\u001b', record.Message);
    }

    [Fact]
    public async Task InvalidStoredEvent_IsLoggedWithItsDiagnosticsAndLeftOut()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        var store = database.Store();
        await store.CreateAsync(TestDatabase.Event("dobra"));
        var blank = Encoding.UTF8.GetString(TestDatabase.Document("pusta"))
            .Replace("\"title\": \"Biblioteki w partnerstwach lokalnych – dobre praktyki\"", "\"title\": \"   \"", StringComparison.Ordinal);
        await database.ExecuteAsync(
            "INSERT INTO prb_events (slug, id, document, kind, organizer_ids, voivodeships, revision, last_modified, version) " +
            "VALUES ('pusta', 'pusta', @document, 'conference', '{}', '{}', 0, now(), nextval('prb_events_version_seq'))",
            ("document", Encoding.UTF8.GetBytes(blank)));
        var logger = new FakeLogger<PostgreSqlEventCatalog>();

        var snapshot = await database.Catalog(logger).GetSnapshotAsync();

        Assert.Equal("dobra", Assert.Single(snapshot.Entries).Event.Slug.Value);
        Assert.Contains(logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Error && r.Message.Contains("PRB1001", StringComparison.Ordinal));
    }
}
