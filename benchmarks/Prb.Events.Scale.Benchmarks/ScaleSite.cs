using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using Npgsql;
using Prb.Events.Hosting;
using Prb.Events.PostgreSql;
using Prb.Events.Testing;

namespace Prb.Events.Scale.Benchmarks;

/// <summary>
/// A site serving the <see cref="ScaleEvents"/> from one store through the real endpoints (<c>MapPrbEvents</c>,
/// <c>MapPrbEventsEditing</c>, iCalendar), in memory (ASP.NET Core's test server: the server's work without sockets).
/// The folder store gets a temporary folder of documents; PostgreSQL a throwaway cluster with fsync on, filled through
/// <see cref="PostgreSqlEventStore"/> before the site starts. Ready only once the catalogue holds every event.
/// </summary>
internal sealed class ScaleSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly PostgresCluster? _cluster;
    private readonly string? _folder;
    private readonly string? _connectionString;

    private ScaleSite(WebApplication app, PostgresCluster? cluster, string? folder, string? connectionString)
    {
        _app = app;
        _cluster = cluster;
        _folder = folder;
        _connectionString = connectionString;
        Client = app.GetTestClient();
    }

    /// <summary>Gets a client of the site.</summary>
    public HttpClient Client { get; }

    /// <summary>Fills a store with the events and starts a site over it.</summary>
    public static async Task<ScaleSite> StartAsync(StoreKind store)
    {
        if (store == StoreKind.Folder)
        {
            var folder = Path.Combine(Path.GetTempPath(), "prb-scale-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            for (var i = 0; i < ScaleEvents.Count; i++)
            {
                await File.WriteAllBytesAsync(Path.Combine(folder, ScaleEvents.SlugOf(i) + ".json"), EventDocumentSerializer.WriteUtf8(ScaleEvents.Create(i)));
            }

            return await StartInstanceAsync(null, folder, null);
        }

        var cluster = new PostgresCluster(durable: true);
        var connectionString = await cluster.CreateDatabaseAsync();
        await FillAsync(connectionString);
        return await StartInstanceAsync(cluster, null, connectionString);
    }

    /// <summary>Starts another instance over the same database, as a second server behind a load balancer would be.</summary>
    /// <exception cref="InvalidOperationException">This site keeps its events in a folder.</exception>
    public Task<ScaleSite> StartAnotherInstanceAsync() =>
        StartInstanceAsync(null, null, _connectionString ?? throw new InvalidOperationException("Only a PostgreSQL site has other instances."));

    private static async Task<ScaleSite> StartInstanceAsync(PostgresCluster? cluster, string? folder, string? connectionString)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseTestServer();
        var events = builder.Services.AddPrbEvents().AddIcalendar(o => o.UidDomain = "events.prb.invalid");
        if (connectionString is null)
        {
            builder.Services.Configure<PrbEventsOptions>(o => o.CatalogPath = folder);
        }
        else
        {
            events.AddPostgreSqlCatalog(o => o.ConnectionString = connectionString);
        }

        var app = builder.Build();
        app.MapPrbEvents("/events");
        app.MapPrbEventsEditing("/events");
        await app.StartAsync();
        var site = new ScaleSite(app, cluster, folder, connectionString);
        var snapshot = await app.Services.GetRequiredService<IEventCatalog>().GetSnapshotAsync();
        if (snapshot.Entries.Count != ScaleEvents.Count)
        {
            await site.DisposeAsync();
            throw new InvalidOperationException($"The catalogue holds {snapshot.Entries.Count} events, not {ScaleEvents.Count}.");
        }

        return site;
    }

    /// <summary>Stops the site; the first instance also removes its store.</summary>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _cluster?.Dispose();
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Migrates the database and writes every event through the store, eight writers at once.</summary>
    private static async Task FillAsync(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await new PostgreSqlMigrator(dataSource).ApplyAsync();
        var store = new PostgreSqlEventStore(dataSource, Options.Create(new PostgreSqlCatalogOptions { ConnectionString = connectionString }),
            SystemClock.Instance, EventValidator.Default);
        await Parallel.ForAsync(0, ScaleEvents.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, cancellationToken) =>
        {
            var result = await store.CreateAsync(ScaleEvents.Create(i), cancellationToken);
            if (result.Status != EventStoreStatus.Created)
            {
                throw new InvalidOperationException($"Event {i} was not written: {result}.");
            }
        });
    }
}
