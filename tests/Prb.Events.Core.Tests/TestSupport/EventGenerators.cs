using CsCheck;
using NodaTime;

namespace Prb.Events.Tests.TestSupport;

/// <summary>CsCheck generators of whole, internally consistent events with text in many scripts.</summary>
public static class EventGenerators
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "ą", "ć", "ę", "ł", "ń", "ó", "ś", "ź", "ż", "Ą", "Ł", "Ż", " ", "–", "„", "”", "😀", "📚", "👩‍💻", "🇵🇱",
        "שלום", "مرحبا", "\u202E", "漢字", "\t", "\n", "\r\n", ";", ",", ":", "\\", "\"", "<", ">", "&", "</script>", "0", "9",
        "]]>", "'", "&amp;", "\r", "<![CDATA[", "<!--",
    ];

    public static readonly Gen<string> Text =
        Gen.OneOf(Pieces).Array[0, 12].Select(parts => string.Concat(parts));

    public static readonly Gen<string> NonBlankText =
        Gen.Select(Gen.OneOf("Biblioteka", "Koncert", "Wykład", "Przerwa", "Śniadanie", "📚"), Text, (head, tail) => head + tail);

    public static readonly Gen<string?> OptionalText = Text.Null();

    private static readonly Gen<string> IdText =
        Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-_.~"].Array[1, 10].Select(c => new string(c));

    private static readonly Gen<Uri?> OptionalUrl =
        Gen.OneOf<Uri?>(null, new Uri("https://www.example.org/wydarzenia/prb"), new Uri("https://zażółć.example/ścieżka?q=ę#x"));

    private static readonly Gen<Voivodeship> Voivodeships = Gen.Enum<Voivodeship>();

    private static readonly Gen<Municipality> Municipalities =
        Gen.Select(NonBlankText, Gen.Enum<MunicipalityType>(), Voivodeships, (n, t, v) => new Municipality(n, t, v));

    private static readonly Gen<PostalAddress?> Addresses =
        Gen.Select(NonBlankText, Text, NonBlankText, OptionalText, (s, p, l, r) => new PostalAddress(s, p, l, r, "PL")).Null();

    /// <summary>Random events: one to three days, agenda items with speakers among the people, every reference resolvable.</summary>
    public static readonly Gen<Event> Events =
        from id in IdText
        from title in NonBlankText
        from edition in OptionalText
        from kind in Gen.Enum<EventKind>()
        from zone in Gen.OneOf("Europe/Warsaw", "UTC", "Australia/Lord_Howe", "America/New_York", "Asia/Kolkata")
        from year in Gen.Int[1990, 2040]
        from month in Gen.Int[1, 12]
        from dayOfMonth in Gen.Int[1, 28]
        from dayCount in Gen.Int[1, 3]
        from description in OptionalText
        from url in OptionalUrl
        from tags in NonBlankText.Array[0, 3]
        from people in Gen.Select(NonBlankText, OptionalText, OptionalText, OptionalText, (n, h, j, a) => (n, h, j, a)).Array[1, 5]
        from items in Gen.Select(Gen.Enum<AgendaItemKind>(), NonBlankText, OptionalText, Gen.Int[0, 1380], Gen.Int[1, 600], Gen.Select(OptionalText, Gen.Enum<AgendaItemStatus>(), Gen.Int[0, 50], Gen.Int[0, 7], (r, s, rev, sp) => (r, s, rev, sp)), (k, t, d, m, len, rest) => (k, t, d, m, len, rest)).Array[0, 8]
        from venue in Gen.Select(NonBlankText, Addresses, Gen.Double[-90, 90], Gen.Double[-180, 180], Gen.Bool, (n, a, lat, lon, g) => new Venue(n, a, g ? new GeoCoordinate(lat, lon) : null)).Null()
        from municipality in Municipalities
        from libraryName in NonBlankText
        from patron in OptionalText
        from libraryKind in Gen.Enum<LibraryKind>().Where(k => k != LibraryKind.Branch)
        from branch in Gen.Bool
        from revision in Gen.Int[0, 1000]
        from lastModified in Gen.Long[0, 4_000_000_000L].Select(s => Instant.FromUnixTimeSeconds(s)).Nullable()
        from status in Gen.Enum<EventStatus>()
        from featured in Gen.Bool
        from capacity in Gen.Int[1, 5000].Nullable()
        from amount in Gen.Decimal[0m, 10000m]
        from place in Gen.Int[1, 5]
        from approx in Gen.Bool
        select Build(id, title, edition, kind, zone, new LocalDate(year, month, dayOfMonth), dayCount, description, url, tags, people, items,
            venue, municipality, libraryName, patron, libraryKind, branch, revision, lastModified, status, featured, capacity, decimal.Round(amount, 2), place, approx);

    /// <summary>
    /// Random events as conference apps would show them: one to four days, up to twelve items spread over the days in
    /// parallel rooms (or none), tracks, speakers, cancelled and rescheduled items, text that XML and JSON must escape;
    /// every time resolvable in the event's zone.
    /// </summary>
    public static readonly Gen<Event> Schedules =
        (from id in IdText
         from title in NonBlankText
         from edition in OptionalText
         from zone in Gen.OneOf("Europe/Warsaw", "UTC", "Australia/Lord_Howe", "America/New_York", "Asia/Kolkata", "US/Eastern", "Etc/GMT-1")
         from language in Gen.OneOf("pl", "en", "pl-PL")
         from year in Gen.Int[1990, 2040]
         from month in Gen.Int[1, 12]
         from dayOfMonth in Gen.Int[1, 28]
         from dayCount in Gen.Int[1, 4]
         from venue in NonBlankText.Null()
         from url in OptionalUrl
         from revision in Gen.Int[0, 1000]
         from rooms in NonBlankText.Array[1, 3]
         from tracks in NonBlankText.Array[0, 2]
         from people in Gen.Select(NonBlankText, OptionalText, (n, h) => (n, h)).Array[1, 4]
         from items in Gen.Select(
             Gen.Select(Gen.Enum<AgendaItemKind>(), NonBlankText, OptionalText, (k, t, d) => (k, t, d)),
             Gen.Select(Gen.Int[0, 3], Gen.Int[0, 1380], Gen.Int[1, 600], (day, m, len) => (day, m, len)),
             Gen.Select(Gen.Int[0, 3], Gen.Int[0, 2], Gen.Enum<AgendaItemStatus>(), Gen.Int[0, 3].Array[0, 3], (r, t, s, sp) => (r, t, s, sp)),
             (what, when, place) => (what, when, place)).Array[0, 12]
         select BuildSchedule(id, title, edition, zone, language, new LocalDate(year, month, dayOfMonth), dayCount, venue, url, revision, rooms, tracks, people, items))
        .Where(e => EventScheduler.Default.Schedule(e).IsComplete);

    private static Event BuildSchedule(
        string id, string title, string? edition, string zone, string language, LocalDate date, int dayCount, string? venue, Uri? url, int revision,
        string[] rooms, string[] tracks, (string Name, string? Honorific)[] people,
        ((AgendaItemKind Kind, string Title, string? Description) What, (int Day, int Minute, int Length) When, (int Room, int Track, AgendaItemStatus Status, int[] Speakers) Place)[] items)
    {
        var builder = Event.CreateBuilder(new EventId(id), title)
            .Edition(edition)
            .InZone(zone)
            .InLanguage(language)
            .At(venue is null ? null : new Venue(venue))
            .WithUrl(url)
            .AtRevision(revision);
        for (var d = 0; d < dayCount; d++)
        {
            builder.OnDay(new EventDay(date.PlusDays(d).At(LocalTime.Midnight), date.PlusDays(d + 1).At(LocalTime.Midnight)));
        }

        for (var i = 0; i < people.Length; i++)
        {
            builder.AddPerson(new Person(new PersonId($"p{i}"), people[i].Name, people[i].Honorific));
        }

        for (var i = 0; i < items.Length; i++)
        {
            var (what, when, place) = items[i];
            var start = date.PlusDays(when.Day % dayCount).At(LocalTime.Midnight).PlusMinutes(when.Minute);
            var speakers = place.Speakers.Select(s => new PersonId($"p{s % people.Length}"));
            builder.AddItem(new AgendaItem(new AgendaItemId($"item-{i}"), what.Kind, what.Title, start, start.PlusMinutes(when.Length), what.Description,
                place.Room < rooms.Length ? rooms[place.Room] : null, place.Track < tracks.Length ? tracks[place.Track] : null, speakers, place.Status));
        }

        return builder.Build();
    }

    private static Event Build(
        string id, string title, string? edition, EventKind kind, string zone, LocalDate date, int dayCount, string? description, Uri? url,
        string[] tags, (string Name, string? Honorific, string? Job, string? Affiliation)[] people,
        (AgendaItemKind Kind, string Title, string? Description, int Minute, int Length, (string? Room, AgendaItemStatus Status, int Revision, int Speaker) More)[] items,
        Venue? venue, Municipality municipality, string libraryName, string? patron, LibraryKind libraryKind, bool branch, int revision,
        Instant? lastModified, EventStatus status, bool featured, int? capacity, decimal amount, int place, bool approx)
    {
        var library = new Library(new OrganizationId("lib-" + id), libraryName, libraryKind, municipality, patron: patron,
            address: new PostalAddress("Rynek 58", "50-116", "Wrocław", "dolnośląskie"), url: new Uri("https://biblioteka.example.pl/"));
        var foundation = new Organization(new OrganizationId("org-" + id), "Fundacja " + libraryName, OrganizationKind.Foundation, "FRSI");
        var builder = Event.CreateBuilder(new EventId(id), title)
            .Edition(edition)
            .OfKind(kind)
            .InZone(zone)
            .At(venue)
            .OrganizedBy(library)
            .WithPartner(foundation, PartnerRole.ContestOrganizer, description)
            .Described(description)
            .WithUrl(url)
            .Tagged(tags)
            .AtRevision(revision)
            .LastModifiedAt(lastModified)
            .ListedAs(new Listing(date.PlusDays(-1), "Jacek Czarnik", featured, foundation.Id))
            .WithRegistration(new Registration(date.At(new LocalTime(9, 0)), capacity,
                [new FeeTier("wczesna rejestracja", amount, "PLN", date.PlusDays(-10))], url));
        builder = status == EventStatus.Rescheduled ? builder.RescheduledFrom(date.PlusDays(-7).At(new LocalTime(10, 0))) : builder.WithStatus(status);

        for (var d = 0; d < dayCount; d++)
        {
            builder.OnDay(new EventDay(date.PlusDays(d).At(LocalTime.Midnight), date.PlusDays(d + 1).At(LocalTime.Midnight)));
        }

        var personIds = new List<PersonId>();
        for (var i = 0; i < people.Length; i++)
        {
            var p = people[i];
            var person = new Person(new PersonId($"p{i}"), p.Name, p.Honorific, p.Job, i % 2 == 0 ? library.Id : null, p.Affiliation);
            personIds.Add(person.Id);
            builder.AddPerson(person);
        }

        builder.WithContact(new Person(personIds[0], people[0].Name), ContactRole.RegionalCoordinator, "koordynator regionalny", "71 33 52 237", "bjasiak@wbp.wroc.pl");

        for (var i = 0; i < items.Length; i++)
        {
            var it = items[i];
            var start = date.At(LocalTime.Midnight).PlusMinutes(it.Minute);
            builder.AddItem(new AgendaItem(new AgendaItemId($"item-{i}"), it.Kind, it.Title, start, start.PlusMinutes(it.Length), it.Description,
                it.More.Room, null, [personIds[it.More.Speaker % personIds.Count]], it.More.Status, it.More.Revision));
        }

        if (branch)
        {
            builder.AddLibrary(new Library(new OrganizationId("filia-" + id), "Filia nr 1 " + libraryName, LibraryKind.Branch, municipality, parentId: library.Id));
        }

        var programme = new Programme(new ProgrammeId("prb"), "Program Rozwoju Bibliotek", foundation.Id, "PRB", ["Doposażenie bibliotek"],
            [new ProgrammeRegion(municipality.Voivodeship, 300, approx, true, [library.Id])]);
        var partnership = new LocalPartnership(new PartnershipId("koalicja"), "Koalicja " + libraryName, library.Id, municipality,
            [new PartnershipMember(people[0].Name, PartnerSector.Individual, personIds[0], contribution: description), new PartnershipMember("Urząd Gminy", PartnerSector.LocalGovernment)]);
        var contest = new Contest(new ContestId("konkurs"), "Dobre praktyki w bibliotece", foundation.Id, "2011", programme.Id,
            [new ContestEntry(new ContestEntryId("e1"), library.Id, "Pejzaże znad Skoryni " + title, partnership.Id, new ContestResult(place, prize: "nagroda"), personIds[0], description)],
            items.Length > 0 ? new AwardPresentation(new AgendaItemId("item-0"), [personIds[0]]) : null, description);
        return builder.PartOf(programme).AddPartnership(partnership).AddContest(contest).Assuming("days[0].start", "Godzina przyjęta.").Build();
    }
}
