using System.Diagnostics;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using Prb.Events.Hosting.Tests.TestSupport;

namespace Prb.Events.Hosting.Tests.Catalog;

/// <summary>Whatever one file does while loading — any exception, any size, any file type — it is logged and left out,
/// and the rest keeps serving and refreshing.</summary>
public sealed class FolderEventCatalogIsolationTests : IDisposable
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
    public async Task A_FIFO_named_json_is_skipped_without_being_opened()
    {
        Run("mkfifo", _folder.File("fifo.json"));

        using var catalog = Catalog();
        var snapshot = await catalog.GetSnapshotAsync();

        Assert.NotNull(snapshot.Find(Seed.Slug));
        AssertLogged("fifo.json", "not a regular file");
    }

    [Fact]
    public async Task A_link_to_a_device_is_skipped()
    {
        File.CreateSymbolicLink(_folder.File("zero.json"), "/dev/zero");

        using var catalog = Catalog();
        var snapshot = await catalog.GetSnapshotAsync();

        Assert.Single(snapshot.Entries);
        AssertLogged("zero.json", "leads outside");
    }

    [Fact]
    public async Task A_link_leading_outside_the_folder_is_not_served()
    {
        await File.WriteAllTextAsync(_outside.File("secret.json"), Seed.Json.Replace(Seed.Slug, "sekret", StringComparison.Ordinal));
        File.CreateSymbolicLink(_folder.File("secret.json"), _outside.File("secret.json"));

        using var catalog = Catalog();
        var snapshot = await catalog.GetSnapshotAsync();

        Assert.Null(snapshot.Find("sekret"));
        AssertLogged("secret.json", "leads outside");
    }

    [Fact]
    public async Task A_link_to_a_document_inside_the_folder_is_served()
    {
        Directory.CreateDirectory(_folder.File("archive"));
        await File.WriteAllTextAsync(_folder.File("archive/inny.txt"), Seed.Json.Replace(Seed.Slug, "inny", StringComparison.Ordinal));
        File.CreateSymbolicLink(_folder.File("inny.json"), _folder.File("archive/inny.txt"));

        using var catalog = Catalog();
        var snapshot = await catalog.GetSnapshotAsync();

        Assert.NotNull(snapshot.Find("inny"));
    }

    [Fact]
    public async Task A_link_to_nothing_is_skipped()
    {
        File.CreateSymbolicLink(_folder.File("nic.json"), _folder.File("usuniety.txt"));

        using var catalog = Catalog();
        var snapshot = await catalog.GetSnapshotAsync();

        Assert.Single(snapshot.Entries);
        AssertLogged("nic.json", "symbolic link to nothing");
    }

    [Fact]
    public async Task A_link_into_a_sibling_folder_whose_name_starts_with_the_folder_name_is_not_served()
    {
        var sibling = Directory.CreateDirectory(_folder.FullPath + "-prywatne").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(sibling, "secret.json"), Seed.Json.Replace(Seed.Slug, "sekret", StringComparison.Ordinal));
            File.CreateSymbolicLink(_folder.File("secret.json"), Path.Combine(sibling, "secret.json"));

            using var catalog = Catalog();
            var snapshot = await catalog.GetSnapshotAsync();

            Assert.Null(snapshot.Find("sekret"));
            AssertLogged("secret.json", "leads outside");
        }
        finally
        {
            Directory.Delete(sibling, recursive: true);
        }
    }

    [Fact]
    public async Task A_folder_given_with_a_trailing_separator_serves_links_inside_it_and_not_outside()
    {
        await File.WriteAllTextAsync(_folder.File("inny.txt"), Seed.Json.Replace(Seed.Slug, "inny", StringComparison.Ordinal));
        File.CreateSymbolicLink(_folder.File("inny.json"), _folder.File("inny.txt"));
        await File.WriteAllTextAsync(_outside.File("secret.json"), Seed.Json.Replace(Seed.Slug, "sekret", StringComparison.Ordinal));
        File.CreateSymbolicLink(_folder.File("secret.json"), _outside.File("secret.json"));

        using var catalog = Catalog(folder: _folder.FullPath + Path.DirectorySeparatorChar);
        var snapshot = await catalog.GetSnapshotAsync();

        Assert.NotNull(snapshot.Find("inny"));
        Assert.Null(snapshot.Find("sekret"));
        AssertLogged("secret.json", "leads outside");
    }

    [Fact]
    public async Task Only_json_files_are_read_not_notes_beside_them()
    {
        await File.WriteAllTextAsync(_folder.File("notatki.txt"), Seed.Json.Replace(Seed.Slug, "notatka", StringComparison.Ordinal));

        using var catalog = Catalog();
        var snapshot = await catalog.GetSnapshotAsync();

        Assert.Null(snapshot.Find("notatka"));
        Assert.Single(snapshot.Entries);
    }

    [Fact]
    public async Task A_link_to_a_link_inside_the_folder_that_leads_outside_is_not_served()
    {
        // Only where a chain of links ends counts.
        await File.WriteAllTextAsync(_outside.File("secret.json"), Seed.Json.Replace(Seed.Slug, "sekret", StringComparison.Ordinal));
        File.CreateSymbolicLink(_folder.File("hop.txt"), _outside.File("secret.json"));
        File.CreateSymbolicLink(_folder.File("secret.json"), _folder.File("hop.txt"));

        using var catalog = Catalog();
        var snapshot = await catalog.GetSnapshotAsync();

        Assert.Null(snapshot.Find("sekret"));
        AssertLogged("secret.json", "leads outside");
    }

    [Fact]
    public async Task A_document_over_the_size_limit_is_not_read()
    {
        var limit = new FileInfo(Seed.Path).Length + 100;
        await File.WriteAllTextAsync(_folder.File("huge.json"), "{" + new string(' ', (int)limit) + "}");

        using var catalog = Catalog(maxDocumentSize: limit);
        var snapshot = await catalog.GetSnapshotAsync();

        Assert.Single(snapshot.Entries);
        AssertLogged("huge.json", $"more than the limit of {limit}");
    }

    [Fact]
    public async Task An_empty_file_is_skipped()
    {
        await File.WriteAllBytesAsync(_folder.File("empty.json"), []);

        using var catalog = Catalog();
        var snapshot = await catalog.GetSnapshotAsync();

        Assert.Single(snapshot.Entries);
        var record = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, record.Level);
        Assert.Equal("empty.json in the event catalogue folder is not read: it is empty, or not a regular file (a device, a FIFO or a socket).", record.Message);
    }

    [Fact]
    public async Task A_document_whose_validation_throws_is_left_out_and_refreshing_goes_on()
    {
        // The scheduler's zones throw for one zone, as the end of the time line did for America/Los_Angeles.
        await File.WriteAllTextAsync(_folder.File("koniec.json"),
            Seed.Json.Replace(Seed.Slug, "koniec", StringComparison.Ordinal).Replace("Europe/Warsaw", "America/Los_Angeles", StringComparison.Ordinal));
        using var catalog = Catalog(validator: new EventValidator(new EventScheduler(new ThrowingZones("America/Los_Angeles"))));
        var first = await catalog.GetSnapshotAsync();

        Assert.Equal([Seed.Slug], first.Entries.Select(e => e.Event.Slug.Value));
        AssertLogged("koniec.json", "broke while loading (OverflowException");
        await File.WriteAllTextAsync(_folder.File("drugi.json"), Seed.Json.Replace(Seed.Slug, "drugi", StringComparison.Ordinal));
        _clock.Advance(Duration.FromSeconds(3));
        var second = await catalog.GetSnapshotAsync();
        Assert.NotNull(second.Find("drugi"));
        Assert.Null(second.Find("koniec"));
    }

    [Fact]
    public async Task A_file_name_with_a_line_break_cannot_forge_a_log_line()
    {
        await File.WriteAllTextAsync(_folder.File("zły\nERROR forged.json"), "not json");

        using var catalog = Catalog();
        await catalog.GetSnapshotAsync();

        var record = Assert.Single(_logger.Collector.GetSnapshot(), r => r.Message.Contains("forged", StringComparison.Ordinal));
        Assert.DoesNotContain('\n', record.Message);
        Assert.Contains("zły\\nERROR forged.json", record.Message, StringComparison.Ordinal);
    }

    private FolderEventCatalog Catalog(long maxDocumentSize = 4 * 1024 * 1024, EventValidator? validator = null, string? folder = null) =>
        new(Options.Create(new PrbEventsOptions { CatalogPath = folder ?? _folder.FullPath, CatalogRefreshInterval = TimeSpan.FromSeconds(2), MaxDocumentSize = maxDocumentSize }),
            _clock, EventScheduler.Default, validator ?? EventValidator.Default, _logger);

    private void AssertLogged(string file, string reason) =>
        Assert.Contains(_logger.Collector.GetSnapshot(), r =>
            r.Message.Contains(file, StringComparison.Ordinal) && r.Message.Contains(reason, StringComparison.Ordinal));

    private static void Run(string program, string argument)
    {
        using var process = Process.Start(new ProcessStartInfo(program, [argument]) { UseShellExecute = false })
            ?? throw new InvalidOperationException($"{program} did not start.");
        Assert.True(process.WaitForExit(30_000), $"{program} did not finish.");
        Assert.Equal(0, process.ExitCode);
    }

    /// <summary>Tzdb, except that one zone throws on every look-up: validation blows up inside the catalogue.</summary>
    private sealed class ThrowingZones(string broken) : IDateTimeZoneProvider
    {
        public string VersionId => DateTimeZoneProviders.Tzdb.VersionId;

        public System.Collections.ObjectModel.ReadOnlyCollection<string> Ids => DateTimeZoneProviders.Tzdb.Ids;

        public DateTimeZone this[string id] => GetZoneOrNull(id) ?? throw new NodaTime.TimeZones.DateTimeZoneNotFoundException(id);

        public DateTimeZone GetSystemDefault() => throw new NotSupportedException();

        public DateTimeZone? GetZoneOrNull(string id) =>
            id == broken ? throw new OverflowException("as the end of the time line did") : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);
    }
}
