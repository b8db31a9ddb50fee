using NodaTime;

namespace Prb.Events.Samples.Web.Tests.Hostile;

/// <summary>A text field of an event, named by where it lives, with the constructor parameter that refuses bad text.</summary>
internal sealed record TextField(string Name, string Parameter)
{
    public override string ToString() => Name;
}

/// <summary>
/// A conference that uses every text field of the model — event, venue and address, agenda items, speakers and their
/// affiliations, the contact, the organising library and its municipality, a partner organisation, the listing, a
/// fee, the programme, a local partnership, a contest with a laureate and a distinction, an assumption — each with
/// plain text, except the one field under test, which gets the hostile string.
/// </summary>
internal static class InjectionEvent
{
    internal static readonly LocalDate Date = new(2011, 11, 9);

    internal static readonly TextField[] Fields =
    [
        new("event.title", "title"),
        new("event.edition", "edition"),
        new("event.description", "description"),
        new("event.tag", "tags"),
        new("venue.name", "name"),
        new("venue.street", "street"),
        new("venue.postalCode", "postalCode"),
        new("venue.locality", "locality"),
        new("venue.region", "region"),
        new("agenda.title", "title"),
        new("agenda.description", "description"),
        new("agenda.room", "room"),
        new("agenda.track", "track"),
        new("ceremony.title", "title"),
        new("speaker.name", "name"),
        new("speaker.honorific", "honorific"),
        new("speaker.jobTitle", "jobTitle"),
        new("speaker.affiliation", "affiliation"),
        new("contact.name", "name"),
        new("contact.roleTitle", "roleTitle"),
        new("contact.phone", "phone"),
        new("contact.email", "email"),
        new("library.officialName", "officialName"),
        new("library.shortName", "shortName"),
        new("library.patron", "patron"),
        new("municipality.name", "name"),
        new("laureate.officialName", "officialName"),
        new("organization.name", "name"),
        new("organization.shortName", "shortName"),
        new("partner.description", "description"),
        new("listing.submittedBy", "submittedBy"),
        new("fee.name", "name"),
        new("programme.name", "name"),
        new("programme.shortName", "shortName"),
        new("programme.goal", "goals"),
        new("partnership.name", "name"),
        new("member.name", "name"),
        new("member.contribution", "contribution"),
        new("contest.name", "name"),
        new("contest.edition", "edition"),
        new("contest.description", "description"),
        new("entry.projectTitle", "projectTitle"),
        new("entry.description", "description"),
        new("result.prize", "prize"),
        new("result.distinction", "distinction"),
        new("assumption.note", "note"),
    ];

    /// <summary>Builds the conference with <paramref name="value"/> in <paramref name="field"/> (or plain text everywhere when it is null).</summary>
    internal static Event Build(string id, TextField? field, string? value)
    {
        string T(string name, string plain) => field?.Name == name ? value! : plain;

        var wroclaw = new Municipality(T("municipality.name", "Wrocław"), MunicipalityType.Urban, Voivodeship.Dolnoslaskie);
        var library = new Library(new OrganizationId("dbp"), T("library.officialName", "Dolnośląska Biblioteka Publiczna"), LibraryKind.Voivodeship, wroclaw,
            shortName: T("library.shortName", "DBP"), patron: T("library.patron", "im. Tadeusza Mikulskiego"));
        var laureate = new Library(new OrganizationId("bpmig"), T("laureate.officialName", "Biblioteka Publiczna Miasta i Gminy w Twardogórze"),
            LibraryKind.MunicipalRural, new Municipality("Twardogóra", MunicipalityType.UrbanRural, Voivodeship.Dolnoslaskie));
        var foundation = new Organization(new OrganizationId("frsi"), T("organization.name", "Fundacja Rozwoju Społeczeństwa Informacyjnego"),
            OrganizationKind.Foundation, T("organization.shortName", "FRSI"));
        var speaker = new Person(new PersonId("bednarek"), T("speaker.name", "Bogusław Bednarek"), T("speaker.honorific", "dr"),
            T("speaker.jobTitle", "wykładowca"), affiliation: T("speaker.affiliation", "Uniwersytet Wrocławski"));
        var coordinator = new Person(new PersonId("jasiak"), T("contact.name", "Beata Jasiak"), affiliationId: library.Id);
        var programme = new Programme(new ProgrammeId("prb"), T("programme.name", "Program Rozwoju Bibliotek"), foundation.Id,
            T("programme.shortName", "PRB"), [T("programme.goal", "wsparcie bibliotek")]);
        var partnership = new LocalPartnership(new PartnershipId("koalicja"), T("partnership.name", "Koalicja dla Skoryni"), laureate.Id,
            laureate.Municipality, [new PartnershipMember(T("member.name", "Urząd Gminy"), PartnerSector.LocalGovernment, contribution: T("member.contribution", "sala"))]);
        var contest = new Contest(new ContestId("konkurs"), T("contest.name", "Dobre praktyki w bibliotece"), foundation.Id, T("contest.edition", "2011"), programme.Id,
            [
                new ContestEntry(new ContestEntryId("e1"), laureate.Id, T("entry.projectTitle", "Pejzaże znad Skoryni"), partnership.Id,
                    new ContestResult(3, prize: T("result.prize", "5000 zł")), coordinator.Id, T("entry.description", "Projekt lokalny")),
                new ContestEntry(new ContestEntryId("e2"), library.Id, "Wyróżniony projekt", result: new ContestResult(distinction: T("result.distinction", "wyróżnienie"))),
            ],
            new AwardPresentation(new AgendaItemId("nagrody"), [coordinator.Id]), T("contest.description", "Konkurs dla bibliotek"));

        return Event.CreateBuilder(new EventId(id), T("event.title", "Biblioteki w partnerstwach lokalnych"))
            .Edition(T("event.edition", "II Konferencja Regionalna PRB"))
            .InZone("Europe/Warsaw")
            .InLanguage("pl")
            .On(Date, new LocalTime(10, 0), new LocalTime(14, 30))
            .At(new Venue(T("venue.name", "Dolnośląska Biblioteka Publiczna"),
                new PostalAddress(T("venue.street", "Rynek 58"), T("venue.postalCode", "50-116"), T("venue.locality", "Wrocław"), T("venue.region", "dolnośląskie")),
                new GeoCoordinate(51.1099, 17.0317)))
            .OrganizedBy(library)
            .WithPartner(foundation, PartnerRole.ContestOrganizer, T("partner.description", "organizator konkursu"))
            .WithContact(coordinator, ContactRole.RegionalCoordinator, T("contact.roleTitle", "koordynator regionalny"), T("contact.phone", "71 33 52 237"),
                T("contact.email", "bjasiak@wbp.wroc.pl"))
            .Described(T("event.description", "Konferencja o partnerstwach lokalnych."))
            .Tagged(T("event.tag", "biblioteki"), "PRB")
            .ListedAs(new Listing(Date.PlusDays(-1), T("listing.submittedBy", "Jacek Czarnik"), true, foundation.Id))
            .WithRegistration(new Registration(Date.At(new LocalTime(9, 0)), 120, [new FeeTier(T("fee.name", "udział"), 0m, "PLN")]))
            .AddPerson(speaker)
            .AddLibrary(laureate)
            .AddItem(new AgendaItem(new AgendaItemId("wyklad"), AgendaItemKind.Lecture, T("agenda.title", "W świecie bibliotek"),
                Date.At(new LocalTime(10, 0)), Date.At(new LocalTime(11, 0)), T("agenda.description", "Wykład otwierający."),
                T("agenda.room", "Sala A"), T("agenda.track", "Główna"), [speaker.Id]))
            .AddItem(new AgendaItem(new AgendaItemId("nagrody"), AgendaItemKind.AwardCeremony, T("ceremony.title", "Wręczenie nagród"),
                Date.At(new LocalTime(12, 0)), Date.At(new LocalTime(13, 0)), room: "Sala B"))
            .PartOf(programme)
            .AddPartnership(partnership)
            .AddContest(contest)
            .Assuming("days[0].start", T("assumption.note", "Godzina rozpoczęcia przyjęta."))
            .Build();
    }

    /// <summary>Reads a field back from an event, as the model holds it.</summary>
    internal static string? Get(Event e, TextField field) => field.Name switch
    {
        "event.title" => e.Title,
        "event.edition" => e.Edition,
        "event.description" => e.Description,
        "event.tag" => e.Tags[0],
        "venue.name" => e.Venue?.Name,
        "venue.street" => e.Venue?.Address?.Street,
        "venue.postalCode" => e.Venue?.Address?.PostalCode,
        "venue.locality" => e.Venue?.Address?.Locality,
        "venue.region" => e.Venue?.Address?.Region,
        "agenda.title" => e.Agenda[0].Title,
        "agenda.description" => e.Agenda[0].Description,
        "agenda.room" => e.Agenda[0].Room,
        "agenda.track" => e.Agenda[0].Track,
        "ceremony.title" => e.Agenda[1].Title,
        "speaker.name" => e.FindPerson(new PersonId("bednarek"))?.Name,
        "speaker.honorific" => e.FindPerson(new PersonId("bednarek"))?.Honorific,
        "speaker.jobTitle" => e.FindPerson(new PersonId("bednarek"))?.JobTitle,
        "speaker.affiliation" => e.FindPerson(new PersonId("bednarek"))?.Affiliation,
        "contact.name" => e.FindPerson(new PersonId("jasiak"))?.Name,
        "contact.roleTitle" => e.Contacts[0].RoleTitle,
        "contact.phone" => e.Contacts[0].Phone,
        "contact.email" => e.Contacts[0].Email,
        "library.officialName" => e.Libraries.Single(l => l.Id.Value == "dbp").OfficialName,
        "library.shortName" => e.Libraries.Single(l => l.Id.Value == "dbp").ShortName,
        "library.patron" => e.Libraries.Single(l => l.Id.Value == "dbp").Patron,
        "municipality.name" => e.Libraries.Single(l => l.Id.Value == "dbp").Municipality.Name,
        "laureate.officialName" => e.Libraries.Single(l => l.Id.Value == "bpmig").OfficialName,
        "organization.name" => e.Organizations[0].Name,
        "organization.shortName" => e.Organizations[0].ShortName,
        "partner.description" => e.Partners[0].Description,
        "listing.submittedBy" => e.Listing?.SubmittedBy,
        "fee.name" => e.Registration?.Fees[0].Name,
        "programme.name" => e.Programmes[0].Name,
        "programme.shortName" => e.Programmes[0].ShortName,
        "programme.goal" => e.Programmes[0].Goals[0],
        "partnership.name" => e.Partnerships[0].Name,
        "member.name" => e.Partnerships[0].Members[0].Name,
        "member.contribution" => e.Partnerships[0].Members[0].Contribution,
        "contest.name" => e.Contests[0].Name,
        "contest.edition" => e.Contests[0].Edition,
        "contest.description" => e.Contests[0].Description,
        "entry.projectTitle" => e.Contests[0].Entries[0].ProjectTitle,
        "entry.description" => e.Contests[0].Entries[0].Description,
        "result.prize" => e.Contests[0].Entries[0].Result?.Prize,
        "result.distinction" => e.Contests[0].Entries[1].Result?.Distinction,
        "assumption.note" => e.Assumptions[0].Note,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Name, "No such field."),
    };
}
