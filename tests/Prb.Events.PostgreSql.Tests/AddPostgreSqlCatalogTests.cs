using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Prb.Events.Hosting;
using Prb.Events.PostgreSql.Tests.TestSupport;

namespace Prb.Events.PostgreSql.Tests;

[Collection(PostgresTests.Name)]
public sealed class AddPostgreSqlCatalogTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Host_MigratesAtStartupAndServesFromTheDatabase_WithoutACatalogPath()
    {
        var connectionString = await cluster.CreateDatabaseAsync();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddPrbEvents().AddPostgreSqlCatalog(o =>
        {
            o.ConnectionString = connectionString;
            o.ApplyMigrationsAtStartup = true;
        });
        using var host = builder.Build();

        await host.StartAsync();
        try
        {
            var store = host.Services.GetRequiredService<PostgreSqlEventStore>();
            await store.CreateAsync(TestDatabase.Event("konferencja"));
            var catalog = host.Services.GetRequiredService<IEventCatalog>();

            Assert.IsType<PostgreSqlEventCatalog>(catalog);
            Assert.Same(store, host.Services.GetRequiredService<IEventStore>());
            Assert.Equal(PostgreSqlMigrator.Migrations, await host.Services.GetRequiredService<PostgreSqlMigrator>().GetAppliedAsync());
            await TestDatabase.WaitUntilAsync((PostgreSqlEventCatalog)catalog, s => s.Find("konferencja") is not null, "the event written through the host's store");
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public void Host_InvalidOptions_FailsAtStartupNamingEach()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPrbEvents().AddPostgreSqlCatalog(o =>
        {
            o.ConnectionString = " ";
            o.ResyncInterval = TimeSpan.Zero;
            o.ChannelName = "Prb-Events";
        });
        using var provider = services.BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PostgreSqlCatalogOptions>>().Value);

        Assert.Contains(failure.Failures, f => f.Contains(nameof(PostgreSqlCatalogOptions.ConnectionString), StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains(nameof(PostgreSqlCatalogOptions.ResyncInterval), StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains(nameof(PostgreSqlCatalogOptions.ChannelName), StringComparison.Ordinal));
        // The folder catalogue is replaced: its path is not asked for.
        _ = provider.GetRequiredService<IOptions<PrbEventsOptions>>().Value;
    }
}
