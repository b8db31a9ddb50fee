using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Prb.Events.Hosting;
using Prb.Events.AspNet.Tests.TestSupport;

namespace Prb.Events.AspNet.Tests.DependencyInjection;

public class PrbEventsScheduleBuilderExtensionsTests
{
    [Fact]
    public async Task Schedules_AreServedAtTheirRoutes()
    {
        await using var app = await TestHost.StartAsync(s =>
        {
            s.AddSingleton<IEventCatalog>(new InMemoryEventCatalog([Seed.Event], Instant.FromUtc(2011, 11, 8, 12, 0)));
            s.AddPrbEvents().AddConferenceSchedules().AddConferenceSchedules();
        });
        var client = app.Client();

        var xml = await client.GetAsync($"/events/{Seed.Slug}/schedule.xml");
        var json = await client.GetAsync($"/events/{Seed.Slug}/schedule.json");

        Assert.Equal(HttpStatusCode.OK, xml.StatusCode);
        Assert.Equal("application/xml", xml.Content.Headers.ContentType?.MediaType);
        var titles = XDocument.Parse(await xml.Content.ReadAsStringAsync()).Descendants("event").Select(e => (string?)e.Element("title")).ToList();
        Assert.Contains("Przerwa kawowa", titles);
        Assert.Equal(Seed.Event.Agenda.Count, titles.Count);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement.TryGetProperty("schedule", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/events/nie-ma/schedule.xml")).StatusCode);
    }
}
