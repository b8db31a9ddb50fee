using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;
using Prb.Events.Hosting;
using Prb.Events.Ical;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds iCalendar to a host.</summary>
public static class IcalendarServiceCollectionExtensions
{
    /// <summary>
    /// Adds iCalendar (<see cref="IcalendarExportFormat"/>, named <c>ics</c>): HTTP hosts serve every event at
    /// <c>{prefix}/{slug}.ics</c> and by content negotiation (<c>text/calendar</c>), each agenda item at
    /// <c>{prefix}/{slug}/agenda/{itemId}.ics</c>, and the catalogue as a subscribable feed at <c>{prefix}/calendar.ics</c>.
    /// DTSTAMP comes from the host's <see cref="IClock"/> and zones from its <see cref="IDateTimeZoneProvider"/>. The
    /// options follow the options pattern: every call's <paramref name="configure"/> runs, in order, and
    /// <c>services.Configure&lt;IcalendarExportOptions&gt;(...)</c> or configuration binding work as well. The format
    /// is registered once however often this is called.
    /// </summary>
    /// <param name="builder">The builder from <c>AddPrbEvents()</c>.</param>
    /// <param name="configure">Sets the export options (UID domain, feed name, alarm, ...); null keeps them.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IPrbEventsBuilder AddIcalendar(this IPrbEventsBuilder builder, Action<IcalendarExportOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<IcalendarExportOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        if (services.Any(d => d.ServiceType == typeof(IcalendarExportFormat)))
        {
            return builder;
        }

        services.TryAddSingleton(sp => new IcalendarExporter(
            sp.GetRequiredService<IClock>(), sp.GetRequiredService<IOptions<IcalendarExportOptions>>().Value, sp.GetRequiredService<IDateTimeZoneProvider>()));
        services.AddSingleton(sp => new IcalendarExportFormat(sp.GetRequiredService<IcalendarExporter>()));
        services.AddSingleton(sp => new ExportFormatRegistration(sp.GetRequiredService<IcalendarExportFormat>()));
        return builder;
    }
}
