using NodaTime;
using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.Validation;

public sealed partial class EventValidatorTests
{
    private static readonly LocalDate June = new(2027, 6, 10);
    private static readonly EventValidator Validator = EventValidator.Default;

    [Fact]
    public void Validate_SoundEvent_FindsNothing()
    {
        var result = Validator.Validate(Samples.Prb2011().Build());

        Assert.Empty(result.Diagnostics);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_Null_ThrowsArgumentNullForEvent()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Validator.Validate(null!));

        Assert.Equal("event", ex.ParamName);
    }

    [Fact]
    public void Default_UsesTheDefaultScheduler()
    {
        Assert.Same(EventScheduler.Default, EventValidator.Default.Scheduler);
        Assert.Same(EventScheduler.Default, new EventValidator().Scheduler);
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.RequiredTextBlank)]
    public void Validate_BlankRequiredTexts_ReportsEachAtItsPath()
    {
        var builder = Samples.OneDay(June)
            .Titled("  ")
            .At(new Venue(""))
            .AddPerson(new Person(new PersonId("p"), " \t "))
            .AddOrganization(new Organization(new OrganizationId("o"), "", OrganizationKind.Other))
            .AddLibrary(new Library(new OrganizationId("l"), "\n", LibraryKind.Rural, Samples.Twardogora()))
            .AddItem(Samples.Item("a", June.At(10), June.At(11)))
            .AddItem(Samples.Item("b", June.At(11), June.At(12), title: " "));

        var found = Validator.Validate(builder.Build()).Diagnostics;

        Assert.All(found, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Equal(
            ["title", "agenda[1].title", "people[0].name", "organizations[0].name", "libraries[0].officialName", "venue.name"],
            Paths(found, DiagnosticCodes.RequiredTextBlank));
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.EndNotAfterStart)]
    public void Validate_AgendaItemEndBeforeStart_ReportsEndNotAfterStartAtItsEnd()
    {
        var e = Samples.OneDay(June)
            .AddItem(Samples.Item("a", June.At(9), June.At(10)))
            .AddItem(Samples.Item("b", June.At(10), June.At(11)))
            .AddItem(Samples.Item("c", June.At(11), June.At(12)))
            .AddItem(Samples.Item("d", June.At(13), June.At(12, 30), title: "Odwrócony"))
            .AddItem(Samples.Item("e", June.At(14), June.At(14)))
            .Build();

        var found = Validator.Validate(e).Diagnostics;

        Assert.Equal(["agenda[3].end", "agenda[4].end"], Paths(found, DiagnosticCodes.EndNotAfterStart));
        Assert.Contains("Odwrócony", Single(found, DiagnosticCodes.EndNotAfterStart, "agenda[3].end").Message, StringComparison.Ordinal);
        Assert.Empty(Paths(found, DiagnosticCodes.OutsideEventDays));
        Assert.Empty(Paths(found, DiagnosticCodes.RoomOverlap));
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.EndNotAfterStart)]
    public void Validate_DayEndNotAfterStart_ReportsItAtTheDayEnd()
    {
        var e = Samples.OneDay(June)
            .OnDay(new EventDay(June.PlusDays(1).At(10), June.PlusDays(1).At(10)))
            .OnDay(new EventDay(June.PlusDays(2).At(10), June.PlusDays(2).At(9)))
            .Build();

        Assert.Equal(["days[1].end", "days[2].end"], Paths(Validator.Validate(e).Diagnostics, DiagnosticCodes.EndNotAfterStart));
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.OutsideEventDays)]
    public void Validate_ItemsOutsideTheDays_ReportsOutsideEventDaysAtTheItem()
    {
        var day2 = June.PlusDays(2);
        var e = Samples.OneDay(June) // 09:00–18:00
            .On(day2, new LocalTime(9, 0), new LocalTime(18, 0))
            .AddItem(Samples.Item("inside-1", June.At(9), June.At(18)))
            .AddItem(Samples.Item("early", June.At(8, 30), June.At(9, 30)))
            .AddItem(Samples.Item("late", June.At(17, 30), June.At(18, 30)))
            .AddItem(Samples.Item("between", June.PlusDays(1).At(10), June.PlusDays(1).At(11)))
            .AddItem(Samples.Item("before", June.PlusDays(-1).At(10), June.PlusDays(-1).At(11)))
            .AddItem(Samples.Item("after", day2.PlusDays(1).At(10), day2.PlusDays(1).At(11)))
            .AddItem(Samples.Item("inside-2", day2.At(10), day2.At(11)))
            .AddItem(Samples.Item("across", June.At(17), day2.At(10)))
            .Build();

        var found = Validator.Validate(e).Diagnostics;

        Assert.Equal(["agenda[1]", "agenda[2]", "agenda[3]", "agenda[4]", "agenda[5]", "agenda[7]"],
            Paths(found, DiagnosticCodes.OutsideEventDays));
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.RoomOverlap)]
    public void Validate_TwoItemsInOneRoomAtOnce_ReportsRoomOverlapWithTheOtherItem()
    {
        var e = Samples.OneDay(June)
            .AddItem(Samples.Item("a", June.At(9), June.At(10), room: "Sala A"))
            .AddItem(Samples.Item("b", June.At(10), June.At(11), room: "Sala B"))
            .AddItem(Samples.Item("c", June.At(10), June.At(11), room: "Sala A"))
            .AddItem(Samples.Item("d", June.At(10, 30), June.At(11, 30), room: "Sala B", title: "Warsztat"))
            .Build();

        var found = Validator.Validate(e).Diagnostics;

        var overlap = Single(found, DiagnosticCodes.RoomOverlap, "agenda[3]");
        Assert.Equal("agenda[1]", overlap.RelatedPath);
        Assert.Equal(DiagnosticSeverity.Error, overlap.Severity);
        Assert.Contains("Warsztat", overlap.Message, StringComparison.Ordinal);
        Assert.Single(Paths(found, DiagnosticCodes.RoomOverlap));
    }

    [Fact]
    public void Validate_RoomNames_AreComparedIgnoringCaseAndSurroundingSpace()
    {
        var e = Samples.OneDay(June)
            .AddItem(Samples.Item("a", June.At(10), June.At(11), room: "Sala Konferencyjna"))
            .AddItem(Samples.Item("b", June.At(10, 30), June.At(11, 30), room: "  sala konferencyjna "))
            .Build();

        var overlap = Single(Validator.Validate(e).Diagnostics, DiagnosticCodes.RoomOverlap, "agenda[1]");

        Assert.Equal("agenda[0]", overlap.RelatedPath);
    }

    [Fact]
    public void Validate_TouchingCancelledOrRoomless_AreNotOverlaps()
    {
        var e = Samples.OneDay(June)
            .AddItem(Samples.Item("a", June.At(10), June.At(11), room: "Sala A"))
            .AddItem(Samples.Item("touching", June.At(11), June.At(12), room: "Sala A"))
            .AddItem(Samples.Item("cancelled", June.At(10, 30), June.At(11, 30), room: "Sala A", status: AgendaItemStatus.Cancelled))
            .AddItem(Samples.Item("no-room-1", June.At(10), June.At(11)))
            .AddItem(Samples.Item("no-room-2", June.At(10), June.At(11), room: "  "))
            .AddItem(Samples.Item("other-room", June.At(10), June.At(11), room: "Sala B"))
            .Build();

        Assert.Empty(Validator.Validate(e).Diagnostics);
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.SpeakerDoubleBooked)]
    public void Validate_SpeakerInTwoItemsAtOnce_ReportsSpeakerDoubleBookedAtTheSpeaker()
    {
        var anna = new PersonId("anna");
        var jan = new PersonId("jan");
        var e = Samples.OneDay(June)
            .AddPerson(new Person(anna, "Anna Nowak"))
            .AddPerson(new Person(jan, "Jan Kowalski"))
            .AddItem(Samples.Item("a", June.At(10), June.At(11), room: "Sala A", speakers: [anna]))
            .AddItem(Samples.Item("b", June.At(11), June.At(12), room: "Sala A", speakers: [anna, jan]))
            .AddItem(Samples.Item("c", June.At(10, 30), June.At(11, 30), room: "Sala B", speakers: [jan, anna]))
            .Build();

        var found = Validator.Validate(e).Diagnostics;

        // In Sala B, anna is in item c from 10:30, while still in item a until 11:00.
        var first = Single(found, DiagnosticCodes.SpeakerDoubleBooked, "agenda[2].speakerIds[1]");
        Assert.Equal("agenda[0].speakerIds[0]", first.RelatedPath);
        Assert.Contains("anna", first.Message, StringComparison.Ordinal);
        // At 11:00 both anna and jan go on to item b, while still in item c until 11:30.
        Assert.Equal("agenda[2].speakerIds[1]", Single(found, DiagnosticCodes.SpeakerDoubleBooked, "agenda[1].speakerIds[0]").RelatedPath);
        Assert.Equal("agenda[2].speakerIds[0]", Single(found, DiagnosticCodes.SpeakerDoubleBooked, "agenda[1].speakerIds[1]").RelatedPath);
        Assert.Equal(3, Paths(found, DiagnosticCodes.SpeakerDoubleBooked).Count);
    }

    [Fact]
    public void Validate_SpeakerInConsecutiveOrCancelledItems_IsNotDoubleBooked()
    {
        var anna = new PersonId("anna");
        var e = Samples.OneDay(June)
            .AddPerson(new Person(anna, "Anna Nowak"))
            .AddItem(Samples.Item("a", June.At(10), June.At(11), speakers: [anna]))
            .AddItem(Samples.Item("b", June.At(11), June.At(12), speakers: [anna]))
            .AddItem(Samples.Item("c", June.At(10), June.At(12), speakers: [anna], status: AgendaItemStatus.Cancelled))
            .Build();

        Assert.Empty(Validator.Validate(e).Diagnostics);
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.InvalidEmail)]
    [CoversDiagnostic(DiagnosticCodes.InvalidPhone)]
    public void Validate_BadContactDetails_ReportsEachAtItsPath()
    {
        var e = Samples.OneDay(June)
            .WithContact(Samples.Jasiak(), ContactRole.RegionalCoordinator, phone: "71 33 52 237", email: "bjasiak@wbp")
            .WithContact(Samples.Director(), ContactRole.Press, phone: "71 33", email: "dyrektor@wbp.wroc.pl")
            .WithContact(Samples.Bednarek(), ContactRole.General, phone: "zadzwoń", email: "bednarek at uni.wroc.pl")
            .AddLibrary(Samples.Dbp())
            .Build();

        var found = Validator.Validate(e).Diagnostics;

        Assert.Equal(["contacts[0].email", "contacts[2].email"], Paths(found, DiagnosticCodes.InvalidEmail));
        Assert.Equal(["contacts[1].phone", "contacts[2].phone"], Paths(found, DiagnosticCodes.InvalidPhone));
        Assert.Contains("bjasiak@wbp", Single(found, DiagnosticCodes.InvalidEmail, "contacts[0].email").Message, StringComparison.Ordinal);
        Assert.Equal(4, found.Count);
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.UnknownTimeZone)]
    public void Validate_UnknownZone_ReportsUnknownTimeZone()
    {
        var found = Validator.Validate(Samples.OneDay(June, "Europe/Breslau").Build()).Diagnostics;

        Assert.Equal("timeZone", Assert.Single(found).Path);
        Assert.Equal(DiagnosticCodes.UnknownTimeZone, found[0].Code);
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.SkippedLocalTime)]
    [CoversDiagnostic(DiagnosticCodes.AmbiguousLocalTime)]
    [CoversDiagnostic(DiagnosticCodes.OffsetNotInZone)]
    public void Validate_StrictDstProblems_AreErrorsAtTheirPaths()
    {
        var e = WarsawNights()
            .AddItem(Samples.Item("ok", new LocalDate(2027, 3, 28).At(1), new LocalDate(2027, 3, 28).At(1, 30)))
            .AddItem(Samples.Item("gap", new LocalDate(2027, 3, 28).At(2, 30), new LocalDate(2027, 3, 28).At(3, 30), title: "W luce"))
            .AddItem(Samples.Item("repeat", new LocalDate(2027, 10, 31).At(1, 30), new LocalDate(2027, 10, 31).At(2, 30), title: "Dwa razy"))
            .AddItem(Samples.Item("pinned", new EventTime(new LocalDate(2027, 10, 31).At(2, 30), Offset.FromHours(1)), new LocalDate(2027, 10, 31).At(4)))
            .AddItem(Samples.Item("wrong", new EventTime(new LocalDate(2027, 10, 31).At(4), Offset.FromHours(2)), new LocalDate(2027, 10, 31).At(5)))
            .Build();

        var result = Validator.Validate(e);

        Assert.False(result.IsValid);
        Assert.Equal(DiagnosticSeverity.Error, Single(result.Diagnostics, DiagnosticCodes.SkippedLocalTime, "agenda[1].start").Severity);
        Assert.Equal(DiagnosticSeverity.Error, Single(result.Diagnostics, DiagnosticCodes.AmbiguousLocalTime, "agenda[2].end").Severity);
        Assert.Equal(DiagnosticSeverity.Error, Single(result.Diagnostics, DiagnosticCodes.OffsetNotInZone, "agenda[4].start").Severity);
        Assert.Equal(3, result.Diagnostics.Count);
    }

    [Fact]
    public void Validate_LenientDstProblems_AreWarnings_AndTheEventIsValid()
    {
        var validator = new EventValidator(new EventScheduler(DateTimeZoneProviders.Tzdb, LocalTimePolicy.Lenient));
        var e = WarsawNights()
            .AddItem(Samples.Item("gap", new LocalDate(2027, 3, 28).At(2, 30), new LocalDate(2027, 3, 28).At(3, 30)))
            .AddItem(Samples.Item("repeat", new LocalDate(2027, 10, 31).At(1, 30), new LocalDate(2027, 10, 31).At(2, 30)))
            .Build();

        var result = validator.Validate(e);

        Assert.True(result.IsValid);
        Assert.Equal(
            [(DiagnosticCodes.SkippedLocalTime, "agenda[0].start"), (DiagnosticCodes.AmbiguousLocalTime, "agenda[1].end")],
            result.Warnings.Select(d => (d.Code, d.Path)));
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.DaysOutOfOrder)]
    public void Validate_DaysOutOfOrder_ReportsTheLaterDayWithThePreviousEnd()
    {
        var e = Samples.OneDay(June) // 09:00–18:00
            .On(June.PlusDays(-1), new LocalTime(9, 0), new LocalTime(18, 0))
            .OnDay(new EventDay(June.PlusDays(1).At(9), June.PlusDays(1).At(18)))
            .OnDay(new EventDay(June.PlusDays(1).At(17), June.PlusDays(1).At(20)))
            .Build();

        var found = Validator.Validate(e).Diagnostics;

        Assert.Equal(["days[1].start", "days[3].start"], Paths(found, DiagnosticCodes.DaysOutOfOrder));
        Assert.Equal("days[0].end", Single(found, DiagnosticCodes.DaysOutOfOrder, "days[1].start").RelatedPath);
        Assert.Equal("days[2].end", Single(found, DiagnosticCodes.DaysOutOfOrder, "days[3].start").RelatedPath);
    }

    [Fact]
    public void Validate_DaysTouching_AreInOrder()
    {
        var e = Samples.OneDay(June).OnDay(new EventDay(June.At(18), June.At(22))).Build();

        Assert.Empty(Validator.Validate(e).Diagnostics);
    }

    [Theory]
    [InlineData("polszczyzna")]
    [InlineData("p")]
    [InlineData("pl_PL")]
    [InlineData("pl-")]
    [InlineData("")]
    [InlineData("pl-PL-")]
    [InlineData("12")]
    [InlineData("pl-abcdefghi")]
    [InlineData("pl PL")]
    [CoversDiagnostic(DiagnosticCodes.InvalidLanguageTag)]
    public void Validate_NotALanguageTag_ReportsInvalidLanguageTag(string language)
    {
        var found = Validator.Validate(Samples.OneDay(June).InLanguage(language).Build()).Diagnostics;

        Assert.Equal("language", Single(found, DiagnosticCodes.InvalidLanguageTag, "language").Path);
        Assert.Single(found);
    }

    [Theory]
    [InlineData("pl")]
    [InlineData("en-GB")]
    [InlineData("zh-Hant-TW")]
    [InlineData("sr-Latn")]
    [InlineData("de-CH-1996")]
    [InlineData("szl")]
    public void Validate_LanguageTag_IsAccepted(string language)
    {
        Assert.Empty(Validator.Validate(Samples.OneDay(June).InLanguage(language).Build()).Diagnostics);
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.RegistrationAfterStart)]
    public void Validate_RegistrationClosingAfterTheStart_IsAWarningAtTheDeadline()
    {
        var e = Samples.OneDay(June).WithRegistration(new Registration(June.At(9, 1))).Build();

        var warning = Single(Validator.Validate(e).Diagnostics, DiagnosticCodes.RegistrationAfterStart, "registration.deadline");

        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.True(Validator.Validate(e).IsValid);
        Assert.Empty(Validator.Validate(Samples.OneDay(June).WithRegistration(new Registration(June.At(9))).Build()).Diagnostics);
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.UnsupportedUrlScheme)]
    public void Validate_UrlsThatAreNotHttp_ReportsEachAtItsPath()
    {
        var ftp = new Uri("ftp://ftp.wbp.wroc.pl/prb");
        var e = Samples.OneDay(June)
            .WithUrl(new Uri("mailto:prb@wbp.wroc.pl"))
            .At(new Venue("Online", onlineUrl: new Uri("file:///c:/stream")))
            .ListedAs(new Listing(June.PlusDays(-30), url: ftp))
            .WithRegistration(new Registration(url: new Uri("javascript:alert(1)")))
            .AddOrganization(new Organization(new OrganizationId("o"), "Org", OrganizationKind.Other, url: ftp))
            .AddLibrary(new Library(new OrganizationId("l"), "Biblioteka", LibraryKind.Rural, Samples.Twardogora(), url: ftp))
            .AddProgramme(new Programme(new ProgrammeId("p"), "Program", new OrganizationId("o"), url: ftp))
            .AddOrganization(new Organization(new OrganizationId("ok"), "Dobra", OrganizationKind.Other, url: new Uri("http://example.org/")))
            .Build();

        var found = Validator.Validate(e).Diagnostics;

        Assert.Equal(
            ["url", "venue.onlineUrl", "listing.url", "registration.url", "organizations[0].url", "libraries[0].url", "programmes[0].url"],
            Paths(found, DiagnosticCodes.UnsupportedUrlScheme));
        Assert.Equal(7, found.Count);
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.UnknownReference)]
    public void Validate_IdsThatReferToNothing_ReportsEachAtItsPath()
    {
        var ghost = new OrganizationId("ghost");
        var nobody = new PersonId("nobody");
        var frsi = Samples.Frsi(); // an organisation, not a library
        var builder = Samples.OneDay(June)
            .AddOrganization(frsi)
            .AddPerson(new Person(new PersonId("p"), "Osoba", affiliationId: ghost))
            .AddLibrary(new Library(new OrganizationId("filia"), "Filia", LibraryKind.Branch, Samples.Twardogora(), parentId: frsi.Id,
                directorId: nobody))
            .ListedAs(new Listing(June.PlusDays(-30), publisherId: ghost))
            .AddProgramme(new Programme(new ProgrammeId("prb"), "PRB", ghost,
                regions: [new ProgrammeRegion(Voivodeship.Opolskie, libraryIds: [new OrganizationId("filia"), frsi.Id])]))
            .AddPartnership(new LocalPartnership(new PartnershipId("k"), "Koalicja", frsi.Id, Samples.Twardogora(),
                [
                    new PartnershipMember("Ktoś", PartnerSector.Individual, personId: nobody),
                    new PartnershipMember("Coś", PartnerSector.Ngo, organizationId: ghost),
                    new PartnershipMember("Osoba", PartnerSector.Individual, personId: new PersonId("p")),
                ]))
            .AddContest(new Contest(new ContestId("c"), "Konkurs", ghost, programmeId: new ProgrammeId("none"),
                entries: [new ContestEntry(new ContestEntryId("e"), ghost, "Projekt", new PartnershipId("none"), receivedById: nobody)],
                presentation: new AwardPresentation(new AgendaItemId("none"), [new PersonId("p"), nobody])))
            .AddItem(Samples.Item("a", June.At(10), June.At(11), speakers: [new PersonId("p"), nobody]));
        builder.OrganizerIdsValue.Add(ghost);
        builder.PartnersValue.Add(new EventPartner(ghost, PartnerRole.Sponsor));
        builder.ContactsValue.Add(new Contact(nobody, ContactRole.General));
        builder.PartOf(new Programme(new ProgrammeId("gone"), "Usunięty", frsi.Id));
        builder.ProgrammesValue.RemoveAll(p => p.Id == new ProgrammeId("gone"));

        var found = Validator.Validate(builder.Build()).Diagnostics;

        string[] expected =
        [
            "organizerIds[0]",
            "partners[0].organizationId",
            "contacts[0].personId",
            "agenda[0].speakerIds[1]",
            "people[0].affiliationId",
            "libraries[0].parentId",
            "libraries[0].directorId",
            "listing.publisherId",
            "programmeId",
            "programmes[0].operatorId",
            "programmes[0].regions[0].libraryIds[1]",
            "partnerships[0].libraryId",
            "partnerships[0].members[0].personId",
            "partnerships[0].members[1].organizationId",
            "contests[0].organizerId",
            "contests[0].programmeId",
            "contests[0].entries[0].libraryId",
            "contests[0].entries[0].receivedById",
            "contests[0].entries[0].partnershipId",
            "contests[0].presentation.agendaItemId",
            "contests[0].presentation.presenterIds[1]",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), Paths(found, DiagnosticCodes.UnknownReference).Order(StringComparer.Ordinal));
        Assert.All(found, d => Assert.Equal(DiagnosticCodes.UnknownReference, d.Code));
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.DuplicateId)]
    public void Validate_SharedIds_ReportsTheLaterOneWithTheFirst()
    {
        var builder = Samples.OneDay(June)
            .AddLibrary(Samples.TwardogoraLibrary())
            .AddOrganization(new Organization(new OrganizationId("bpmig-twardogora"), "Organizacja o tym samym id", OrganizationKind.Other))
            .AddOrganization(Samples.Frsi())
            .AddProgramme(new Programme(new ProgrammeId("prb"), "PRB", new OrganizationId("frsi")))
            .AddProgramme(new Programme(new ProgrammeId("prb"), "PRB bis", new OrganizationId("frsi")))
            .AddPartnership(new LocalPartnership(new PartnershipId("k"), "Koalicja", new OrganizationId("bpmig-twardogora"), Samples.Twardogora()))
            .AddPartnership(new LocalPartnership(new PartnershipId("k2"), "Koalicja 2", new OrganizationId("bpmig-twardogora"), Samples.Twardogora()))
            .AddPartnership(new LocalPartnership(new PartnershipId("k"), "Koalicja bis", new OrganizationId("bpmig-twardogora"), Samples.Twardogora()))
            .AddContest(new Contest(new ContestId("c"), "Konkurs", new OrganizationId("frsi"), entries:
            [
                new ContestEntry(new ContestEntryId("e1"), new OrganizationId("bpmig-twardogora"), "A"),
                new ContestEntry(new ContestEntryId("e2"), new OrganizationId("bpmig-twardogora"), "B"),
                new ContestEntry(new ContestEntryId("e1"), new OrganizationId("bpmig-twardogora"), "C"),
            ]))
            .AddContest(new Contest(new ContestId("c"), "Konkurs bis", new OrganizationId("frsi")))
            .AddItem(Samples.Item("a", June.At(10), June.At(11)))
            .AddItem(Samples.Item("b", June.At(11), June.At(12)))
            .AddItem(Samples.Item("a", June.At(12), June.At(13)));
        builder.PeopleValue.Add(new Person(new PersonId("p"), "Pierwsza"));
        builder.PeopleValue.Add(new Person(new PersonId("p"), "Druga"));
        builder.LibrariesValue.Add(Samples.TwardogoraLibrary());

        var found = Validator.Validate(builder.Build()).Diagnostics;

        Assert.Equal(
            [
                ("agenda[2].id", "agenda[0].id"),
                ("people[1].id", "people[0].id"),
                ("programmes[1].id", "programmes[0].id"),
                ("partnerships[2].id", "partnerships[0].id"),
                ("contests[1].id", "contests[0].id"),
                ("contests[0].entries[2].id", "contests[0].entries[0].id"),
                ("libraries[1].id", "libraries[0].id"),
                ("organizations[0].id", "libraries[0].id"),
            ],
            found.Where(d => d.Code == DiagnosticCodes.DuplicateId).Select(d => (d.Path, d.RelatedPath)));
    }

    [Fact]
    public void ValidateUpdate_NewRevisionWithRescheduledItem_IsSound()
    {
        var previous = Samples.Prb2011().Build();
        var lecture = previous.FindAgendaItem(new AgendaItemId("lecture"))!;
        var builder = previous.ToBuilder().AtRevision(previous.Revision + 1);
        builder.AgendaValue[builder.AgendaValue.IndexOf(lecture)] = lecture.Reschedule(lecture.Start, Samples.Prb2011Date.At(11, 40));

        var result = Validator.ValidateUpdate(previous, builder.Build());

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void ValidateUpdate_Unchanged_IsSound()
    {
        var e = Samples.Prb2011().Build();

        Assert.Empty(Validator.ValidateUpdate(e, e.ToBuilder().Build()).Diagnostics);
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.RevisionWentBack)]
    public void ValidateUpdate_EventRevisionGoingBack_ReportsRevisionWentBack()
    {
        var previous = Samples.Prb2011().AtRevision(5).Build();

        var found = Validator.ValidateUpdate(previous, previous.ToBuilder().AtRevision(4).Build()).Diagnostics;

        var d = Assert.Single(found);
        Assert.Equal((DiagnosticCodes.RevisionWentBack, DiagnosticSeverity.Error, "revision"), (d.Code, d.Severity, d.Path));
        Assert.Contains("5", d.Message, StringComparison.Ordinal);
        Assert.Contains("4", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.RevisionWentBack)]
    public void ValidateUpdate_ItemRevisionGoingBack_ReportsItAtTheItemInTheNewAgenda()
    {
        var previous = Samples.OneDay(June)
            .AddItem(Samples.Item("a", June.At(10), June.At(11)))
            .AddItem(new AgendaItem(new AgendaItemId("b"), AgendaItemKind.Lecture, "B", June.At(11), June.At(12), revision: 3))
            .Build();
        var next = Samples.OneDay(June)
            .AddItem(Samples.Item("new", June.At(9), June.At(10)))
            .AddItem(new AgendaItem(new AgendaItemId("b"), AgendaItemKind.Lecture, "B", June.At(11), June.At(12), revision: 2))
            .AddItem(Samples.Item("a", June.At(10), June.At(11)))
            .Build();

        var d = Assert.Single(Validator.ValidateUpdate(previous, next).Diagnostics);

        Assert.Equal((DiagnosticCodes.RevisionWentBack, "agenda[1].revision"), (d.Code, d.Path));
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.ChangedWithoutNewRevision)]
    public void ValidateUpdate_EventTimesOrStatusChangedAtTheSameRevision_ReportsChangedWithoutNewRevision()
    {
        var previous = Samples.OneDay(June).AtRevision(2).Build();
        var moved = Samples.OneDay(June.PlusDays(1)).AtRevision(2).Build();
        var longer = previous.ToBuilder();
        longer.DaysValue[0] = new EventDay(June.At(9), June.At(19));
        var cancelled = previous.ToBuilder().WithStatus(EventStatus.Cancelled).Build();

        foreach (var next in new[] { moved, longer.Build(), cancelled })
        {
            var d = Assert.Single(Validator.ValidateUpdate(previous, next).Diagnostics);
            Assert.Equal((DiagnosticCodes.ChangedWithoutNewRevision, DiagnosticSeverity.Error, "revision"), (d.Code, d.Severity, d.Path));
        }

        Assert.Empty(Validator.ValidateUpdate(previous, cancelled.ToBuilder().AtRevision(3).Build()).Diagnostics);
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.ChangedWithoutNewRevision)]
    public void ValidateUpdate_ItemChangedAtTheSameRevision_ReportsItAtTheItem()
    {
        var previous = Samples.OneDay(June)
            .AddItem(Samples.Item("a", June.At(10), June.At(11)))
            .AddItem(Samples.Item("b", June.At(11), June.At(12)))
            .AddItem(Samples.Item("c", June.At(12), June.At(13)))
            .Build();
        var next = Samples.OneDay(June).AtRevision(1)
            .AddItem(Samples.Item("a", June.At(10), June.At(11)))
            .AddItem(Samples.Item("b", June.At(11), June.At(12, 30)))
            .AddItem(Samples.Item("c", June.At(12), June.At(13), status: AgendaItemStatus.Cancelled))
            .Build();

        var found = Validator.ValidateUpdate(previous, next).Diagnostics;

        Assert.Equal(["agenda[1].revision", "agenda[2].revision"], Paths(found, DiagnosticCodes.ChangedWithoutNewRevision));
        Assert.Equal(2, found.Count);
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.DifferentEvent)]
    public void ValidateUpdate_DifferentId_ReportsDifferentEvent()
    {
        var previous = Samples.Prb2011().Build();
        var other = Event.CreateBuilder(new EventId("prb-2012-wroclaw"), previous.Title).InZone("Europe/Warsaw")
            .On(Samples.Prb2011Date, new LocalTime(10, 0), new LocalTime(15, 30)).AtRevision(1).Build();

        var d = Assert.Single(Validator.ValidateUpdate(previous, other).Diagnostics);

        Assert.Equal((DiagnosticCodes.DifferentEvent, DiagnosticSeverity.Error, "id"), (d.Code, d.Severity, d.Path));
        Assert.Contains("prb-2012-wroclaw", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateUpdate_InvalidNewRevision_IncludesItsOwnDiagnostics()
    {
        var previous = Samples.OneDay(June).Build();
        var next = previous.ToBuilder().AtRevision(1).InLanguage("??").Build();

        var d = Assert.Single(Validator.ValidateUpdate(previous, next).Diagnostics);

        Assert.Equal((DiagnosticCodes.InvalidLanguageTag, "language"), (d.Code, d.Path));
    }

    [Theory]
    [InlineData("previous")]
    [InlineData("next")]
    public void ValidateUpdate_Null_ThrowsArgumentNullForIt(string parameter)
    {
        var e = Samples.OneDay(June).Build();

        var ex = Assert.Throws<ArgumentNullException>(() =>
            Validator.ValidateUpdate(parameter == "previous" ? null! : e, parameter == "next" ? null! : e));

        Assert.Equal(parameter, ex.ParamName);
    }

    /// <summary>Two nights in Warsaw that hold the 2027 changes of clocks.</summary>
    private static EventBuilder WarsawNights() =>
        Event.CreateBuilder(new EventId("noce"), "Noce Bibliotek").InZone("Europe/Warsaw")
            .OnDay(new EventDay(new LocalDate(2027, 3, 27).At(20), new LocalDate(2027, 3, 28).At(6)))
            .OnDay(new EventDay(new LocalDate(2027, 10, 30).At(20), new LocalDate(2027, 10, 31).At(6)));

    private static List<string> Paths(IEnumerable<Diagnostic> diagnostics, string code) =>
        diagnostics.Where(d => d.Code == code).Select(d => d.Path!).ToList();

    private static Diagnostic Single(IEnumerable<Diagnostic> diagnostics, string code, string path)
    {
        var matches = diagnostics.Where(d => d.Code == code && d.Path == path).ToList();
        Assert.True(matches.Count == 1,
            $"Expected one {code} at {path}; found: {string.Join("; ", diagnostics.Select(d => d.ToString()))}");
        return matches[0];
    }
}
