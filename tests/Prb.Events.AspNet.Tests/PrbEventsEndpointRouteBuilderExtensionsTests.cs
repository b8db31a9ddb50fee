using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Prb.Events.AspNet.Tests.TestSupport;
using Prb.Events.Hosting;

namespace Prb.Events.AspNet.Tests;

/// <summary>What <c>MapPrbEvents()</c> and <c>MapPrbEventsEditing()</c> map: each route with its methods, its
/// operation name, tag and summary, and the answers it declares (what an OpenAPI document and its clients see).</summary>
public sealed class PrbEventsEndpointRouteBuilderExtensionsTests
{
    private static Task<WebApplication> HostAsync(Action<WebApplication> map) =>
        TestHost.StartAsync(
            s =>
            {
                s.AddSingleton<IEventCatalog>(new InMemoryEventCatalog([Seed.Event], Instant.FromUtc(2011, 11, 8, 12, 0)));
                s.AddSingleton<IEventStore>(new ScriptedEventStore(null));
                s.AddPrbEvents().AddExportFormat(new CsvAgendaFormat());
            },
            map);

    private sealed record Mapped(string Route, string Methods, string Tag, string Answers, bool Summarized);

    private static Dictionary<string, Mapped> Endpoints(WebApplication app) =>
        ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .ToDictionary(
                e => e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName,
                e => new Mapped(
                    e.RoutePattern.RawText!,
                    string.Join(",", e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods),
                    string.Join(",", e.Metadata.GetMetadata<ITagsMetadata>()!.Tags),
                    e.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Select(p => p.StatusCode).Distinct().Order().Aggregate("", (a, c) => a.Length == 0 ? $"{c}" : $"{a},{c}"),
                    e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary is { Length: > 0 }));

    private static string? ContentTypeOf200(WebApplication app, string name) =>
        ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints)
            .Single(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == name)
            .Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Last(p => p.StatusCode == 200).ContentTypes.SingleOrDefault();

    [Fact]
    public async Task MapPrbEvents_maps_the_list_the_event_and_every_route_of_every_format()
    {
        await using var app = await HostAsync(a => a.MapPrbEvents());

        var endpoints = Endpoints(app);

        Assert.Equal(
            new Dictionary<string, Mapped>
            {
                ["PrbEvents_List"] = new("/events/", "GET,HEAD", "Events", "200,400", true),
                ["PrbEvents_Get"] = new("/events/{slug}", "GET,HEAD", "Events", "200,304,404,406", true),
                ["PrbEvents_json_{slug}.json"] = new("/events/{slug}.json", "GET,HEAD", "Events", "200,304,404", true),
                ["PrbEvents_csv_{slug}.csv"] = new("/events/{slug}.csv", "GET,HEAD", "Events", "200,304,404", true),
                ["PrbEvents_csv_AgendaItem"] = new("/events/{slug}/agenda/{itemId}.csv", "GET,HEAD", "Events", "200,304,404", true),
                ["PrbEvents_csv_Feed"] = new("/events/calendar.csv", "GET,HEAD", "Events", "200,304,400", true),
            }.OrderBy(p => p.Key),
            endpoints.OrderBy(p => p.Key));
        Assert.Equal("application/json", ContentTypeOf200(app, "PrbEvents_Get"));
        Assert.Equal("text/csv; charset=utf-8; header=present", ContentTypeOf200(app, "PrbEvents_csv_Feed"));
        Assert.Equal("text/csv; charset=utf-8; header=present", ContentTypeOf200(app, "PrbEvents_csv_AgendaItem"));
        Assert.Equal("text/csv; charset=utf-8; header=present", ContentTypeOf200(app, "PrbEvents_csv_{slug}.csv"));
    }

    [Fact]
    public async Task MapPrbEventsEditing_maps_PUT_and_DELETE_with_the_answers_they_give()
    {
        await using var app = await HostAsync(a => a.MapPrbEventsEditing("/wydarzenia"));

        var endpoints = Endpoints(app);

        Assert.Equal(
            new Dictionary<string, Mapped>
            {
                ["PrbEvents_Put"] = new("/wydarzenia/{slug}", "PUT", "Events editing", "200,201,400,412,413,422,428", true),
                ["PrbEvents_Delete"] = new("/wydarzenia/{slug}", "DELETE", "Events editing", "204,404,412,428", true),
            }.OrderBy(p => p.Key),
            endpoints.OrderBy(p => p.Key));
        var put = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints)
            .Single(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == "PrbEvents_Put");
        Assert.Equal(["application/json"], put.Metadata.GetMetadata<IAcceptsMetadata>()!.ContentTypes);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_HEAD_apart_and_the_query_parameters_of_the_list_and_the_feed()
    {
        await using var app = await TestHost.StartAsync(
            s =>
            {
                s.AddSingleton<IEventCatalog>(new InMemoryEventCatalog([Seed.Event], Instant.FromUtc(2011, 11, 8, 12, 0)));
                s.AddPrbEvents().AddExportFormat(new CsvAgendaFormat());
                s.AddOpenApi();
            },
            a =>
            {
                a.MapOpenApi();
                a.MapPrbEvents();
            });

        using var document = JsonDocument.Parse(await app.Client().GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths");
        var list = paths.GetProperty("/events");
        Assert.Equal("PrbEvents_List", list.GetProperty("get").GetProperty("operationId").GetString());
        Assert.Equal("PrbEvents_List_Head", list.GetProperty("head").GetProperty("operationId").GetString());
        Assert.Equal(["Events"], list.GetProperty("get").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.True(list.GetProperty("get").GetProperty("responses").GetProperty("400").TryGetProperty("content", out _));
        Assert.False(list.GetProperty("head").GetProperty("responses").GetProperty("400").TryGetProperty("content", out _));
        Assert.Equal(
            ["q", "from", "to", "tz", "region", "organizer", "kind", "audience", "page", "pageSize"],
            list.GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(
            ["q", "from", "to", "tz", "region", "organizer", "kind", "audience"],
            paths.GetProperty("/events/calendar.csv").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task The_endpoints_answer_under_the_prefix_given()
    {
        await using var app = await HostAsync(a => a.MapPrbEvents("/wydarzenia"));
        var client = app.Client();

        using var found = await client.GetAsync("/wydarzenia/" + Seed.Slug);
        using var feed = await client.GetAsync("/wydarzenia/calendar.csv");
        using var elsewhere = await client.GetAsync("/events/" + Seed.Slug);

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Editing_answers_send_nosniff()
    {
        await using var app = await HostAsync(a => a.MapPrbEventsEditing());

        using var response = await app.Client().DeleteAsync("/events/nie-ma-takiego");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }

    [Fact]
    public async Task Null_arguments_are_refused_naming_them()
    {
        await using var app = await HostAsync(_ => { });

        Assert.Equal("endpoints", Assert.Throws<ArgumentNullException>(() => PrbEventsEndpointRouteBuilderExtensions.MapPrbEvents(null!)).ParamName);
        Assert.Equal("pattern", Assert.Throws<ArgumentNullException>(() => app.MapPrbEvents(null!)).ParamName);
        Assert.Equal("endpoints", Assert.Throws<ArgumentNullException>(() => PrbEventsEndpointRouteBuilderExtensions.MapPrbEventsEditing(null!)).ParamName);
        Assert.Equal("pattern", Assert.Throws<ArgumentNullException>(() => app.MapPrbEventsEditing(null!)).ParamName);
    }

    [Fact]
    public async Task Without_AddPrbEvents_each_mapping_names_the_call_that_is_missing()
    {
        await using var app = WebApplication.CreateBuilder().Build();

        var read = Assert.Throws<InvalidOperationException>(() => app.MapPrbEvents());
        var edit = Assert.Throws<InvalidOperationException>(() => app.MapPrbEventsEditing());

        Assert.Equal(
            "The Prb.Events services are not registered. Call services.AddPrbEvents(...) when configuring the host's services, before app.MapPrbEvents().",
            read.Message);
        Assert.Equal(
            "The Prb.Events services are not registered. Call services.AddPrbEvents(...) when configuring the host's services, before app.MapPrbEventsEditing().",
            edit.Message);
    }
}
