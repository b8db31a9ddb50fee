using System.Globalization;
using NodaTime;

namespace Prb.Events.Benchmarks;

/// <summary>
/// Builds a large, realistic and deterministic event for the benchmarks: a conference of a library network in
/// Europe/Warsaw, with <see cref="RoomCount"/> rooms, <see cref="SpeakerCount"/> speakers and as many days as the
/// requested number of agenda items needs.
/// </summary>
/// <remarks>
/// <para>Each room runs sessions of 20–60 minutes with 0–15 minute gaps and a break after every four sessions, from
/// 08:00 to 21:00. On each day every room draws its speakers from its own group of ten, and the groups rotate from
/// day to day, so that by construction no room and no speaker is in two places at once.</para>
/// <para>A small fraction of the items then breaks that on purpose: about 1% start ten minutes before the previous
/// item in their room ends (a room overlap), and about 0.5% gain a speaker who is in another room at that time (a
/// speaker double booking). About 1% are cancelled and about 5% write their room name in other letter case. The same
/// item count and seed always give the same event.</para>
/// </remarks>
public static class AgendaGenerator
{
    /// <summary>The IANA zone of the generated events.</summary>
    public const string TimeZoneId = "Europe/Warsaw";

    /// <summary>The number of rooms.</summary>
    public const int RoomCount = 20;

    /// <summary>The number of speakers.</summary>
    public const int SpeakerCount = 200;

    /// <summary>The seed used when none is given.</summary>
    public const int DefaultSeed = 20_270_906;

    private const int SpeakersPerRoom = SpeakerCount / RoomCount;
    private const double RoomOverlapRate = 0.01;
    private const double SpeakerOverlapRate = 0.005;
    private const double CancelledRate = 0.01;
    private const double OtherCaseRate = 0.05;

    private static readonly LocalDate FirstDay = new(2027, 9, 6);
    private static readonly LocalTime DayStart = new(8, 0);
    private static readonly LocalTime DayEnd = new(21, 0);

    private static readonly string[] Rooms =
    [
        "Aula Główna", "Sala Konferencyjna A", "Sala Konferencyjna B", "Sala Konferencyjna C", "Czytelnia Główna",
        "Czytelnia Czasopism", "Sala Multimedialna", "Pracownia Komputerowa", "Sala Kominkowa", "Sala im. Marii Konopnickiej",
        "Sala im. Józefa Ignacego Kraszewskiego", "Oddział dla Dzieci", "Galeria na Piętrze", "Sala Warsztatowa 1", "Sala Warsztatowa 2",
        "Sala Seminaryjna 101", "Sala Seminaryjna 102", "Mediateka", "Sala Kameralna", "Sala Lustrzana",
    ];

    private static readonly string[] Tracks = ["Czytelnictwo", "Cyfryzacja", "Partnerstwa lokalne", "Edukacja"];

    private static readonly string[] Topics =
    [
        "Biblioteka jako trzecie miejsce",
        "Cyfryzacja zbiorów regionalnych",
        "Czytelnictwo dzieci i młodzieży",
        "Dostępność cyfrowa w bibliotekach publicznych",
        "Partnerstwa lokalne w gminie wiejskiej",
        "Promocja czytelnictwa w małych miejscowościach",
        "Edukacja medialna seniorów",
        "Biblioteka w mediach społecznościowych",
        "Zarządzanie projektami grantowymi",
        "Otwarte zasoby a prawo autorskie",
        "Katalogowanie w formacie MARC 21",
        "Wolontariat w bibliotece",
        "Dyskusyjne Kluby Książki po dwudziestu latach",
        "Regionalia i pamięć lokalna",
        "Nowe technologie w obsłudze czytelnika",
        "Ochrona danych osobowych czytelników",
        "Biblioteka przyjazna rodzinie",
        "Gry planszowe i escape roomy w bibliotece",
        "Animacja kultury na wsi",
        "Społeczne archiwa i kroniki gminne",
        "Narodowy Program Rozwoju Czytelnictwa w praktyce",
        "Książka mówiona i czytelnicy z niepełnosprawnościami",
    ];

    private static readonly string[] FemaleFirstNames =
        ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Joanna", "Magdalena", "Elżbieta", "Zofia"];

    private static readonly string[] MaleFirstNames =
        ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Andrzej", "Michał", "Marcin", "Jan", "Grzegorz", "Bogusław"];

    private static readonly (string Male, string Female)[] Surnames =
    [
        ("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
        ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"),
        ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"),
    ];

    /// <summary>Generates an event with the given number of agenda items.</summary>
    /// <param name="itemCount">The number of agenda items, at least 1.</param>
    /// <param name="seed">The seed of the random choices; the same count and seed give the same event.</param>
    /// <returns>The event, with its speakers in its people and as many days as the items need.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="itemCount"/> is not positive.</exception>
    public static Event Generate(int itemCount, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(itemCount);

        // Deterministic test data, not security: a seeded System.Random is what is wanted here.
        var random = new Random(seed);
        var speakers = CreateSpeakers();
        var builder = Event.CreateBuilder(new EventId("prb-konferencja-benchmark"), "Konferencja Regionalna Sieci Bibliotek Publicznych")
            .Edition("Edycja testowa: wydajność walidacji")
            .InZone(TimeZoneId)
            .InLanguage("pl")
            .Described("Wygenerowany program wielodniowej konferencji do pomiaru wydajności walidacji.");
        foreach (var speaker in speakers)
        {
            builder.AddPerson(speaker);
        }

        var count = 0;
        for (var day = 0; count < itemCount; day++)
        {
            var date = FirstDay.PlusDays(day);
            builder.On(date, DayStart, DayEnd);
            foreach (var draft in LayOutDay(date, day, random))
            {
                if (count == itemCount)
                {
                    break;
                }

                builder.AddItem(ToItem(draft, count, speakers));
                count++;
            }
        }

        return builder.Build();
    }

    private static List<AgendaDraft> LayOutDay(LocalDate date, int day, Random random)
    {
        var byRoom = new List<AgendaDraft>[RoomCount];
        var dayEnd = date.At(DayEnd);
        for (var room = 0; room < RoomCount; room++)
        {
            var drafts = new List<AgendaDraft>();
            var group = (room + day) % RoomCount;
            var time = date.At(DayStart).PlusMinutes(5 * random.Next(0, 4));
            for (var j = 0; ; j++)
            {
                AgendaItemKind kind;
                int minutes;
                if (j % 5 == 4)
                {
                    var lunch = time.Hour is 12 or 13;
                    kind = lunch ? AgendaItemKind.LunchBreak : AgendaItemKind.CoffeeBreak;
                    minutes = lunch ? 30 : 15;
                }
                else
                {
                    var roll = random.Next(100);
                    kind = roll switch
                    {
                        < 40 => AgendaItemKind.Lecture,
                        < 65 => AgendaItemKind.Presentation,
                        < 85 => AgendaItemKind.Workshop,
                        _ => AgendaItemKind.Panel,
                    };
                    minutes = kind is AgendaItemKind.Workshop or AgendaItemKind.Panel ? 30 + (5 * random.Next(0, 7)) : 20 + (5 * random.Next(0, 9));
                }

                var end = time.PlusMinutes(minutes);
                if (end > dayEnd)
                {
                    break;
                }

                var draft = new AgendaDraft(room, kind, Title(kind, random), time, end) { RoomText = Rooms[room] };
                var speakerCount = kind switch
                {
                    AgendaItemKind.Panel => 3,
                    AgendaItemKind.Workshop => 2,
                    AgendaItemKind.Lecture or AgendaItemKind.Presentation => 1,
                    _ => 0,
                };
                for (var k = 0; k < speakerCount; k++)
                {
                    draft.Speakers.Add((group * SpeakersPerRoom) + ((j + (3 * k)) % SpeakersPerRoom));
                }

                // A planted room overlap: start ten minutes before the previous item ends. Every item lasts at least
                // 15 minutes, so this overlaps the previous item only.
                if (j > 0 && random.NextDouble() < RoomOverlapRate)
                {
                    draft.Start = drafts[^1].End.PlusMinutes(-10);
                }

                drafts.Add(draft);
                time = end.PlusMinutes(5 * random.Next(0, 4));
            }

            byRoom[room] = drafts;
        }

        var all = new List<AgendaDraft>();
        foreach (var drafts in byRoom)
        {
            foreach (var draft in drafts)
            {
                // A planted speaker double booking: borrow a speaker of an item that runs at the same time in another room.
                if (draft.Speakers.Count > 0 && random.NextDouble() < SpeakerOverlapRate)
                {
                    var other = byRoom[(draft.Room + 1 + random.Next(RoomCount - 1)) % RoomCount];
                    var busy = other.Find(o => o.Speakers.Count > 0 && o.Start < draft.End && draft.Start < o.End);
                    if (busy is not null && !draft.Speakers.Contains(busy.Speakers[0]))
                    {
                        draft.Speakers.Add(busy.Speakers[0]);
                    }
                }

                draft.Cancelled = random.NextDouble() < CancelledRate;
                if (random.NextDouble() < OtherCaseRate)
                {
                    draft.RoomText = random.Next(2) == 0 ? Rooms[draft.Room].ToUpperInvariant() : Rooms[draft.Room].ToLowerInvariant();
                }

                all.Add(draft);
            }
        }

        // Document order: by start, then by room, as a printed programme lists the day.
        all.Sort((a, b) =>
        {
            var byStart = a.Start.CompareTo(b.Start);
            return byStart != 0 ? byStart : a.Room.CompareTo(b.Room);
        });
        return all;
    }

    private static string Title(AgendaItemKind kind, Random random) => kind switch
    {
        AgendaItemKind.CoffeeBreak => "Przerwa kawowa",
        AgendaItemKind.LunchBreak => "Przerwa obiadowa",
        AgendaItemKind.Lecture => "Wykład: " + Topics[random.Next(Topics.Length)],
        AgendaItemKind.Presentation => "Dobre praktyki: " + Topics[random.Next(Topics.Length)],
        AgendaItemKind.Workshop => "Warsztaty: " + Topics[random.Next(Topics.Length)],
        _ => "Panel dyskusyjny: " + Topics[random.Next(Topics.Length)],
    };

    private static AgendaItem ToItem(AgendaDraft draft, int index, Person[] speakers) => new(
        new AgendaItemId(string.Create(CultureInfo.InvariantCulture, $"pozycja-{index + 1:D6}")),
        draft.Kind,
        draft.Title,
        draft.Start,
        draft.End,
        room: draft.RoomText,
        track: draft.Kind is AgendaItemKind.CoffeeBreak or AgendaItemKind.LunchBreak ? null : Tracks[draft.Room % Tracks.Length],
        speakers: draft.Speakers.Select(s => speakers[s].Id),
        status: draft.Cancelled ? AgendaItemStatus.Cancelled : AgendaItemStatus.Scheduled);

    private static Person[] CreateSpeakers()
    {
        var people = new Person[SpeakerCount];
        for (var k = 0; k < SpeakerCount; k++)
        {
            var female = k % 2 == 0;
            var first = female ? FemaleFirstNames[k / 2 % FemaleFirstNames.Length] : MaleFirstNames[k / 2 % MaleFirstNames.Length];
            var surname = Surnames[k / (2 * FemaleFirstNames.Length) % Surnames.Length];
            var honorific = (k % 11) switch
            {
                0 => "prof. dr hab.",
                3 or 7 => "dr",
                _ => null,
            };
            people[k] = new Person(
                new PersonId(string.Create(CultureInfo.InvariantCulture, $"prelegent-{k + 1:D3}")),
                $"{first} {(female ? surname.Female : surname.Male)}",
                honorific,
                female ? "bibliotekarka" : "bibliotekarz");
        }

        return people;
    }
}
