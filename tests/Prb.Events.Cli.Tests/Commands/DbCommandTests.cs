using System.Net;
using System.Net.Sockets;
using Prb.Events.Cli.Tests.Support;

namespace Prb.Events.Cli.Tests.Commands;

/// <summary>db migrate: against a throwaway PostgreSQL cluster; 0 when the schema is up to date, 2 with one line when the
/// database cannot be reached or the connection string is wrong.</summary>
public sealed class DbCommandTests(PostgresCluster cluster) : IClassFixture<PostgresCluster>
{
    [Fact]
    public async Task Migrate_FreshDatabase_AppliesEachMigrationOnce()
    {
        var connection = await cluster.CreateDatabaseAsync();

        var first = await Tool.RunAsync("db", "migrate", "--connection", connection);
        var second = await Tool.RunAsync("db", "migrate", "-c", connection);

        Assert.True(first.Code == 0, first.ToString());
        Assert.Equal(["applied 0001_create_events", $"database prb_test_1 on 127.0.0.1:{cluster.Port}: 1 migration(s) applied; the schema is up to date."],
            first.OutputLines.Select(l => l.TrimEnd('\r')));
        Assert.True(second.Code == 0, second.ToString());
        Assert.Equal($"database prb_test_1 on 127.0.0.1:{cluster.Port}: the schema is up to date (1 migrations).", Assert.Single(second.OutputLines).TrimEnd('\r'));
        Assert.Empty(first.Error + second.Error);
    }

    [Fact]
    public async Task Migrate_NothingListening_ExitsTwoWithOneLine()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await Tool.RunAsync("db", "migrate", "--connection", $"Host=127.0.0.1;Port={port};Username=postgres;Database=prb;Timeout=5");

        Assert.Equal(2, result.Code);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"prb-events db migrate: database prb on 127.0.0.1:{port}: ", line, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Theory]
    [InlineData("Flavour=vanilla")]
    [InlineData("Port=notaport")]
    public async Task Migrate_InvalidConnectionString_ExitsTwoWithOneLine(string connection)
    {
        var result = await Tool.RunAsync("db", "migrate", "--connection", connection);

        Assert.Equal(2, result.Code);
        Assert.StartsWith("prb-events db migrate: --connection is not a valid connection string: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_WithoutConnection_ExitsTwo()
    {
        var result = await Tool.RunAsync("db", "migrate");

        Assert.Equal(2, result.Code);
        Assert.Contains("--connection", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
