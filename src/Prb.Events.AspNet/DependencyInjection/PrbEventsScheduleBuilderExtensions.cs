using Prb.Events.Export.Schedules;

namespace Prb.Events.AspNet.DependencyInjection;

/// <summary>Adds the conference-app schedule formats (frab/pentabarf <c>schedule.xml</c> and its JSON sibling) to a host.</summary>
public static class PrbEventsScheduleBuilderExtensions
{
    /// <summary>
    /// Serves every event as <c>{prefix}/{slug}/schedule.xml</c> and <c>{prefix}/{slug}/schedule.json</c>, the formats
    /// that Giggity, ConfClerk, EventFahrplan and the FOSDEM companion apps read. Calling it twice is harmless.
    /// </summary>
    /// <param name="builder">The builder from <c>AddPrbEvents()</c>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IPrbEventsBuilder AddConferenceSchedules(this IPrbEventsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddExportFormat(ScheduleXmlExportFormat.Instance, "{slug}/schedule.xml")
            .AddExportFormat(ScheduleJsonExportFormat.Instance, "{slug}/schedule.json");
    }
}
