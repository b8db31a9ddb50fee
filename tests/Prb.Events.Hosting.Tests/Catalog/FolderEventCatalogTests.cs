using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using Prb.Events.Hosting;
using Prb.Events.Hosting.Tests.TestSupport;

namespace Prb.Events.Hosting.Tests.Catalog;

public sealed class FolderEventCatalogTests : IDisposable
{
    private readonly TempFolder _folder = Seed.CopyToTempFolder();
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 11, 28, 8, 0));
    private readonly FakeLogger<FolderEventCatalog> _logger = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ServesTheDocumentsOfTheFolder()
    {
        using var catalog = Create();

        var snapshot = await catalog.GetSnapshotAsync();

        var entry = Assert.Single(snapshot.Entries);
        Assert.Equal(Seed.Slug, entry.Event.Slug.Value);
        Assert.Equal("prb-2011-11-09-wroclaw.json", entry.Source);
    }

    [Fact]
    public async Task EditedFile_IsPickedUpWithoutRestart()
    {
        using var catalog = Create();
        var before = await catalog.GetSnapshotAsync();

        await File.WriteAllTextAsync(_folder.File("prb-2011-11-09-wroclaw.json"),
            Seed.Json.Replace("\"title\": \"Biblioteki w partnerstwach lokalnych – dobre praktyki\"", "\"title\": \"Zmieniony tytuł\"", StringComparison.Ordinal));
        _clock.Advance(Duration.FromSeconds(3));
        var after = await catalog.GetSnapshotAsync();

        Assert.Equal("Biblioteki w partnerstwach lokalnych – dobre praktyki", before.Entries[0].Event.Title);
        Assert.Equal("Zmieniony tytuł", after.Entries[0].Event.Title);
        Assert.True(after.Version > before.Version);
    }

    [Fact]
    public async Task AddedAndRemovedFiles_ArePickedUp()
    {
        using var catalog = Create();
        await catalog.GetSnapshotAsync();

        await File.WriteAllTextAsync(_folder.File("drugie.json"), SecondEvent());
        _clock.Advance(Duration.FromSeconds(3));
        var added = await catalog.GetSnapshotAsync();
        File.Delete(_folder.File("prb-2011-11-09-wroclaw.json"));
        _clock.Advance(Duration.FromSeconds(3));
        var removed = await catalog.GetSnapshotAsync();

        Assert.Equal(2, added.Entries.Count);
        Assert.Equal(["drugie-wydarzenie"], removed.Entries.Select(e => e.Event.Slug.Value));
    }

    [Fact]
    public async Task UnchangedFolder_KeepsTheSameSnapshotAndRendersNothingAgain()
    {
        using var catalog = Create();
        var first = await catalog.GetSnapshotAsync();
        _clock.Advance(Duration.FromSeconds(3));

        var second = await catalog.GetSnapshotAsync();

        Assert.Same(first, second);
    }

    [Fact]
    public async Task BrokenFile_IsLoggedWithItsReason_AndTheRestKeepsServing()
    {
        await File.WriteAllTextAsync(_folder.File("zepsuty.json"), "{\"formatVersion\": \"1.0\", \"id\": ");
        using var catalog = Create();

        var snapshot = await catalog.GetSnapshotAsync();

        Assert.Equal([Seed.Slug], snapshot.Entries.Select(e => e.Event.Slug.Value));
        var record = Assert.Single(_logger.Collector.GetSnapshot(), r => r.Message.Contains("zepsuty.json", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Error, record.Level);
        Assert.Contains("$.id", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileWithValidationErrors_IsLoggedWithItsDiagnostics_AndLeftOut()
    {
        await File.WriteAllTextAsync(_folder.File("drugie.json"), SecondEvent().Replace("\"end\": \"2012-03-20T15:00:00\"", "\"end\": \"2012-03-20T08:00:00\"", StringComparison.Ordinal));
        using var catalog = Create();

        var snapshot = await catalog.GetSnapshotAsync();

        Assert.Equal([Seed.Slug], snapshot.Entries.Select(e => e.Event.Slug.Value));
        Assert.Contains(_logger.Collector.GetSnapshot(), r => r.Message.Contains("drugie.json", StringComparison.Ordinal)
            && r.Message.Contains("PRB1002 days[0].end", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DuplicateSlug_ServesTheFirstFileAndLogsTheOther()
    {
        await File.WriteAllTextAsync(_folder.File("zz-kopia.json"), Seed.Json);
        using var catalog = Create();

        var snapshot = await catalog.GetSnapshotAsync();

        Assert.Equal("prb-2011-11-09-wroclaw.json", Assert.Single(snapshot.Entries).Source);
        Assert.Contains(_logger.Collector.GetSnapshot(), r => r.Message.Contains("zz-kopia.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MissingFolder_IsLoggedAndServesNothing()
    {
        using var catalog = Create(Path.Combine(_folder.FullPath, "nie-ma"));

        var snapshot = await catalog.GetSnapshotAsync();

        Assert.Empty(snapshot.Entries);
        Assert.Contains(_logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Error);
    }

    [Fact]
    public async Task ConcurrentCallers_AllGetTheCatalogue()
    {
        using var catalog = Create();

        var snapshots = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () => await catalog.GetSnapshotAsync())));

        Assert.All(snapshots, s => Assert.Equal(Seed.Slug, Assert.Single(s.Entries).Event.Slug.Value));
    }

    [Fact]
    public void NoFolderOption_ThrowsNamingTheOption()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => new FolderEventCatalog(Options.Create(new PrbEventsOptions()), _clock, EventScheduler.Default, EventValidator.Default, _logger));

        Assert.Contains("CatalogPath", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("options")]
    [InlineData("clock")]
    [InlineData("scheduler")]
    [InlineData("validator")]
    [InlineData("logger")]
    public void A_missing_argument_is_refused_naming_it(string missing)
    {
        var options = Options.Create(new PrbEventsOptions { CatalogPath = _folder.FullPath });

        var ex = Assert.Throws<ArgumentNullException>(() => new FolderEventCatalog(
            missing == "options" ? null! : options,
            missing == "clock" ? null! : _clock,
            missing == "scheduler" ? null! : EventScheduler.Default,
            missing == "validator" ? null! : EventValidator.Default,
            missing == "logger" ? null! : _logger));

        Assert.Equal(missing, ex.ParamName);
    }

    private FolderEventCatalog Create(string? path = null) =>
        new(Options.Create(new PrbEventsOptions { CatalogPath = path ?? _folder.FullPath, CatalogRefreshInterval = TimeSpan.FromSeconds(2) }), _clock,
            EventScheduler.Default, EventValidator.Default, _logger);

    private static string SecondEvent() => """
        {
          "formatVersion": "1.0",
          "id": "drugie-wydarzenie",
          "title": "Szkolenie",
          "kind": "training",
          "timeZone": "Europe/Warsaw",
          "days": [ { "start": "2012-03-20T09:00:00", "end": "2012-03-20T15:00:00" } ],
          "language": "pl"
        }
        """;
}
