using NodaTime;

namespace Prb.Events.Scale.Benchmarks;

/// <summary>
/// A national listing: <see cref="Count"/> one-day conferences of libraries in every voivodeship over three years, each
/// with a small agenda and Polish text. Deterministic, so every run and both stores see the same events.
/// </summary>
internal static class ScaleEvents
{
    /// <summary>The number of events in the catalogue.</summary>
    public const int Count = 10_000;

    private static readonly Voivodeship[] Voivodeships = Enum.GetValues<Voivodeship>();

    /// <summary>Gets the slug of the <paramref name="index"/>th event.</summary>
    public static string SlugOf(int index) => $"konferencja-{index:D5}";

    /// <summary>Builds the <paramref name="index"/>th event at a revision.</summary>
    public static Event Create(int index, int revision = 0)
    {
        var voivodeship = Voivodeships[index % Voivodeships.Length];
        var town = $"Miasto {index % 97}";
        var library = new Library(
            new OrganizationId($"biblioteka-{index % 500:D3}"),
            $"Miejska Biblioteka Publiczna w mieście {index % 500} — „Zażółć gęślą jaźń”",
            LibraryKind.Municipal,
            new Municipality(town, MunicipalityType.Urban, voivodeship));
        var date = new LocalDate(2026, 1, 5).PlusDays(index % (3 * 365));
        return Event.CreateBuilder(new EventId(SlugOf(index)), $"Biblioteki w partnerstwach lokalnych nr {index} 📚")
            .Edition($"{index % 20 + 1}. Konferencja Regionalna")
            .InZone("Europe/Warsaw")
            .On(date, new LocalTime(10, 0), new LocalTime(14, 30))
            .OrganizedBy(library)
            .Described("Spotkanie bibliotekarzy, samorządowców i organizacji pozarządowych o dobrych praktykach współpracy.")
            .AddItem("otwarcie", AgendaItemKind.Opening, "Otwarcie konferencji", new LocalTime(10, 0), new LocalTime(10, 15))
            .AddItem("wyklad", AgendaItemKind.Lecture, "W świecie bibliotek", new LocalTime(10, 15), new LocalTime(11, 30))
            .AddItem("przerwa-kawowa", AgendaItemKind.CoffeeBreak, "Przerwa kawowa", new LocalTime(11, 30), new LocalTime(12, 0))
            .AddItem("panel", AgendaItemKind.Panel, "Partnerstwa lokalne — dobre praktyki", new LocalTime(12, 0), new LocalTime(14, 0))
            .AddItem("zakonczenie", AgendaItemKind.Closing, "Zakończenie", new LocalTime(14, 0), new LocalTime(14, 30))
            .AtRevision(revision)
            .Build();
    }
}
