using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Prb.Events.AspNet.Tests.Endpoints;
using Prb.Events.AspNet.Tests.TestSupport;

namespace Prb.Events.AspNet.Tests.PostgreSql;

/// <summary>The editing endpoints over PostgreSQL: many clients on one event, and many instances over one database.</summary>
[Collection(PostgresTests.Name)]
public sealed class EditingOverPostgreSqlTests(PostgresCluster cluster)
{
    private const int Clients = 16;
    private const int Rounds = 4;

    [Fact]
    public async Task SixteenClientsWithIfMatch_ExactlyOneWinsEachRevision_NothingLost()
    {
        var connectionString = await cluster.CreateDatabaseAsync();
        await using var app = await StartAsync(connectionString);
        var client = app.Client();
        using (var created = await PutAsync(client, EditingEndpointsTests.Document(), ifMatch: null))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var successes = 0;
        for (var round = 0; round < Rounds; round++)
        {
            // Every client reads the same version, then all try to replace it at once.
            var current = await WaitForAsync(client, c => c.Revision == successes, $"revision {successes}");
            using var start = new SemaphoreSlim(0, Clients);
            var attempts = Enumerable.Range(0, Clients).Select(async i =>
            {
                var (etag, revision) = await GetAsync(client);
                await start.WaitAsync();
                using var response = await PutAsync(client, EditingEndpointsTests.Document(revision + 1, $"Wersja {round}.{i}"), etag);
                return (response.StatusCode, ETag: response.Headers.ETag?.Tag);
            }).ToList();
            start.Release(Clients);
            var results = await Task.WhenAll(attempts);

            var winner = Assert.Single(results, r => r.StatusCode == HttpStatusCode.OK);
            Assert.Equal(Clients - 1, results.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
            Assert.NotEqual(current.ETag, winner.ETag);
            successes++;
        }

        var final = await WaitForAsync(client, c => c.Revision == successes, $"revision {successes}");
        Assert.Equal(Rounds, final.Revision);
    }

    [Fact]
    public async Task TwoInstancesOverOneDatabase_AWriteThroughOne_IsServedWithItsETagByTheOther()
    {
        var connectionString = await cluster.CreateDatabaseAsync();
        await using var writer = await StartAsync(connectionString);
        await using var reader = await StartAsync(connectionString);
        var writerClient = writer.Client();
        var readerClient = reader.Client();
        using (var created = await PutAsync(writerClient, EditingEndpointsTests.Document(), ifMatch: null))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var first = await WaitForAsync(readerClient, c => c.Revision == 0, "the created event on the other instance");
        using var replaced = await PutAsync(writerClient, EditingEndpointsTests.Document(1, "Po zmianie"), first.ETag);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var etag = replaced.Headers.ETag!.Tag;

        var seen = await WaitForAsync(readerClient, c => c.ETag == etag, "the new ETag on the other instance");

        Assert.Equal(1, seen.Revision);
        await WaitForAsync(writerClient, c => c.ETag == etag, "the new ETag on the writing instance");
        var writerIcs = await GetBytesAsync(writerClient, $"/events/{Seed.Slug}.ics");
        var readerIcs = await GetBytesAsync(readerClient, $"/events/{Seed.Slug}.ics");
        Assert.Equal(writerIcs.ETag, readerIcs.ETag);
        Assert.Equal(writerIcs.Body, readerIcs.Body);
        Assert.Equal((await GetBytesAsync(writerClient, "/events/calendar.ics")).Body, (await GetBytesAsync(readerClient, "/events/calendar.ics")).Body);

        // A stale ETag read from the other instance before the write is refused there too.
        using var stale = await PutAsync(readerClient, EditingEndpointsTests.Document(2), first.ETag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        using var delete = await DeleteAsync(readerClient, etag);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        await WaitForGoneAsync(writerClient);
    }

    private static Task<WebApplication> StartAsync(string connectionString) =>
        TestHost.StartAsync(
            s => s.AddPrbEvents().AddIcalendar().AddPostgreSqlCatalog(o =>
            {
                o.ConnectionString = connectionString;
                o.ApplyMigrationsAtStartup = true;
            }),
            app =>
            {
                app.MapPrbEvents();
                app.MapPrbEventsEditing();
            });

    private static async Task<(string ETag, int Revision)> GetAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/events/" + Seed.Slug);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return ("", -1);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.Headers.ETag!.Tag, document.RootElement.GetProperty("revision").GetInt32());
    }

    private static async Task<(string ETag, byte[] Body)> GetBytesAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response.Headers.ETag!.Tag, await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>Waits until an instance serves what <paramref name="condition"/> looks for; fails loudly after a
    /// generous timeout (never a measure of speed: a busy machine passes too).</summary>
    private static async Task<(string ETag, int Revision)> WaitForAsync(HttpClient client, Func<(string ETag, int Revision), bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var current = await GetAsync(client);
            if (condition(current))
            {
                return current;
            }

            Assert.False(timeout.IsCancellationRequested, $"The instance did not serve {what} within 60 seconds; it serves revision {current.Revision} with ETag {current.ETag}.");
            await Task.Delay(20);
        }
    }

    private static async Task WaitForGoneAsync(HttpClient client) =>
        await WaitForAsync(client, c => c.Revision == -1, "the deletion");

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string json, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/events/" + Seed.Slug) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> DeleteAsync(HttpClient client, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, "/events/" + Seed.Slug);
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }
}
