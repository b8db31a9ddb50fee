using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Prb.Events.Samples.Web.Tests.Hostile;

/// <summary>Absolute links come from the configured public address, never from the Host a client sends; the site
/// answers only the hosts it is configured for; every page answers HEAD.</summary>
public sealed class HostHeaderTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Page = "/wydarzenia/prb-2011-11-09-wroclaw";
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData("evil.example")]
    [InlineData("xn--80ak6aa92e.com")]
    public async Task A_foreign_Host_is_refused(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Page);
        request.Headers.Host = host;

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(host, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_start_with_the_configured_public_address()
    {
        var site = factory.WithWebHostBuilder(b => b.UseSetting("Site:PublicBaseUrl", "https://wydarzenia.example.org/"));

        var document = await Parser.ParseDocumentAsync(await site.CreateClient().GetStringAsync(Page));

        var links = document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("webcal://wydarzenia.example.org/events/calendar.ics", links);
        Assert.DoesNotContain(links, l => l.Contains("localhost", StringComparison.Ordinal));
        var jsonLd = JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("https://wydarzenia.example.org/wydarzenia/prb-2011-11-09-wroclaw", jsonLd.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/en")]
    [InlineData(Page)]
    [InlineData("/en/events/prb-2011-11-09-wroclaw")]
    public async Task Every_page_answers_HEAD_like_GET_without_a_body(string path)
    {
        var client = factory.CreateClient();
        var get = await client.GetAsync(path);
        using var head = new HttpRequestMessage(HttpMethod.Head, path);

        var response = await client.SendAsync(head);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, response.Content.Headers.ContentType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}
