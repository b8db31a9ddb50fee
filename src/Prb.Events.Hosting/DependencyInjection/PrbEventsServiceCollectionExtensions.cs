using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;
using Prb.Events;
using Prb.Events.Export;
using Prb.Events.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Prb.Events in a service collection, for any .NET host: a web application, a worker service, a
/// console program, a function.</summary>
public static class PrbEventsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Prb.Events services: the clock (<see cref="IClock"/>), the time-zone provider
    /// (<see cref="IDateTimeZoneProvider"/>, tzdb), the <see cref="EventScheduler"/> and <see cref="EventValidator"/>
    /// built on them, the event catalogue (<see cref="FolderEventCatalog"/> over
    /// <see cref="PrbEventsOptions.CatalogPath"/>) and its store for writers (<see cref="FolderEventStore"/>, as
    /// <see cref="IEventStore"/>), the <see cref="ExportFormatRegistry"/> with the JSON document
    /// format, and validated options. Each service is added only if the host has not registered its own, before or
    /// after: replace any of them with your own registration. Calling it more than once is harmless: nothing is
    /// registered twice.
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

        services.AddSingleton(new PrbEventsMarker());
        services.AddOptions<PrbEventsOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<PrbEventsOptions>>(new PrbEventsOptionsValidator(services));
#pragma warning disable RS0030 // The registration default is the composition root's clock; hosts and tests replace it.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        services.TryAddSingleton(DateTimeZoneProviders.Tzdb);
        services.TryAddSingleton(sp => new EventScheduler(sp.GetRequiredService<IDateTimeZoneProvider>()));
        services.TryAddSingleton(sp => new EventValidator(sp.GetRequiredService<EventScheduler>()));
        services.TryAddSingleton<IEventCatalog, FolderEventCatalog>();
        services.TryAddSingleton<IEventStore, FolderEventStore>();
        services.TryAddSingleton<ExportFormatRegistry>();
        var builder = new PrbEventsBuilder(services);
        builder.AddExportFormat(new ExportFormatRegistration(JsonDocumentExportFormat.Instance));
        return builder;
    }

    /// <summary>Adds the Prb.Events services and configures their options.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; validated when the host starts. Every call's action runs, in order.</param>
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
    /// Adds an export format, served by HTTP hosts at the routes of its scopes (by default <c>{slug}.ext</c>,
    /// <c>{slug}/agenda/{itemId}.ext</c> and <c>calendar.ext</c>) and by content negotiation, and written by the
    /// command line under its name. Adding the same format instance again does nothing; another format with the
    /// same name, or with a route already taken, fails when the registry is first resolved.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="format">The format.</param>
    /// <param name="eventRoutes">Route templates of one event relative to the events prefix, each containing <c>{slug}</c>;
    /// none means <c>{slug}</c> followed by the file extension.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The format's name, media type, extension or scopes, or a route, are not valid.</exception>
    public static IPrbEventsBuilder AddExportFormat(this IPrbEventsBuilder builder, IEventExportFormat format, params string[] eventRoutes) =>
        builder.AddExportFormat(new ExportFormatRegistration(format, eventRoutes)); // each refuses its own null argument

    /// <summary>Adds an export format with all its routes given: see <see cref="ExportFormatRegistration"/>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="registration">The format and its routes.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IPrbEventsBuilder AddExportFormat(this IPrbEventsBuilder builder, ExportFormatRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(registration);
        var exists = builder.Services.Any(d =>
            d.ServiceType == typeof(ExportFormatRegistration) &&
            ReferenceEquals((d.ImplementationInstance as ExportFormatRegistration)?.Format, registration.Format));
        if (!exists)
        {
            builder.Services.AddSingleton(registration);
        }

        return builder;
    }
}
