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

    [Theory]
    [InlineData("schedule.xml")]
    [InlineData("schedule.json")]
    public async Task Series_HasNoSchedule_404NamingWhy(string file)
    {
        var series = Event.CreateBuilder(new EventId("klub"), "Klub Książki").InZone("Europe/Warsaw")
            .On(new LocalDate(2027, 1, 12), new LocalTime(17, 0), new LocalTime(18, 30))
            .Repeats(new RecurrenceRule(RecurrenceFrequency.Weekly, 2))
            .Build();
        await using var app = await TestHost.StartAsync(s =>
        {
            s.AddSingleton<IEventCatalog>(new InMemoryEventCatalog([series], Instant.FromUtc(2027, 1, 1, 0, 0)));
            s.AddPrbEvents().AddConferenceSchedules();
        });

        var response = await app.Client().GetAsync($"/events/klub/{file}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Not available in this format", body, StringComparison.Ordinal);
        Assert.Contains("the event repeats (FREQ=WEEKLY;INTERVAL=2)", body, StringComparison.Ordinal);
    }
}
