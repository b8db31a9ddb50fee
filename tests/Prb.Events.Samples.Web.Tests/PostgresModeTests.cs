using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Prb.Events.Hosting;
using Prb.Events.PostgreSql;
using Prb.Events.Samples.Web.Tests.TestSupport;

namespace Prb.Events.Samples.Web.Tests;

/// <summary>The sample site with <c>PrbEvents:Catalog=postgres</c> over a throwaway cluster's empty database: it applies
/// the migrations at start-up, serves what an editor writes through the editing endpoints, and refuses other writers.</summary>
[Collection(PostgresTests.Name)]
public sealed class PostgresModeTests(PostgresCluster cluster) : IAsyncLifetime
{
    private const string Slug = "prb-2011-11-09-wroclaw";
    private WebApplicationFactory<Program> _factory = null!;
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _connectionString = await cluster.CreateDatabaseAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("PrbEvents:Catalog", "postgres")
            .UseSetting("ConnectionStrings:PrbEvents", _connectionString)
            // The folder of the seed stays configured: in postgres mode the site must not serve it.
            .AcceptTestTokens());
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task StartUp_AppliesTheMigrations_AndServesTheDatabaseNotTheFolder()
    {
        var client = _factory.CreateClient();

        Assert.Equal(PostgreSqlMigrator.Migrations, await AppliedMigrationsAsync());
        Assert.IsType<PostgreSqlEventCatalog>(_factory.Services.GetRequiredService<IEventCatalog>());
        Assert.IsType<PostgreSqlEventStore>(_factory.Services.GetRequiredService<IEventStore>());
        using var missing = await client.GetAsync("/events/" + Slug);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task EditorWrites_ThenTheEventIsServed_AndReplacedWithIfMatch()
    {
        var client = _factory.CreateClient();

        using var created = await PutAsync(EditorTokens.Create("editor"), Seed(revision: 0), ifMatch: null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var row = await RowAsync();
        Assert.Equal(0, row.Revision);
        Assert.Equal(EventDocumentSerializer.WriteUtf8(EventDocumentSerializer.Read(Encoding.UTF8.GetBytes(Seed(0)))), row.Document);

        // The catalogue sees the write through LISTEN/NOTIFY; the endpoint answers as soon as it does.
        var etag = await WaitForRevisionAsync(client, 0);
        var page = await client.GetStringAsync("/wydarzenia/" + Slug);
        Assert.Contains("Biblioteki w partnerstwach lokalnych – dobre praktyki", page, StringComparison.Ordinal);
        Assert.Contains("Przerwa kawowa", page, StringComparison.Ordinal);

        using var stale = await PutAsync(EditorTokens.Create("editor"), Seed(revision: 1), ifMatch: "\"stale\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        using var replaced = await PutAsync(EditorTokens.Create("editor"), Seed(revision: 1), etag);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(1, (await RowAsync()).Revision);
        Assert.Equal(replaced.Headers.ETag!.Tag, await WaitForRevisionAsync(client, 1));
    }

    [Fact]
    public async Task AnonymousWrite_Is401_AnotherRole_Is403_AndNothingIsWritten()
    {
        _ = _factory.CreateClient();

        using var anonymous = await PutAsync(token: null, Seed(revision: 0), ifMatch: null);
        using var reader = await PutAsync(EditorTokens.Create("reader"), Seed(revision: 0), ifMatch: null);
        using var forged = await PutAsync(EditorTokens.Create("editor", System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)), Seed(revision: 0), ifMatch: null);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reader.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(0L, await CountAsync());
    }

    private static string Seed(int revision) =>
        File.ReadAllText(RepositoryRoot.SeedDocument).Replace("\n  \"revision\": 0,", $"\n  \"revision\": {revision},", StringComparison.Ordinal);

    private async Task<HttpResponseMessage> PutAsync(string? token, string json, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/events/" + Slug) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _factory.CreateClient().SendAsync(request);
    }

    /// <summary>Waits until the site serves the revision; fails after a generous timeout (never a measure of speed).</summary>
    private static async Task<string> WaitForRevisionAsync(HttpClient client, int revision)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            using var response = await client.GetAsync("/events/" + Slug);
            if (response.StatusCode == HttpStatusCode.OK
                && (await response.Content.ReadAsStringAsync()).Contains($"\n  \"revision\": {revision},", StringComparison.Ordinal))
            {
                return response.Headers.ETag!.Tag;
            }

            Assert.False(timeout.IsCancellationRequested, $"The site did not serve revision {revision} within 60 seconds; it answers {(int)response.StatusCode}.");
            await Task.Delay(20);
        }
    }

    private async Task<IReadOnlyList<string>> AppliedMigrationsAsync()
    {
        await using var dataSource = NpgsqlDataSource.Create(_connectionString);
        return await new PostgreSqlMigrator(dataSource).GetAppliedAsync();
    }

    private async Task<(int Revision, byte[] Document)> RowAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT revision, document FROM prb_events WHERE slug = @slug", connection);
        command.Parameters.AddWithValue("slug", Slug);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "The event is not in the database.");
        return (reader.GetInt32(0), reader.GetFieldValue<byte[]>(1));
    }

    private async Task<long> CountAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM prb_events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
