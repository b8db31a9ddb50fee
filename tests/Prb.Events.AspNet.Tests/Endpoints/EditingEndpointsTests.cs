using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Prb.Events.AspNet.Tests.TestSupport;

namespace Prb.Events.AspNet.Tests.Endpoints;

/// <summary>The editing endpoints over the default folder store, through the real pipeline.</summary>
public sealed class EditingEndpointsTests : IAsyncLifetime
{
    private const string Title = "\"title\": \"Biblioteki w partnerstwach lokalnych – dobre praktyki\"";
    private readonly TempFolder _folder = Seed.CopyToTempFolder();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await TestHost.StartAsync(
            s => s.AddPrbEvents(o => o.CatalogPath = _folder.FullPath),
            app =>
            {
                app.MapPrbEvents();
                app.MapPrbEventsEditing();
            });
        _client = _app.Client();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>The seed document at another revision, with another title, status, slug or id.</summary>
    internal static string Document(int revision = 0, string? title = null, string? status = null, string? slug = null, string? id = null)
    {
        var json = Seed.Json.Replace("\n  \"revision\": 0,", $"\n  \"revision\": {revision},", StringComparison.Ordinal);
        if (title is not null)
        {
            json = json.Replace(Title, $"\"title\": \"{title}\"", StringComparison.Ordinal);
        }

        if (status is not null)
        {
            json = json.Replace("\n  \"status\": \"scheduled\",", $"\n  \"status\": \"{status}\",", StringComparison.Ordinal);
        }

        if (slug is not null)
        {
            json = json.Replace($"\"slug\": \"{Seed.Slug}\"", $"\"slug\": \"{slug}\"", StringComparison.Ordinal);
        }

        if (id is not null)
        {
            json = json.Replace($"\"id\": \"{Seed.Slug}\"", $"\"id\": \"{id}\"", StringComparison.Ordinal);
        }

        return json;
    }

    [Fact]
    public async Task Replace_WithTheETagOfGet_Is200_AndGetServesTheNewETag()
    {
        var etag = await ETagAsync("/events/" + Seed.Slug);

        using var response = await PutAsync(Seed.Slug, Document(1, "Nowy tytuł"), ifMatch: etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var newETag = response.Headers.ETag!.Tag;
        Assert.NotEqual(etag, newETag);
        Assert.Equal(newETag, await ETagAsync("/events/" + Seed.Slug));
        Assert.Equal(newETag, await ETagAsync($"/events/{Seed.Slug}.json"));
        using var document = JsonDocument.Parse(await _client.GetStringAsync("/events/" + Seed.Slug));
        Assert.Equal("Nowy tytuł", document.RootElement.GetProperty("title").GetString());
        Assert.Equal(await response.Content.ReadAsByteArrayAsync(), File.ReadAllBytes(_folder.File(Seed.Slug + ".json")));
    }

    [Fact]
    public async Task Replace_WithoutIfMatch_Is428()
    {
        using var response = await PutAsync(Seed.Slug, Document(1));

        await AssertProblemAsync(response, HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task Replace_WithAStaleETag_Is412_WithTheCurrentETag()
    {
        var etag = await ETagAsync("/events/" + Seed.Slug);
        using (var first = await PutAsync(Seed.Slug, Document(1), ifMatch: etag))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var response = await PutAsync(Seed.Slug, Document(2), ifMatch: etag);

        await AssertProblemAsync(response, HttpStatusCode.PreconditionFailed);
        Assert.Equal(await ETagAsync("/events/" + Seed.Slug), response.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Replace_WithIfNoneMatchAny_Is412()
    {
        using var response = await PutAsync(Seed.Slug, Document(1), ifNoneMatch: "*");

        await AssertProblemAsync(response, HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Replace_ChangingStatusWithoutRaisingTheRevision_Is422WithPRB1019()
    {
        var etag = await ETagAsync("/events/" + Seed.Slug);

        using var response = await PutAsync(Seed.Slug, Document(0, status: "cancelled"), ifMatch: etag);

        var diagnostics = await AssertDiagnosticsAsync(response);
        Assert.Contains(diagnostics, d => d.Code == "PRB1019" && d.Severity == "error" && d.Path.Length > 0);
    }

    [Fact]
    public async Task Replace_WithAnotherEvent_Is422WithPRB1020AndEveryDiagnostic()
    {
        var etag = await ETagAsync("/events/" + Seed.Slug);

        using var response = await PutAsync(Seed.Slug, Document(id: "inne-wydarzenie")
            .Replace("\"timeZone\": \"Europe/Warsaw\"", "\"timeZone\": \"Europe/Nowhere\"", StringComparison.Ordinal), ifMatch: etag);

        var diagnostics = await AssertDiagnosticsAsync(response);
        Assert.Contains(diagnostics, d => d.Code == "PRB1020" && d.Path == "id");
        Assert.Contains(diagnostics, d => d.Code == "PRB1008" && d.Path == "timeZone");
        Assert.Equal(etag, await ETagAsync("/events/" + Seed.Slug));
    }

    [Fact]
    public async Task Put_UnreadableDocument_Is400WithPathAndLine()
    {
        using var response = await PutAsync(Seed.Slug, Seed.Json.Replace("\"kind\": \"conference\"", "\"kind\": 7", StringComparison.Ordinal), ifMatch: "*");

        using var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("kind", problem.RootElement.GetProperty("path").GetString().AsSpan().TrimStart("$.").ToString());
        Assert.Equal(JsonValueKind.Number, problem.RootElement.GetProperty("line").ValueKind);
    }

    [Fact]
    public async Task Put_SlugOfTheDocumentIsNotTheAddress_Is400()
    {
        using var response = await PutAsync("inne-wydarzenie", Document(), ifMatch: "*");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Create_Is201WithLocation_AndServedWithTheSameETag()
    {
        using var response = await PutAsync("nowe-wydarzenie", Document(slug: "nowe-wydarzenie", id: "nowe-wydarzenie"), ifNoneMatch: "*");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/events/nowe-wydarzenie", response.Headers.Location!.OriginalString);
        Assert.Equal(response.Headers.ETag!.Tag, await ETagAsync("/events/nowe-wydarzenie"));
        Assert.True(File.Exists(_folder.File("nowe-wydarzenie.json")));
    }

    [Fact]
    public async Task Create_WithIfMatch_Is412()
    {
        using var response = await PutAsync("nowe-wydarzenie", Document(slug: "nowe-wydarzenie", id: "nowe-wydarzenie"), ifMatch: "*");

        await AssertProblemAsync(response, HttpStatusCode.PreconditionFailed);
        Assert.False(File.Exists(_folder.File("nowe-wydarzenie.json")));
    }

    [Fact]
    public async Task Create_Invalid_Is422()
    {
        using var response = await PutAsync("nowe-wydarzenie", Document(slug: "nowe-wydarzenie", id: "nowe-wydarzenie")
            .Replace("\"timeZone\": \"Europe/Warsaw\"", "\"timeZone\": \"Europe/Nowhere\"", StringComparison.Ordinal));

        var diagnostics = await AssertDiagnosticsAsync(response);
        Assert.Contains(diagnostics, d => d.Code == "PRB1008" && d.Path == "timeZone");
    }

    [Fact]
    public async Task Delete_NeedsTheCurrentETag()
    {
        var etag = await ETagAsync("/events/" + Seed.Slug);

        using (var missing = await DeleteAsync(Seed.Slug, null))
        {
            await AssertProblemAsync(missing, HttpStatusCode.PreconditionRequired);
        }

        using (var wrong = await DeleteAsync(Seed.Slug, "\"nie-ta-wersja\""))
        {
            await AssertProblemAsync(wrong, HttpStatusCode.PreconditionFailed);
        }

        using (var deleted = await DeleteAsync(Seed.Slug, etag))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        using var gone = await _client.GetAsync("/events/" + Seed.Slug);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var again = await DeleteAsync(Seed.Slug, etag);
        await AssertProblemAsync(again, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Put_DocumentOverMaxDocumentSize_Is413()
    {
        await using var app = await TestHost.StartAsync(
            s => s.AddPrbEvents(o =>
            {
                o.CatalogPath = _folder.FullPath;
                o.MaxDocumentSize = 1024;
            }),
            a => a.MapPrbEventsEditing());
        using var request = new HttpRequestMessage(HttpMethod.Put, "/events/" + Seed.Slug) { Content = new StringContent(Document(1), Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("If-Match", "*");

        using var response = await app.Client().SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(Seed.Json, File.ReadAllText(_folder.File(Seed.Slug + ".json")));
    }

    [Fact]
    public async Task MapPrbEventsEditing_WithoutAddPrbEvents_FailsNamingTheCall()
    {
        var builder = WebApplication.CreateBuilder();
        await using var app = builder.Build();

        var e = Assert.Throws<InvalidOperationException>(() => app.MapPrbEventsEditing());

        Assert.Contains("AddPrbEvents", e.Message, StringComparison.Ordinal);
    }

    private async Task<string> ETagAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!.Tag;
    }

    private Task<HttpResponseMessage> PutAsync(string slug, string json, string? ifMatch = null, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/events/" + slug) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return _client.SendAsync(request);
    }

    private Task<HttpResponseMessage> DeleteAsync(string slug, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, "/events/" + slug);
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return _client.SendAsync(request);
    }

    private static async Task<JsonDocument> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        return problem;
    }

    private static async Task<List<(string Code, string Severity, string Path, string Message)>> AssertDiagnosticsAsync(HttpResponseMessage response)
    {
        using var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        return problem.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("code").GetString()!, d.GetProperty("severity").GetString()!, d.GetProperty("path").GetString()!, d.GetProperty("message").GetString()!))
            .ToList();
    }
}
