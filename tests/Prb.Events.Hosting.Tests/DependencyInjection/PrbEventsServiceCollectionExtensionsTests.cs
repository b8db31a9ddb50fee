using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using NodaTime.TimeZones;
using Prb.Events.Export;
using Prb.Events.Hosting.Tests.TestSupport;
using Prb.Events.Ical;

namespace Prb.Events.Hosting.Tests.DependencyInjection;

/// <summary>Registration in a plain console host — the container alone, no ASP.NET Core — as a worker service or the CLI does it.</summary>
public sealed class PrbEventsServiceCollectionExtensionsTests
{
    [Fact]
    public void The_hosting_package_depends_on_Microsoft_Extensions_only()
    {
        var references = typeof(PrbEventsOptions).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.All(references.Where(name => name.StartsWith("Microsoft.", StringComparison.Ordinal)),
            name => Assert.StartsWith("Microsoft.Extensions.", name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_console_host_serves_the_folder_in_every_registered_format()
    {
        using var folder = Seed.CopyToTempFolder();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2026, 11, 29, 12, 0)));
        services.AddPrbEvents(o => o.CatalogPath = folder.FullPath).AddIcalendar(o => o.UidDomain = "example.org");
        await using var provider = services.BuildServiceProvider();

        var registry = provider.GetRequiredService<ExportFormatRegistry>();
        var entry = (await provider.GetRequiredService<IEventCatalog>().GetSnapshotAsync()).Find(Seed.Slug)!;
        var ics = System.Text.Encoding.UTF8.GetString(await registry.Find("ics")!.Format.WriteEventToArrayAsync(entry.Event));

        Assert.Equal(["json", "ics"], registry.Registrations.Select(r => r.Format.Name));
        Assert.Contains($"UID:{Seed.Slug}@example.org\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTAMP:20261129T120000Z\r\n", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Calling_it_again_registers_nothing_twice()
    {
        var once = new ServiceCollection();
        once.AddPrbEvents().AddIcalendar();
        var twice = new ServiceCollection();
        twice.AddPrbEvents().AddIcalendar();
        twice.AddPrbEvents().AddIcalendar().AddExportFormat(JsonDocumentExportFormat.Instance);

        Assert.Equal(once.Count, twice.Count);
        Assert.Single(twice, d => d.ServiceType == typeof(IEventCatalog));
        Assert.Single(twice, d => d.ServiceType == typeof(IcalendarExportFormat));
    }

    [Fact]
    public void A_second_AddIcalendar_configures_rather_than_being_ignored()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddPrbEvents().AddIcalendar(o => o.FeedName = "Pierwsza").AddIcalendar(o => o.UidDomain = "example.org");
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IcalendarExporter>().Options;

        Assert.Equal("Pierwsza", options.FeedName);
        Assert.Equal("example.org", options.UidDomain);
    }

    [Fact]
    public async Task The_host_replaces_clock_zones_scheduler_and_validator_before_or_after()
    {
        // A zone provider that knows UTC only: the seed's Europe/Warsaw is unknown to it.
        var zones = new DateTimeZoneCache(new UtcOnlySource());
        var scheduler = new EventScheduler(zones, LocalTimePolicy.Lenient);
        var validator = new EventValidator(scheduler);
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0));
        using var folder = Seed.CopyToTempFolder();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IDateTimeZoneProvider>(zones);
        services.AddSingleton(scheduler);
        services.AddPrbEvents(o => o.CatalogPath = folder.FullPath);
        services.AddSingleton<IClock>(clock);
        services.AddSingleton(validator);
        await using var provider = services.BuildServiceProvider();

        Assert.Same(zones, provider.GetRequiredService<IDateTimeZoneProvider>());
        Assert.Same(scheduler, provider.GetRequiredService<EventScheduler>());
        Assert.Same(validator, provider.GetRequiredService<EventValidator>());
        Assert.Same(clock, provider.GetRequiredService<IClock>());
        // The catalogue validated with the host's validator and zones: the seed is left out, not served.
        Assert.Null((await provider.GetRequiredService<IEventCatalog>().GetSnapshotAsync()).Find(Seed.Slug));
        Assert.Contains(validator.Validate(Seed.Event).Diagnostics, d => d.Code == DiagnosticCodes.UnknownTimeZone);
    }

    [Fact]
    public void Two_formats_of_one_name_fail_when_the_registry_is_made()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddPrbEvents().AddExportFormat(new OtherJson());
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ExportFormatRegistry>());

        Assert.Contains("'json'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bad Name", ".x", EventExportScopes.Event)]
    [InlineData("x", "x", EventExportScopes.Event)]
    [InlineData("x", ".x/y", EventExportScopes.Event)]
    [InlineData("x", ".x", EventExportScopes.None)]
    public void A_format_that_cannot_be_served_is_refused_when_added(string name, string extension, EventExportScopes scopes)
    {
        var builder = new ServiceCollection().AddPrbEvents();

        var ex = Assert.Throws<ArgumentException>(() => builder.AddExportFormat(new OtherJson(name, extension, scopes)));

        Assert.Equal("format", ex.ParamName);
    }

    private sealed class UtcOnlySource : IDateTimeZoneSource
    {
        public string VersionId => "utc-only";

        public IEnumerable<string> GetIds() => ["Etc/UTC"];

        public DateTimeZone ForId(string id) => id == "Etc/UTC" ? DateTimeZone.Utc : throw new ArgumentException(id, nameof(id));

        public string? GetSystemDefaultId() => null;
    }

    private sealed class OtherJson(string name = "json", string extension = ".other.json", EventExportScopes scopes = EventExportScopes.Event) : IEventExportFormat
    {
        public string Name => name;

        public string MediaType => "application/json";

        public string FileExtension => extension;

        public EventExportScopes Scopes => scopes;

        public ValueTask WriteEventAsync(Event @event, Stream destination, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask WriteAgendaItemAsync(Event @event, AgendaItemId itemId, Stream destination, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public ValueTask WriteFeedAsync(EventFeed feed, Stream destination, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
