using NodaTime;

namespace Prb.Events.Tests.Support;

/// <summary>Sample documents: a sound one modelled on a real regional conference, and small ones to break.</summary>
internal static class Samples
{
    /// <summary>The date of the PRB conference in Wrocław: a Wednesday in November, CET (UTC+01:00).</summary>
    public static readonly LocalDate Prb2011Date = new(2011, 11, 9);

    public static Municipality Wroclaw() => new("Wrocław", MunicipalityType.Urban, Voivodeship.Dolnoslaskie);

    public static Municipality Twardogora() => new("Twardogóra", MunicipalityType.UrbanRural, Voivodeship.Dolnoslaskie);

    public static PostalAddress DbpAddress() => new("Rynek 58", "50-116", "Wrocław", "dolnośląskie");

    public static Library Dbp() => new(
        new OrganizationId("dbp-wroclaw"),
        "Dolnośląska Biblioteka Publiczna im. Tadeusza Mikulskiego we Wrocławiu",
        LibraryKind.Voivodeship,
        Wroclaw(),
        shortName: "DBP",
        patron: "im. Tadeusza Mikulskiego",
        address: DbpAddress(),
        url: new Uri("https://www.wbp.wroc.pl/"),
        directorId: new PersonId("andrzej-ociepa"));

    public static Library TwardogoraLibrary() => new(
        new OrganizationId("bpmig-twardogora"),
        "Biblioteka Publiczna Miasta i Gminy w Twardogórze",
        LibraryKind.MunicipalRural,
        Twardogora());

    public static Organization Frsi() => new(
        new OrganizationId("frsi"),
        "Fundacja Rozwoju Społeczeństwa Informacyjnego",
        OrganizationKind.Foundation,
        "FRSI",
        new Uri("https://www.frsi.org.pl/"));

    public static Person Director() => new(new PersonId("andrzej-ociepa"), "Andrzej Ociepa", jobTitle: "dyrektor",
        affiliationId: new OrganizationId("dbp-wroclaw"));

    public static Person Bednarek() => new(new PersonId("boguslaw-bednarek"), "Bogusław Bednarek", honorific: "dr",
        affiliation: "Uniwersytet Wrocławski");

    public static Person Jasiak() => new(new PersonId("beata-jasiak"), "Beata Jasiak", jobTitle: "koordynator regionalny",
        affiliationId: new OrganizationId("dbp-wroclaw"));

    public static Person Laureate() => new(new PersonId("laureatka"), "Maria Kowalska",
        affiliationId: new OrganizationId("bpmig-twardogora"));

    public static Programme Prb() => new(new ProgrammeId("prb"), "Program Rozwoju Bibliotek", new OrganizationId("frsi"), "PRB",
        ["wsparcie bibliotek publicznych w małych miejscowościach"],
        [new ProgrammeRegion(Voivodeship.Dolnoslaskie, 300, countIsApproximate: true, countIncludesBranches: true,
            libraryIds: [new OrganizationId("bpmig-twardogora")])],
        new Uri("https://www.biblioteki.org/"));

    public static LocalPartnership Koalicja() => new(new PartnershipId("koalicja-twardogora"),
        "Gminna Koalicja na Rzecz Biblioteki w Twardogórze", new OrganizationId("bpmig-twardogora"), Twardogora(),
        [
            new PartnershipMember("Urząd Miasta i Gminy Twardogóra", PartnerSector.LocalGovernment),
            new PartnershipMember("Maria Kowalska", PartnerSector.Individual, personId: new PersonId("laureatka")),
        ]);

    public static Contest DobrePraktyki() => new(new ContestId("dobre-praktyki-2011"), "Dobre praktyki w bibliotece",
        new OrganizationId("frsi"), "2011", new ProgrammeId("prb"),
        [
            new ContestEntry(new ContestEntryId("twardogora"), new OrganizationId("bpmig-twardogora"), "Pejzaże znad Skoryni",
                new PartnershipId("koalicja-twardogora"), new ContestResult(1, prize: "nagroda pieniężna"), new PersonId("laureatka")),
        ],
        new AwardPresentation(new AgendaItemId("awards"), [new PersonId("andrzej-ociepa")]));

    /// <summary>A sound event: validation finds nothing in it.</summary>
    public static EventBuilder Prb2011() =>
        Event.CreateBuilder(new EventId("prb-2011-wroclaw"), "Biblioteki w partnerstwach lokalnych – dobre praktyki")
            .Edition("II Konferencja Regionalna PRB")
            .OfKind(EventKind.Conference)
            .InZone("Europe/Warsaw")
            .On(Prb2011Date, new LocalTime(10, 0), new LocalTime(15, 30))
            .At(new Venue("Dolnośląska Biblioteka Publiczna", DbpAddress(), new GeoCoordinate(51.1105, 17.0312)))
            .OrganizedBy(Dbp())
            .WithPartner(Frsi(), PartnerRole.ProgrammeOperator, "operator Programu Rozwoju Bibliotek")
            .WithContact(Jasiak(), ContactRole.RegionalCoordinator, "koordynator regionalny", "71 33 52 237", "bjasiak@wbp.wroc.pl")
            .Described("Konferencja o współpracy bibliotek z partnerami lokalnymi.")
            .WithUrl(new Uri("https://www.wbp.wroc.pl/prb-2011"))
            .Tagged("PRB", "biblioteki")
            .ListedAs(new Listing(new LocalDate(2011, 10, 20), "DBP", featured: true, url: new Uri("https://www.ebib.pl/konferencje")))
            .WithRegistration(new Registration(new LocalDateTime(2011, 11, 4, 15, 0), 120,
                [new FeeTier("udział", 0m, "PLN")], new Uri("https://www.wbp.wroc.pl/prb-2011/rejestracja")))
            .AtRevision(1)
            .LastModifiedAt(Instant.FromUtc(2011, 10, 20, 8, 0))
            .AddPerson(Director())
            .AddPerson(Laureate())
            .AddLibrary(TwardogoraLibrary())
            .PartOf(Prb())
            .AddPartnership(Koalicja())
            .AddContest(DobrePraktyki())
            .AddItem("registration", AgendaItemKind.Registration, "Rejestracja uczestników", new LocalTime(10, 0), new LocalTime(10, 30))
            .AddItem("opening", AgendaItemKind.Opening, "Otwarcie konferencji", new LocalTime(10, 30), new LocalTime(10, 45),
                i => i.InRoom("Sala konferencyjna").By(new PersonId("andrzej-ociepa")))
            .AddItem("lecture", AgendaItemKind.Lecture, "Biblioteka w partnerstwie lokalnym", new LocalTime(10, 45), new LocalTime(11, 45),
                i => i.InRoom("Sala konferencyjna").By(Bednarek()))
            .AddItem("coffee", AgendaItemKind.CoffeeBreak, "Przerwa kawowa", new LocalTime(11, 45), new LocalTime(12, 15))
            .AddItem("practices", AgendaItemKind.Presentation, "Dobre praktyki bibliotek", new LocalTime(12, 15), new LocalTime(13, 45),
                i => i.InRoom("Sala konferencyjna").OnTrack("praktyki"))
            .AddItem("awards", AgendaItemKind.AwardCeremony, "Wręczenie nagród w konkursie „Dobre praktyki w bibliotece”",
                new LocalTime(13, 45), new LocalTime(14, 30), i => i.InRoom("Sala konferencyjna").By(new PersonId("andrzej-ociepa")))
            .AddItem("lunch", AgendaItemKind.LunchBreak, "Obiad", new LocalTime(14, 30), new LocalTime(15, 30))
            .Assuming("days[0].end", "The announcement gives no closing time; the lunch is assumed to end the day.");

    /// <summary>A bare event of one day, 09:00–18:00, to which a test adds what it needs.</summary>
    public static EventBuilder OneDay(LocalDate date, string zone = "Europe/Warsaw") =>
        Event.CreateBuilder(new EventId("test-event"), "Spotkanie testowe")
            .InZone(zone)
            .On(date, new LocalTime(9, 0), new LocalTime(18, 0));

    /// <summary>A bare event in June 2027, far from any change of clocks in Warsaw.</summary>
    public static EventBuilder OneDay() => OneDay(new LocalDate(2027, 6, 10));

    /// <summary>An agenda item with just what the overlap and time checks look at.</summary>
    public static AgendaItem Item(string id, EventTime start, EventTime end, string? room = null,
        IEnumerable<PersonId>? speakers = null, AgendaItemStatus status = AgendaItemStatus.Scheduled, string? title = null) =>
        new(new AgendaItemId(id), AgendaItemKind.Lecture, title ?? $"Punkt {id}", start, end, room: room, speakers: speakers, status: status);

    public static LocalDateTime At(this LocalDate date, int hour, int minute = 0) => date.At(new LocalTime(hour, minute));
}
