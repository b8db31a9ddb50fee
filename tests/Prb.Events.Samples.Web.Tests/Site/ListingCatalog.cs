using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Prb.Events.Hosting;

namespace Prb.Events.Samples.Web.Tests.Site;

/// <summary>A small catalogue for the listing: past and upcoming events in several months, one for children whose title
/// has every Polish diacritic, one over two days with a gap, one held in the repeated hour, seen on 1 March 2027.</summary>
internal static class ListingCatalog
{
    public static readonly Instant Now = Instant.FromUtc(2027, 3, 1, 12, 0);

    public static readonly Event Turtle = Event.CreateBuilder(new EventId("zolw"), "Żółw czyta dzieciom")
        .OfKind(EventKind.Workshop).InZone("Europe/Warsaw").ForAudiences(Audience.Children)
        .On(new LocalDate(2027, 3, 10), new LocalTime(10, 0), new LocalTime(11, 0))
        .Build();

    public static readonly Event Fair = Event.CreateBuilder(new EventId("targi"), "Targi Książki")
        .OfKind(EventKind.Festival).InZone("Europe/Warsaw").ForAudiences(Audience.Everyone)
        .On(new LocalDate(2027, 5, 10), new LocalTime(9, 0), new LocalTime(17, 0))
        .On(new LocalDate(2027, 5, 12), new LocalTime(9, 0), new LocalTime(17, 0))
        .Build();

    public static readonly Event Past = Event.CreateBuilder(new EventId("stare"), "Spotkanie sieci")
        .OfKind(EventKind.Meeting).InZone("Europe/Warsaw").ForAudiences(Audience.LibrariansAndProfessionals)
        .On(new LocalDate(2026, 11, 9), new LocalTime(10, 0), new LocalTime(14, 0))
        .Build();

    /// <summary>A night reading: 23:30 in Warsaw on 30 October is 07:30 on 31 October in Tokyo; 02:30 happens twice.</summary>
    public static readonly Event Night = Event.CreateBuilder(new EventId("noc"), "Noc bibliotek")
        .OfKind(EventKind.Other).InZone("Europe/Warsaw")
        .On(new LocalDate(2027, 10, 30), new LocalTime(22, 0), new LocalTime(23, 59))
        .On(new LocalDate(2027, 10, 31), new LocalTime(0, 0), new LocalTime(4, 0))
        .AddItem("czytanie", AgendaItemKind.Lecture, "Czytanie", new LocalDateTime(2027, 10, 30, 23, 30), new LocalDateTime(2027, 10, 30, 23, 59))
        .AddItem("powtorka", AgendaItemKind.Lecture, "Powtórka",
            new EventTime(new LocalDateTime(2027, 10, 31, 2, 30), Offset.FromHours(2)),
            new EventTime(new LocalDateTime(2027, 10, 31, 2, 30), Offset.FromHours(1)))
        .Build();

    public static HttpClient Client(WebApplicationFactory<Program> factory, params Event[] events) =>
        factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<IEventCatalog>(new InMemoryEventCatalog(events.Length == 0 ? [Turtle, Fair, Past, Night] : events, Instant.FromUtc(2027, 1, 1, 0, 0)));
            s.AddSingleton<IClock>(new FixedClock(Now));
        })).CreateClient();

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
