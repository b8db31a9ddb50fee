using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Prb.Events.Hosting;

namespace Prb.Events.Schedules.Tests;

/// <summary>What <c>AddConferenceSchedules()</c> puts into a host's services.</summary>
public class ConferenceScheduleServiceCollectionExtensionsTests
{
    private static ServiceProvider Provider(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        configure(services);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Both_formats_are_registered_at_schedule_xml_and_schedule_json_under_the_event()
    {
        using var provider = Provider(s => s.AddPrbEvents().AddConferenceSchedules());

        var registry = provider.GetRequiredService<ExportFormatRegistry>();

        var xml = registry.Find("schedule-xml");
        var json = registry.Find("schedule-json");
        Assert.NotNull(xml);
        Assert.NotNull(json);
        Assert.Same(provider.GetRequiredService<ScheduleXmlExportFormat>(), xml.Format);
        Assert.Same(provider.GetRequiredService<ScheduleJsonExportFormat>(), json.Format);
        Assert.Equal(["{slug}/schedule.xml"], xml.EventRoutes);
        Assert.Equal(["{slug}/schedule.json"], json.EventRoutes);
        Assert.Null(xml.AgendaItemRoute);
        Assert.Null(json.FeedRoute);
    }

    [Fact]
    public void Formats_resolve_times_with_the_hosts_scheduler()
    {
        var scheduler = new EventScheduler(DateTimeZoneProviders.Tzdb, LocalTimePolicy.Lenient);
        using var provider = Provider(s =>
        {
            s.AddSingleton(scheduler);
            s.AddPrbEvents().AddConferenceSchedules();
        });

        Assert.Same(scheduler, provider.GetRequiredService<ScheduleXmlExportFormat>().Scheduler);
        Assert.Same(scheduler, provider.GetRequiredService<ScheduleJsonExportFormat>().Scheduler);
    }

    [Fact]
    public void Adding_the_schedules_twice_registers_each_format_once()
    {
        var services = new ServiceCollection();
        var builder = services.AddPrbEvents();

        Assert.Same(builder, builder.AddConferenceSchedules());
        var count = services.Count;
        Assert.Same(builder, builder.AddConferenceSchedules());

        Assert.Equal(count, services.Count);
        using var provider = services.BuildServiceProvider();
        Assert.Single(provider.GetRequiredService<ExportFormatRegistry>().Registrations, r => r.Format.Name == "schedule-xml");
        Assert.Single(provider.GetRequiredService<ExportFormatRegistry>().Registrations, r => r.Format.Name == "schedule-json");
    }

    [Fact]
    public void Null_builder_is_refused_naming_it()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => ConferenceScheduleServiceCollectionExtensions.AddConferenceSchedules(null!));

        Assert.Equal("builder", ex.ParamName);
    }
}
