using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Prb.Events.Samples.Web.Tests.TestSupport;

namespace Prb.Events.Samples.Web.Tests;

/// <summary>The sample site's editing endpoints require a JWT bearer with the role <c>editor</c> (tokens from
/// <see cref="EditorTokens"/>), over the folder of documents.</summary>
public sealed class EditingAuthorizationTests : IClassFixture<WebApplicationFactory<Program>>, IDisposable
{
    private const string Slug = "prb-2011-11-09-wroclaw";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "prb-events-sample-" + Guid.NewGuid().ToString("N"));
    private readonly WebApplicationFactory<Program> _factory;

    public EditingAuthorizationTests(WebApplicationFactory<Program> factory)
    {
        Directory.CreateDirectory(_folder);
        File.Copy(RepositoryRoot.SeedDocument, Path.Combine(_folder, Slug + ".json"));
        _factory = factory.WithWebHostBuilder(b => b
            .UseSetting("PrbEvents:CatalogPath", _folder)
            .AcceptTestTokens());
    }

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task AnonymousWrite_Is401()
    {
        using var response = await PutAsync(token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AnotherRole_Is403()
    {
        using var response = await PutAsync(EditorTokens.Create("reader"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ATokenSignedWithAnotherKey_Is401()
    {
        using var response = await PutAsync(EditorTokens.Create("editor", RandomNumberGenerator.GetBytes(32)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Editor_Replaces_With200_AndReadsStayAnonymous()
    {
        var client = _factory.CreateClient();
        using var get = await client.GetAsync("/events/" + Slug);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);

        using var response = await PutAsync(EditorTokens.Create("editor"), get.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"revision\": 1,", await File.ReadAllTextAsync(Path.Combine(_folder, Slug + ".json")), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PutAsync(string? token, string ifMatch = "*")
    {
        var json = File.ReadAllText(RepositoryRoot.SeedDocument).Replace("\n  \"revision\": 0,", "\n  \"revision\": 1,", StringComparison.Ordinal);
        var request = new HttpRequestMessage(HttpMethod.Put, "/events/" + Slug) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _factory.CreateClient().SendAsync(request);
    }
}
