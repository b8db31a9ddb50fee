using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;
using Prb.Events.AspNet.Catalog;
using Prb.Events.AspNet.Endpoints;
using Prb.Events.Export;

namespace Prb.Events.AspNet.DependencyInjection;

/// <summary>Registers Prb.Events in a service collection, for ASP.NET Core hosts and console hosts alike.</summary>
public static class PrbEventsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Prb.Events services: the event catalogue (by default <see cref="FolderEventCatalog"/> over
    /// <see cref="PrbEventsOptions.CatalogPath"/>), the JSON document export format, the clock and validated options.
    /// Calling it more than once is harmless: nothing is registered twice.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>A builder for adding export formats, such as <c>AddIcalendar()</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IPrbEventsBuilder AddPrbEvents(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(PrbEventsMarker)))
        {
            return new PrbEventsBuilder(services);
        }

        services.AddSingleton<PrbEventsMarker>();
        services.AddOptions<PrbEventsOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<PrbEventsOptions>>(new PrbEventsOptionsValidator(services));
#pragma warning disable RS0030 // The registration default is the composition root's clock; hosts and tests replace it.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        services.TryAddSingleton<IEventCatalog, FolderEventCatalog>();
        services.TryAddSingleton<ExportFormatRegistry>();
        var builder = new PrbEventsBuilder(services);
        builder.AddExportFormat(JsonDocumentExportFormat.Instance, "{slug}.json");
        return builder;
    }

    /// <summary>Adds the Prb.Events services and configures their options.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; validated when the host starts.</param>
    /// <returns>A builder for adding export formats.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IPrbEventsBuilder AddPrbEvents(this IServiceCollection services, Action<PrbEventsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = services.AddPrbEvents();
        services.Configure(configure);
        return builder;
    }

    /// <summary>
    /// Adds an export format, served under the events prefix at the given routes (for example <c>{slug}.ics</c>) and
    /// by content negotiation on <c>GET {prefix}/{slug}</c>. A format whose name is already registered is not added again.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="format">The format.</param>
    /// <param name="routes">Route templates relative to the events prefix, each containing <c>{slug}</c>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The format's name or a route is not valid.</exception>
    public static IPrbEventsBuilder AddExportFormat(this IPrbEventsBuilder builder, IEventExportFormat format, params string[] routes)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var registration = new ExportFormatRegistration(format, routes);
        var exists = builder.Services.Any(d =>
            d.ServiceType == typeof(ExportFormatRegistration) && d.ImplementationInstance is ExportFormatRegistration r && r.Format.Name == format.Name);
        if (!exists)
        {
            builder.Services.AddSingleton(registration);
        }

        return builder;
    }
}
