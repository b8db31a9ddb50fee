using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using Npgsql;
using Prb.Events;
using Prb.Events.Hosting;
using Prb.Events.PostgreSql;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Plugs the PostgreSQL catalogue into <c>AddPrbEvents()</c>.</summary>
public static class PostgreSqlCatalogServiceCollectionExtensions
{
    /// <summary>The key of the <see cref="NpgsqlDataSource"/> this package registers, so that it never meets one the host registers itself.</summary>
    public const string DataSourceKey = "Prb.Events.PostgreSql";

    /// <summary>
    /// Serves the events from PostgreSQL: replaces <see cref="IEventCatalog"/> with <see cref="PostgreSqlEventCatalog"/>
    /// (so <see cref="PrbEventsOptions.CatalogPath"/> is no longer required) and <see cref="IEventStore"/> with
    /// <see cref="PostgreSqlEventStore"/>, which writers (the editing endpoints) use and <see cref="PostgreSqlMigrator"/>. The options are validated at start-up, when the catalogue also
    /// reads the table for the first time (applying migrations first when
    /// <see cref="PostgreSqlCatalogOptions.ApplyMigrationsAtStartup"/> is set). Calling it again only adds the
    /// configuration action.
    /// </summary>
    /// <param name="builder">The builder that <c>AddPrbEvents()</c> returned.</param>
    /// <param name="configure">Sets the options; every call's action runs, in order.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IPrbEventsBuilder AddPostgreSqlCatalog(this IPrbEventsBuilder builder, Action<PostgreSqlCatalogOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.Configure(configure);
        if (services.Any(d => d.ServiceType == typeof(PostgreSqlEventCatalog)))
        {
            return builder;
        }

        services.AddOptions<PostgreSqlCatalogOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PostgreSqlCatalogOptions>, PostgreSqlCatalogOptionsValidator>());
        services.AddKeyedSingleton(DataSourceKey, (sp, _) =>
            NpgsqlDataSource.Create(sp.GetRequiredService<IOptions<PostgreSqlCatalogOptions>>().Value.ConnectionString!));
        services.AddSingleton(sp => new PostgreSqlMigrator(
            sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey), sp.GetService<ILogger<PostgreSqlMigrator>>()));
        services.AddSingleton(sp => new PostgreSqlEventStore(
            sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey), sp.GetRequiredService<IOptions<PostgreSqlCatalogOptions>>(),
            sp.GetRequiredService<IClock>(), sp.GetRequiredService<EventValidator>()));
        services.AddSingleton(sp => new PostgreSqlEventCatalog(
            sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey), sp.GetRequiredService<IOptions<PostgreSqlCatalogOptions>>(),
            sp.GetRequiredService<IClock>(), sp.GetRequiredService<EventScheduler>(), sp.GetRequiredService<EventValidator>(),
            sp.GetRequiredService<ILogger<PostgreSqlEventCatalog>>(), sp.GetService<ILogger<PostgreSqlMigrator>>()));

        // A factory registration: the folder catalogue's options check sees another catalogue and requires no folder.
        services.RemoveAll<IEventCatalog>();
        services.AddSingleton<IEventCatalog>(sp => sp.GetRequiredService<PostgreSqlEventCatalog>());
        services.RemoveAll<IEventStore>();
        services.AddSingleton<IEventStore>(sp => sp.GetRequiredService<PostgreSqlEventStore>());
        services.AddHostedService<PostgreSqlCatalogStartup>();
        return builder;
    }

    /// <summary>Reads the catalogue when the host starts, so a database that cannot be reached stops the start-up
    /// with its reason instead of failing the first request.</summary>
    private sealed class PostgreSqlCatalogStartup(PostgreSqlEventCatalog catalog) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => catalog.StartAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
