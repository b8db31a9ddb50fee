using Prb.Events;
using Prb.Events.Hosting;
using Prb.Events.Schedules;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the conference-app schedule formats (frab/pentabarf <c>schedule.xml</c> and its JSON sibling) to a host.</summary>
public static class ConferenceScheduleServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ScheduleXmlExportFormat"/> (<c>schedule-xml</c>) and <see cref="ScheduleJsonExportFormat"/>
    /// (<c>schedule-json</c>), which HTTP hosts serve at <c>{prefix}/{slug}/schedule.xml</c> and
    /// <c>{prefix}/{slug}/schedule.json</c> — the formats that Giggity, ConfClerk, EventFahrplan and the FOSDEM
    /// companion apps read. They resolve times with the host's <see cref="EventScheduler"/>. Calling it twice is harmless.
    /// </summary>
    /// <param name="builder">The builder from <c>AddPrbEvents()</c>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IPrbEventsBuilder AddConferenceSchedules(this IPrbEventsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(ScheduleXmlExportFormat)))
        {
            return builder;
        }

        services.AddSingleton(sp => new ScheduleXmlExportFormat(sp.GetRequiredService<EventScheduler>()));
        services.AddSingleton(sp => new ScheduleJsonExportFormat(sp.GetRequiredService<EventScheduler>()));
        services.AddSingleton(sp => new ExportFormatRegistration(sp.GetRequiredService<ScheduleXmlExportFormat>(), ["{slug}/schedule.xml"]));
        services.AddSingleton(sp => new ExportFormatRegistration(sp.GetRequiredService<ScheduleJsonExportFormat>(), ["{slug}/schedule.json"]));
        return builder;
    }
}
