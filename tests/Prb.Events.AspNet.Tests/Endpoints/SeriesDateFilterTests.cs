using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Prb.Events.AspNet.Tests.TestSupport;
using Prb.Events.Hosting;

namespace Prb.Events.AspNet.Tests.Endpoints;

/// <summary>The list's date filter finds a series by its occurrences, not by its first start.</summary>
public sealed class SeriesDateFilterTests : IAsyncLifetime
{
    // Every second Tuesday 17:00 from 12 January 2027, open-ended; 26 January cancelled; 9 February moved to the 11th.
    private static readonly Event BookClub = Event.CreateBuilder(new EventId("klub-ksiazki"), "Klub Książki")
        .OfKind(EventKind.Meeting)
        .InZone("Europe/Warsaw")
        .On(new LocalDate(2027, 1, 12), new LocalTime(17, 0), new LocalTime(18, 30))
        .Repeats(new RecurrenceRule(RecurrenceFrequency.Weekly, 2, [new RecurrenceWeekday(IsoDayOfWeek.Tuesday)]))
        .CancelOccurrence(new LocalDate(2027, 1, 26))
        .OverrideOccurrence(new OccurrenceOverride(new LocalDate(2027, 2, 9), new LocalDate(2027, 2, 11).At(new LocalTime(17, 0)),
            new LocalDate(2027, 2, 11).At(new LocalTime(18, 30))))
        .Build();

    private static readonly Event Lecture = Event.CreateBuilder(new EventId("wyklad"), "Wykład")
        .OfKind(EventKind.Workshop)
        .InZone("Europe/Warsaw")
        .On(new LocalDate(2027, 1, 12), new LocalTime(10, 0), new LocalTime(11, 0))
        .Build();

    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await TestHost.StartAsync(s =>
        {
            s.AddSingleton<IEventCatalog>(new InMemoryEventCatalog([BookClub, Lecture], Instant.FromUtc(2026, 1, 1, 0, 0)));
            s.AddPrbEvents();
        });
        _client = _app.Client();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("?from=2027-01-12&to=2027-01-12", new[] { "wyklad", "klub-ksiazki" })]
    [InlineData("?from=2031-09-01&to=2031-09-14", new[] { "klub-ksiazki" })]
    [InlineData("?from=2031-09-01", new[] { "klub-ksiazki" })]
    [InlineData("?from=2027-01-26&to=2027-01-26", new string[0])]
    [InlineData("?from=2027-02-09&to=2027-02-09", new string[0])]
    [InlineData("?from=2027-02-11&to=2027-02-11", new[] { "klub-ksiazki" })]
    [InlineData("?to=2027-01-11", new string[0])]
    public async Task List_FindsASeriesByItsOccurrences(string query, string[] expected)
    {
        var page = JsonDocument.Parse(await _client.GetStringAsync("/events" + query)).RootElement;

        Assert.Equal(expected, page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
    }
}
