using System.Globalization;
using NodaTime;

namespace Prb.Events.Cli.Examples;

/// <summary>
/// Makes plausible example events of public libraries — story hours, workshops, author meetings, trainings — for demos
/// and load tests. The same seed always gives the same events. Every one is marked as an example: the id starts with
/// <c>example-</c>, the tag <see cref="Tag"/> is set, and the description says so.
/// </summary>
internal static class ExampleEventGenerator
{
    /// <summary>The tag every example carries.</summary>
    public const string Tag = "example";

    /// <summary>The most events one run makes.</summary>
    public const int MaxCount = 100_000;

    private static readonly (string Town, string InTown, MunicipalityType Type, Voivodeship Voivodeship, string PostalCode)[] Towns =
    [
        ("Wrocław", "we Wrocławiu", MunicipalityType.Urban, Voivodeship.Dolnoslaskie, "50-116"),
        ("Twardogóra", "w Twardogórze", MunicipalityType.UrbanRural, Voivodeship.Dolnoslaskie, "56-416"),
        ("Toruń", "w Toruniu", MunicipalityType.Urban, Voivodeship.KujawskoPomorskie, "87-100"),
        ("Zamość", "w Zamościu", MunicipalityType.Urban, Voivodeship.Lubelskie, "22-400"),
        ("Zielona Góra", "w Zielonej Górze", MunicipalityType.Urban, Voivodeship.Lubuskie, "65-001"),
        ("Łódź", "w Łodzi", MunicipalityType.Urban, Voivodeship.Lodzkie, "90-001"),
        ("Nowy Sącz", "w Nowym Sączu", MunicipalityType.Urban, Voivodeship.Malopolskie, "33-300"),
        ("Płock", "w Płocku", MunicipalityType.Urban, Voivodeship.Mazowieckie, "09-400"),
        ("Głuchołazy", "w Głuchołazach", MunicipalityType.UrbanRural, Voivodeship.Opolskie, "48-340"),
        ("Krosno", "w Krośnie", MunicipalityType.Urban, Voivodeship.Podkarpackie, "38-400"),
        ("Suwałki", "w Suwałkach", MunicipalityType.Urban, Voivodeship.Podlaskie, "16-400"),
        ("Słupsk", "w Słupsku", MunicipalityType.Urban, Voivodeship.Pomorskie, "76-200"),
        ("Żory", "w Żorach", MunicipalityType.Urban, Voivodeship.Slaskie, "44-240"),
        ("Końskie", "w Końskich", MunicipalityType.UrbanRural, Voivodeship.Swietokrzyskie, "26-200"),
        ("Ełk", "w Ełku", MunicipalityType.Urban, Voivodeship.WarminskoMazurskie, "19-300"),
        ("Śrem", "w Śremie", MunicipalityType.UrbanRural, Voivodeship.Wielkopolskie, "63-100"),
        ("Świnoujście", "w Świnoujściu", MunicipalityType.Urban, Voivodeship.Zachodniopomorskie, "72-600"),
    ];

    private static readonly string[] Streets = ["ul. Rynek 5", "ul. Kościuszki 12", "pl. Wolności 3", "ul. Żeromskiego 8", "ul. Ogrodowa 21", "ul. Szkolna 2"];

    private static readonly (EventKind Kind, Audience[] Audiences, string Title, AgendaItemKind ItemKind, int Hours)[] Templates =
    [
        (EventKind.Workshop, [Audience.Children], "Głośne czytanie: Żółw i zając", AgendaItemKind.Workshop, 1),
        (EventKind.Workshop, [Audience.Children, Audience.Teenagers], "Warsztaty kodowania z robotami", AgendaItemKind.Workshop, 2),
        (EventKind.Meeting, [Audience.Adults, Audience.Seniors], "Spotkanie autorskie z pisarką regionu", AgendaItemKind.Lecture, 2),
        (EventKind.Workshop, [Audience.Seniors], "Klub seniora: smartfon bez tajemnic", AgendaItemKind.Workshop, 2),
        (EventKind.Training, [Audience.LibrariansAndProfessionals], "Szkolenie: katalogowanie zbiorów w praktyce", AgendaItemKind.Workshop, 5),
        (EventKind.Conference, [Audience.LibrariansAndProfessionals], "Konferencja: biblioteka jako trzecie miejsce", AgendaItemKind.Lecture, 6),
        (EventKind.Festival, [Audience.Everyone], "Noc bibliotek: książki pod gwiazdami", AgendaItemKind.Concert, 4),
        (EventKind.Seminar, [Audience.Adults], "Seminarium o historii miasta", AgendaItemKind.Lecture, 3),
        (EventKind.Webinar, [Audience.LibrariansAndProfessionals], "Webinarium: prawo autorskie w bibliotece", AgendaItemKind.Presentation, 2),
        (EventKind.Meeting, [Audience.Teenagers], "Dyskusyjny Klub Książki dla młodzieży", AgendaItemKind.Panel, 2),
        (EventKind.Gala, [Audience.Everyone], "Gala konkursu „Bibliotekarz roku”", AgendaItemKind.AwardCeremony, 3),
    ];

    /// <summary>Makes <paramref name="count"/> example events, the first on or after <paramref name="from"/>, spread over a year.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1 or above <see cref="MaxCount"/>.</exception>
    public static IReadOnlyList<Event> Generate(int count, int seed, LocalDate from)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxCount);
        var random = new Random(seed);
        var events = new List<Event>(count);
        for (var i = 0; i < count; i++)
        {
            events.Add(One(i + 1, random, from));
        }

        return events;
    }

    private static Event One(int number, Random random, LocalDate from)
    {
        var town = Towns[random.Next(Towns.Length)];
        var template = Templates[random.Next(Templates.Length)];
        var date = from.PlusDays(random.Next(365));
        var startHour = template.Hours >= 5 ? 9 : 10 + random.Next(8);
        var start = new LocalTime(startHour, random.Next(2) * 30);
        var end = start.PlusHours(template.Hours);
        var days = template.Kind is EventKind.Conference or EventKind.Festival && random.Next(3) == 0 ? 2 : 1;
        var id = string.Create(CultureInfo.InvariantCulture, $"example-{number:D5}");
        var libraryId = new OrganizationId(string.Create(CultureInfo.InvariantCulture, $"{id}-biblioteka"));
        var address = new PostalAddress(Streets[random.Next(Streets.Length)], town.PostalCode, town.Town);
        var library = new Library(
            libraryId,
            $"Miejska Biblioteka Publiczna {town.InTown}",
            town.Type == MunicipalityType.Urban ? LibraryKind.Municipal : LibraryKind.MunicipalRural,
            new Municipality(town.Town, town.Type, town.Voivodeship),
            shortName: "MBP",
            address: address);
        var builder = Event.CreateBuilder(new EventId(id), $"{template.Title} — {town.Town}")
            .OfKind(template.Kind)
            .InZone("Europe/Warsaw")
            .ForAudiences(template.Audiences)
            .Tagged(Tag)
            .Described($"Przykładowe wydarzenie, wygenerowane do pokazu i testów obciążenia (nr {number.ToString(CultureInfo.InvariantCulture)}). Nie odbędzie się naprawdę.")
            .OrganizedBy(library)
            .At(template.Kind == EventKind.Webinar ? new Venue("Online", onlineUrl: new Uri("https://example.org/webinar/" + id)) : new Venue(library.OfficialName, address));
        for (var day = 0; day < days; day++)
        {
            builder.On(date.PlusDays(day), start, end);
            var itemStart = start;
            var parts = Math.Min(template.Hours, 3);
            for (var part = 0; part < parts; part++)
            {
                var length = part == parts - 1 ? Period.Between(itemStart, end).Hours * 60 + Period.Between(itemStart, end).Minutes : 60;
                var itemEnd = itemStart.PlusMinutes(length);
                var kind = part == 0 && parts > 1 ? AgendaItemKind.Opening : template.ItemKind;
                var title = part == 0 && parts > 1 ? "Powitanie uczestników" : template.Title;
                builder.AddItem(string.Create(CultureInfo.InvariantCulture, $"d{day + 1}-p{part + 1}"), kind, title, itemStart, itemEnd);
                itemStart = itemEnd;
            }
        }

        return builder.Build();
    }
}
