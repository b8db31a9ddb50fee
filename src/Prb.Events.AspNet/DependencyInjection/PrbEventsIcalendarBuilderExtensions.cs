using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Prb.Events.Ical;

namespace Prb.Events.AspNet.DependencyInjection;

/// <summary>Adds iCalendar to a host.</summary>
public static class PrbEventsIcalendarBuilderExtensions
{
    /// <summary>
    /// Adds iCalendar: every event at <c>{prefix}/{slug}.ics</c> and by content negotiation (<c>text/calendar</c>), each
    /// agenda item at <c>{prefix}/{slug}/agenda/{itemId}.ics</c>, and the whole catalogue as a subscribable feed at
    /// <c>{prefix}/calendar.ics</c>. DTSTAMP comes from the registered <see cref="IClock"/>. Calling it twice is harmless;
    /// the first call's options win.
    /// </summary>
    /// <param name="builder">The builder from <c>AddPrbEvents()</c>.</param>
    /// <param name="options">The export options (UID domain, feed name, alarm, ...); the defaults when null.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IPrbEventsBuilder AddIcalendar(this IPrbEventsBuilder builder, IcalendarExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(IcalendarExporter)))
        {
            return builder;
        }

        services.AddSingleton(sp => new IcalendarExporter(sp.GetRequiredService<IClock>(), options ?? IcalendarExportOptions.Default));
        services.AddSingleton(sp => new ExportFormatRegistration(new IcalendarExportFormat(sp.GetRequiredService<IcalendarExporter>()), ["{slug}.ics"]));
        return builder;
    }
}
