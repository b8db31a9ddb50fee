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

    [Fact]
    public void By_default_the_host_gets_the_system_clock_tzdb_the_folder_catalogue_and_store_and_the_json_format()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddPrbEvents(o => o.CatalogPath = "events");
        using var provider = services.BuildServiceProvider();

        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.Same(DateTimeZoneProviders.Tzdb, provider.GetRequiredService<IDateTimeZoneProvider>());
        Assert.IsType<FolderEventCatalog>(provider.GetRequiredService<IEventCatalog>());
        Assert.IsType<FolderEventStore>(provider.GetRequiredService<IEventStore>());
        Assert.Same(JsonDocumentExportFormat.Instance, Assert.Single(provider.GetRequiredService<ExportFormatRegistry>().Registrations).Format);
    }

    [Fact]
    public void The_default_scheduler_and_validator_use_the_zones_of_the_host()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IDateTimeZoneProvider>(new DateTimeZoneCache(new UtcOnlySource()));
        services.AddPrbEvents();
        using var provider = services.BuildServiceProvider();

        var schedule = provider.GetRequiredService<EventScheduler>().Schedule(Seed.Event);
        var report = provider.GetRequiredService<EventValidator>().Validate(Seed.Event);

        Assert.Null(schedule.Start);
        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.UnknownTimeZone);
    }

    [Fact]
    public void Options_that_cannot_work_fail_when_the_host_starts()
    {
        var services = new ServiceCollection();
        services.AddPrbEvents();
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            provider.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate());

        Assert.Contains("PrbEventsOptions.CatalogPath must name the folder of event documents", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_configure_action_runs_in_the_order_of_the_calls()
    {
        var services = new ServiceCollection();
        var builder = services.AddPrbEvents(o => o.CatalogPath = "events");
        services.AddPrbEvents(o => o.CatalogPath += "/2027");
        using var provider = services.BuildServiceProvider();

        Assert.Same(services, builder.Services);
        Assert.Equal("events/2027", provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<PrbEventsOptions>>().Value.CatalogPath);
    }

    [Fact]
    public void A_format_added_with_event_routes_is_registered_with_them()
    {
        var services = new ServiceCollection();
        services.AddPrbEvents().AddExportFormat(new TestFormat("xml", ".xml"), "{slug}/schedule.xml", "{slug}.xml");
        using var provider = services.BuildServiceProvider();

        Assert.Equal(["{slug}/schedule.xml", "{slug}.xml"], provider.GetRequiredService<ExportFormatRegistry>().Find("xml")!.EventRoutes);
    }

    [Fact]
    public void The_same_format_added_again_keeps_its_first_registration()
    {
        var format = new TestFormat("xml", ".xml");
        var services = new ServiceCollection();
        services.AddPrbEvents().AddExportFormat(format).AddExportFormat(format, "{slug}/schedule.xml");
        using var provider = services.BuildServiceProvider();

        Assert.Single(services, d => d.ImplementationInstance is ExportFormatRegistration r && ReferenceEquals(r.Format, format));
        Assert.Equal(["{slug}.xml"], provider.GetRequiredService<ExportFormatRegistry>().Find("xml")!.EventRoutes);
    }

    [Fact]
    public void Another_format_of_the_same_type_is_added_beside_the_first()
    {
        var services = new ServiceCollection();
        services.AddPrbEvents().AddExportFormat(new TestFormat("xml", ".xml")).AddExportFormat(new TestFormat("csv", ".csv"));
        using var provider = services.BuildServiceProvider();

        Assert.Equal(["json", "xml", "csv"], provider.GetRequiredService<ExportFormatRegistry>().Registrations.Select(r => r.Format.Name));
    }

    [Fact]
    public void A_keyed_registration_of_the_host_does_not_stop_a_format_being_added()
    {
        var format = new TestFormat("xml", ".xml");
        var services = new ServiceCollection();
        services.AddKeyedSingleton("archive", new ExportFormatRegistration(format));
        services.AddPrbEvents().AddExportFormat(format);
        using var provider = services.BuildServiceProvider();

        Assert.Same(format, provider.GetRequiredService<ExportFormatRegistry>().Find("xml")!.Format);
    }

    [Fact]
    public void A_registration_held_as_another_service_is_not_counted_as_added()
    {
        var format = new TestFormat("xml", ".xml");
        var services = new ServiceCollection();
        services.AddSingleton<object>(new ExportFormatRegistration(format));
        services.AddPrbEvents().AddExportFormat(format);
        using var provider = services.BuildServiceProvider();

        Assert.Same(format, provider.GetRequiredService<ExportFormatRegistry>().Find("xml")!.Format);
    }

    [Fact]
    public void Null_arguments_are_refused_naming_them()
    {
        var builder = new ServiceCollection().AddPrbEvents();
        var registration = new ExportFormatRegistration(new TestFormat("xml", ".xml"));

        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddPrbEvents()).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddPrbEvents(_ => { })).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddPrbEvents(null!)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => ((IPrbEventsBuilder)null!).AddExportFormat(registration.Format)).ParamName);
        Assert.Equal("format", Assert.Throws<ArgumentNullException>(() => builder.AddExportFormat((IEventExportFormat)null!)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => ((IPrbEventsBuilder)null!).AddExportFormat(registration)).ParamName);
        Assert.Equal("registration", Assert.Throws<ArgumentNullException>(() => builder.AddExportFormat((ExportFormatRegistration)null!)).ParamName);
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
