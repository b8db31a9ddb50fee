using NodaTime;

namespace Prb.Events.Ical.Tests.Internal;

/// <summary>
/// How the importer makes events of the VEVENTs of a calendar (CalendarReader), one behaviour each: which VEVENT
/// belongs to which event, the ids and slugs made from UIDs, the zone an event is placed in, agenda items, and what is
/// reported where (found by mutation testing, see docs/mutation-testing.md).
/// </summary>
public class CalendarReaderTests
{
    private static readonly IcalendarImporter Importer = new();

    /// <summary>A calendar: BEGIN:VCALENDAR is line 1, VERSION 2, PRODID 3, and the first component starts on line 4.</summary>
    private static string Calendar(params string[] components) =>
        ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//Test//EN\n" + string.Join("\n", components) + "\nEND:VCALENDAR\n").Replace("\n", "\r\n", StringComparison.Ordinal);

    /// <summary>A VEVENT of 4 + <paramref name="properties"/> lines (BEGIN, UID, DTSTAMP, the properties, END).</summary>
    private static string VEvent(string uid, params string[] properties) =>
        $"BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20111108T120000Z\n{string.Join("\n", properties)}\nEND:VEVENT";

    private const string Warsaw = "DTSTART;TZID=Europe/Warsaw:20260303T170000\nDTEND;TZID=Europe/Warsaw:20260303T183000";

    /// <summary>A VTIMEZONE of one fixed offset, such as <c>+0500</c>.</summary>
    private static string FixedZone(string tzid, string offset, string? location = null) =>
        $"BEGIN:VTIMEZONE\nTZID:{tzid}\n{(location is null ? string.Empty : $"X-LIC-LOCATION:{location}\n")}BEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:{offset}\nTZOFFSETTO:{offset}\nEND:STANDARD\nEND:VTIMEZONE";

    /// <summary>A VTIMEZONE with the rules of Central Europe since 1996 (as Outlook writes them).</summary>
    private static string CentralEuropeanZone(string tzid, string? location = null) =>
        $"BEGIN:VTIMEZONE\nTZID:{tzid}\n{(location is null ? string.Empty : $"X-LIC-LOCATION:{location}\n")}" +
        "BEGIN:STANDARD\nDTSTART:16010101T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\n" +
        "BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE";

    private static Diagnostic Only(IcalendarImportResult result, string code) => Assert.Single(result.Diagnostics, d => d.Code == code);

    // --- Which VEVENT is an event, a further day or an agenda item ---------------------------------------------------

    [Fact]
    public void A_second_vevent_with_the_same_uid_is_reported_at_its_begin_line_naming_the_uid()
    {
        var result = Importer.Read(Calendar(VEvent("a@x", Warsaw, "SUMMARY:Pierwsze"), VEvent("a@x", Warsaw, "SUMMARY:Drugie")));
        Assert.Equal("Pierwsze", Assert.Single(result.Events).Title);
        var reported = Only(result, IcalendarDiagnosticCodes.DuplicateUid);
        Assert.Equal(DiagnosticSeverity.Error, reported.Severity);
        Assert.Equal(DiagnosticLocation.Input(11, 1, "VEVENT"), reported.Location);
        Assert.Equal("another VEVENT of this calendar has the UID 'a@x'; this one is skipped.", reported.Message);
    }

    [Fact]
    public void Two_uids_that_make_the_same_event_id_keep_the_first_event_and_report_the_second()
    {
        var result = Importer.Read(Calendar(VEvent("a@x", Warsaw, "SUMMARY:Pierwsze"), VEvent("a@y", Warsaw, "SUMMARY:Drugie")));
        var e = Assert.Single(result.Events);
        Assert.Equal(("a", "Pierwsze"), (e.Id.Value, e.Title));
        var reported = Only(result, IcalendarDiagnosticCodes.DuplicateUid);
        Assert.Equal(DiagnosticSeverity.Error, reported.Severity);
        Assert.Equal(DiagnosticLocation.Input(11, 1, "VEVENT"), reported.Location);
        Assert.Equal("another event of the input has the id 'a'; this one is skipped.", reported.Message);
    }

    [Fact]
    public void A_vevent_related_to_itself_is_an_event_of_its_own()
    {
        var result = Importer.Read(Calendar(VEvent("a@x", Warsaw, "RELATED-TO:a@x"), VEvent("b@x", Warsaw, "RELATED-TO;RELTYPE=SIBLING:b@x")));
        Assert.Equal(["a", "b"], result.Events.Select(e => e.Id.Value));
        Assert.All(result.Events, e => Assert.Empty(e.Agenda));
        Assert.All(result.Events, e => Assert.Single(e.Days));
    }

    [Theory]
    [InlineData("RELATED-TO:c@x")]
    [InlineData("RELATED-TO;RELTYPE=SIBLING:c@x")]
    public void A_vevent_related_to_one_that_belongs_to_a_third_is_an_event_of_its_own(string link)
    {
        // Links are one level deep: b is an item (or a further day) of c, so a, related to b, is not b's.
        var result = Importer.Read(Calendar(
            VEvent("a@x", Warsaw, "RELATED-TO:b@x", "SUMMARY:A"),
            VEvent("b@x", "DTSTART;TZID=Europe/Warsaw:20260304T170000", "DTEND;TZID=Europe/Warsaw:20260304T183000", link, "SUMMARY:B"),
            VEvent("c@x", Warsaw, "SUMMARY:C")));
        Assert.Equal(["a", "c"], result.Events.Select(e => e.Id.Value).Order());
        var a = result.Events.Single(e => e.Id.Value == "a");
        Assert.Empty(a.Agenda);
        Assert.Single(a.Days);
        var c = result.Events.Single(e => e.Id.Value == "c");
        Assert.Equal(link.Contains("SIBLING", StringComparison.Ordinal) ? 2 : 1, c.Days.Count);
        Assert.Equal(link.Contains("SIBLING", StringComparison.Ordinal) ? 0 : 1, c.Agenda.Count);
    }

    [Fact]
    public void A_vevent_whose_parent_belongs_to_another_joins_its_sibling_instead()
    {
        var result = Importer.Read(Calendar(
            VEvent("c@x", Warsaw, "SUMMARY:C"),
            VEvent("b@x", Warsaw, "RELATED-TO:c@x", "SUMMARY:B"),
            VEvent("a@x", "DTSTART;TZID=Europe/Warsaw:20260305T170000", "DTEND;TZID=Europe/Warsaw:20260305T183000",
                "RELATED-TO:b@x", "RELATED-TO;RELTYPE=SIBLING:c@x", "SUMMARY:A")));
        var c = Assert.Single(result.Events);
        Assert.Equal([new LocalDate(2026, 3, 3), new LocalDate(2026, 3, 5)], c.Days.Select(d => d.Date));
        Assert.Single(c.Agenda);
    }

    [Fact]
    public void A_changed_occurrence_whose_series_is_missing_is_reported_at_its_vevent()
    {
        var result = Importer.Read(Calendar(
            VEvent("a@x", Warsaw),
            VEvent("nikt@x", "RECURRENCE-ID;TZID=Europe/Warsaw:20260310T170000", Warsaw),
            VEvent("nikt@x", "RECURRENCE-ID;TZID=Europe/Warsaw:20260317T170000", Warsaw)));
        Assert.Equal("a", Assert.Single(result.Events).Id.Value);
        var reported = Only(result, IcalendarDiagnosticCodes.RecurrenceNotImported);
        Assert.Equal(DiagnosticSeverity.Warning, reported.Severity);
        Assert.Equal(DiagnosticLocation.Input(10, 1, "RECURRENCE-ID"), reported.Location);
        Assert.Equal("no recurring VEVENT of this calendar has the UID 'nikt@x'; the changed occurrence is not imported.", reported.Message);
    }

    [Fact]
    public void The_changes_of_a_series_that_stays_one_occurrence_are_each_reported()
    {
        var result = Importer.Read(Calendar(
            VEvent("k@x", Warsaw, "RRULE:FREQ=HOURLY"),
            VEvent("k@x", "RECURRENCE-ID;TZID=Europe/Warsaw:20260303T180000", "DTSTART;TZID=Europe/Warsaw:20260303T190000"),
            VEvent("k@x", "RECURRENCE-ID;TZID=Europe/Warsaw:20260303T190000", "DTSTART;TZID=Europe/Warsaw:20260303T200000")));
        var e = Assert.Single(result.Events);
        Assert.Null(e.Series);
        var changes = result.Diagnostics.Where(d => d.Location.Element == "RECURRENCE-ID").ToList();
        Assert.Equal([11, 17], changes.Select(d => d.Location.Line!.Value));
        Assert.All(changes, d => Assert.Equal(
            "the event this VEVENT changes an occurrence of is imported as its first occurrence; the change is not imported.", d.Message));
        Assert.All(changes, d => Assert.Equal(IcalendarDiagnosticCodes.RecurrenceNotImported, d.Code));
    }

    [Fact]
    public void A_series_whose_start_is_off_its_rule_is_reported_at_the_rrule_naming_the_validation_code()
    {
        var result = Importer.Read(Calendar(VEvent("k@x", Warsaw, "RRULE:FREQ=WEEKLY;BYDAY=SU")));
        Assert.Null(Assert.Single(result.Events).Series);
        var reported = Only(result, IcalendarDiagnosticCodes.RecurrenceNotImported);
        Assert.Equal(DiagnosticLocation.Input(9, 1, "RRULE"), reported.Location);
        Assert.StartsWith($"the series cannot be held as written ({DiagnosticCodes.SeriesStartNotOccurrence}: ", reported.Message, StringComparison.Ordinal);
        Assert.EndsWith("); only its first occurrence is imported.", reported.Message, StringComparison.Ordinal);
    }

    // --- Ids, slugs, kinds ----------------------------------------------------------------------------------------

    [Fact]
    public void A_uid_that_is_an_id_and_a_slug_gives_both_as_they_are()
    {
        var e = Assert.Single(Importer.Read(Calendar(VEvent("klub-2026@biblioteka.example", Warsaw))).Events);
        Assert.Equal(("klub-2026", "klub-2026"), (e.Id.Value, e.Slug.Value));
    }

    [Theory]
    [InlineData("Klub_A@x", "Klub_A", "klub-a")]
    [InlineData("_1_@x", "_1_", "1")]
    [InlineData("_a_@x", "_a_", "a")]
    [InlineData("_A_@x", "_A_", "a")]
    public void A_uid_that_is_an_id_but_not_a_slug_gets_the_slug_of_its_letters_and_digits(string uid, string id, string slug)
    {
        var e = Assert.Single(Importer.Read(Calendar(VEvent(uid, Warsaw))).Events);
        Assert.Equal((id, slug), (e.Id.Value, e.Slug.Value));
    }

    [Fact]
    public void An_id_without_letters_or_digits_gets_a_slug_from_the_hash_of_its_uid()
    {
        // The hash (FNV-1a of the UID) is part of the import's contract: importing the same file again gives the same
        // slugs, on any machine and in any version.
        var result = Importer.Read(Calendar(VEvent("__@x", Warsaw), VEvent("__@y", "DTSTART;TZID=Europe/Warsaw:20260304T170000")));
        var e = Assert.Single(result.Events);
        Assert.Equal(("__", "event-1fcce673"), (e.Id.Value, e.Slug.Value));
        Assert.Single(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.DuplicateUid);
    }

    [Theory]
    [InlineData("Café Nauki 2026!@lib", "caf-nauki-2026-lib-a95cab62")]
    [InlineData("ąę", "uid-69f1851b")]
    [InlineData("Klub!", "klub-c1f509ec")]
    [InlineData("@x", "x-58d7a565")]
    public void A_uid_that_is_no_id_gets_an_id_of_its_ascii_letters_and_digits_and_its_hash(string uid, string id)
    {
        var e = Assert.Single(Importer.Read(Calendar(VEvent(uid, Warsaw))).Events);
        Assert.Equal((id, id), (e.Id.Value, e.Slug.Value));
    }

    [Fact]
    public void A_long_uid_that_is_no_id_keeps_sixty_characters_of_it_before_the_hash()
    {
        var uid = new string('a', 59) + " bc";
        var e = Assert.Single(Importer.Read(Calendar(VEvent(uid, Warsaw))).Events);
        Assert.Matches("^a{59}-[0-9a-f]{8}$", e.Id.Value);
        var other = Assert.Single(Importer.Read(Calendar(VEvent(new string('a', 59) + " bd", Warsaw))).Events);
        Assert.NotEqual(e.Id, other.Id);
    }

    [Theory]
    [InlineData("CATEGORIES:workshop,Dzieci,Rodzina", EventKind.Workshop, new[] { "Dzieci", "Rodzina" })]
    [InlineData("CATEGORIES:Dzieci,workshop", EventKind.Other, new[] { "Dzieci", "workshop" })]
    [InlineData("CATEGORIES:conference", EventKind.Conference, new string[0])]
    public void The_first_category_names_the_kind_when_it_is_one_and_the_others_are_tags(string categories, EventKind kind, string[] tags)
    {
        var e = Assert.Single(Importer.Read(Calendar(VEvent("k@x", Warsaw, categories))).Events);
        Assert.Equal(kind, e.Kind);
        Assert.Equal(tags, e.Tags);
    }

    [Fact]
    public void A_vevent_without_location_geo_or_conference_has_no_venue_and_any_of_them_makes_one()
    {
        var result = Importer.Read(Calendar(
            VEvent("none@x", Warsaw),
            VEvent("geo@x", Warsaw, "GEO:50.061;19.937"),
            VEvent("online@x", Warsaw, "CONFERENCE;VALUE=URI:https://meet.example/klub"),
            VEvent("place@x", Warsaw, "LOCATION:Rynek 58")));
        var byId = result.Events.ToDictionary(e => e.Id.Value);
        Assert.Null(byId["none"].Venue);
        Assert.Equal((string.Empty, 50.061, 19.937), (byId["geo"].Venue!.Name, byId["geo"].Venue!.Geo!.Value.Latitude, byId["geo"].Venue!.Geo!.Value.Longitude));
        Assert.Equal((string.Empty, "https://meet.example/klub"), (byId["online"].Venue!.Name, byId["online"].Venue!.OnlineUrl!.ToString()));
        Assert.Equal(("Rynek 58", (GeoCoordinate?)null, (Uri?)null), (byId["place"].Venue!.Name, byId["place"].Venue!.Geo, byId["place"].Venue!.OnlineUrl));
    }

    // --- Agenda items ---------------------------------------------------------------------------------------------

    private static Event WithItems(params string[] items) =>
        Assert.Single(Importer.Read(Calendar([VEvent("conf@x", Warsaw, "LOCATION:Rynek 58"), .. items])).Events);

    private static string Item(string uid, params string[] properties) =>
        VEvent(uid, ["RELATED-TO:conf@x", "DTSTART;TZID=Europe/Warsaw:20260303T170000", "DTEND;TZID=Europe/Warsaw:20260303T173000", .. properties]);

    [Theory]
    [InlineData("conf+talk1@x", "talk1")]
    [InlineData("conf+talk4", "talk4")]
    [InlineData("talk2@x", "talk2")]
    [InlineData("inna+talk1@x", "inna-talk1-x-")]
    [InlineData("+talk3@x", "talk3-x-")]
    public void An_item_uid_of_the_events_local_part_plus_an_id_gives_that_id(string uid, string expected)
    {
        var item = Assert.Single(WithItems(Item(uid)).Agenda);
        if (expected.EndsWith('-'))
        {
            Assert.Matches("^" + expected + "[0-9a-f]{8}$", item.Id.Value);
        }
        else
        {
            Assert.Equal(expected, item.Id.Value);
        }
    }

    [Fact]
    public void Two_items_with_the_same_id_keep_the_first_and_report_the_second()
    {
        var result = Importer.Read(Calendar(VEvent("conf@x", Warsaw), Item("conf+t@x", "SUMMARY:Pierwszy"), Item("t@x", "SUMMARY:Drugi")));
        var e = Assert.Single(result.Events);
        Assert.Equal("Pierwszy", Assert.Single(e.Agenda).Title);
        var reported = Only(result, IcalendarDiagnosticCodes.DuplicateUid);
        Assert.Equal(DiagnosticSeverity.Error, reported.Severity);
        Assert.Equal(DiagnosticLocation.Input(18, 1, "VEVENT"), reported.Location);
        Assert.Equal("another agenda item of the event has the id 't'; this one is skipped.", reported.Message);
    }

    [Theory]
    [InlineData("CATEGORIES:lecture,Główna,Boczna", AgendaItemKind.Lecture, "Główna")]
    [InlineData("CATEGORIES:lecture", AgendaItemKind.Lecture, null)]
    [InlineData("CATEGORIES:Główna,lecture", AgendaItemKind.Other, "Główna")]
    [InlineData("SUMMARY:x", AgendaItemKind.Other, null)]
    public void An_items_first_category_names_its_kind_when_it_is_one_and_the_next_its_track(string categories, AgendaItemKind kind, string? track)
    {
        var item = Assert.Single(WithItems(Item("conf+t@x", categories)).Agenda);
        Assert.Equal((kind, track), (item.Kind, item.Track));
    }

    [Theory]
    [InlineData("LOCATION:Rynek 58", null)]
    [InlineData("LOCATION:Sala A\\, Rynek 58", "Sala A")]
    [InlineData("LOCATION:Sala A\\,Rynek 58", "Sala A,Rynek 58")]
    [InlineData("LOCATION:Sala A", "Sala A")]
    [InlineData("SUMMARY:x", null)]
    public void An_items_location_is_its_room_less_the_events_location(string location, string? room) =>
        Assert.Equal(room, Assert.Single(WithItems(Item("conf+t@x", location)).Agenda).Room);

    [Fact]
    public void An_items_location_is_its_room_whole_when_the_event_has_no_location()
    {
        var result = Importer.Read(Calendar(VEvent("conf@x", Warsaw), Item("conf+t@x", "LOCATION:Sala A\\, Rynek 58")));
        Assert.Equal("Sala A, Rynek 58", Assert.Single(Assert.Single(result.Events).Agenda).Room);
    }

    [Fact]
    public void An_item_keeps_its_status_and_revision()
    {
        var e = WithItems(Item("conf+a@x", "STATUS:CANCELLED", "SEQUENCE:3"), Item("conf+b@x", "STATUS:CONFIRMED"));
        Assert.Equal([(AgendaItemStatus.Cancelled, 3), (AgendaItemStatus.Scheduled, 0)], e.Agenda.OrderBy(i => i.Id.Value).Select(i => (i.Status, i.Revision)));
    }

    // --- Days -----------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("DTSTART;VALUE=DATE:20260310", 1)]
    [InlineData("DTSTART;VALUE=DATE:20260310\nDTEND;VALUE=DATE:20260313", 3)]
    [InlineData("DTSTART;VALUE=DATE:20260310\nDTEND;VALUE=DATE:20260311", 1)]
    [InlineData("DTSTART;VALUE=DATE:20260310\nDTEND;VALUE=DATE:20260310", 1)]
    public void An_all_day_vevent_has_one_day_per_date_to_its_end(string times, int days)
    {
        var e = Assert.Single(Importer.Read(Calendar(VEvent("d@x", times.Split('\n')))).Events);
        Assert.Equal(Enumerable.Range(0, days).Select(i => new LocalDate(2026, 3, 10).PlusDays(i)), e.Days.Select(d => d.Date));
        Assert.All(e.Days, d => Assert.Equal((d.Date.AtMidnight(), d.Date.PlusDays(1).AtMidnight()), (d.Start.Local, d.End.Local)));
    }

    [Fact]
    public void A_vevent_the_model_cannot_make_an_event_of_is_reported_and_the_others_imported()
    {
        // The last half hour of the model's last date in UTC is already the next date in Warsaw, past the model's end.
        var result = Importer.Read(Calendar("X-WR-TIMEZONE:Europe/Warsaw", VEvent("d@x", "DTSTART:99991230T233000Z"), VEvent("e@x", Warsaw)));
        Assert.True(result.Events.Count == 1, string.Join("\n", result.Diagnostics.Select(d => $"{d.Code} {d.Location} {d.Message}")));
        var reported = Only(result, IcalendarDiagnosticCodes.InvalidComponent);
        Assert.Equal(DiagnosticSeverity.Error, reported.Severity);
        Assert.Equal(DiagnosticLocation.Input(5, 1, "VEVENT"), reported.Location);
        Assert.StartsWith("the event cannot be made from this VEVENT and its agenda items: ", reported.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_all_day_further_day_adds_its_dates_in_order()
    {
        var result = Importer.Read(Calendar(
            VEvent("d@x", "DTSTART;VALUE=DATE:20260312", "DTEND;VALUE=DATE:20260314"),
            VEvent("d2@x", "DTSTART;VALUE=DATE:20260310", "RELATED-TO;RELTYPE=SIBLING:d@x")));
        var e = Assert.Single(result.Events);
        Assert.Equal([new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 12), new LocalDate(2026, 3, 13)], e.Days.Select(d => d.Date));
    }

    [Theory]
    [InlineData("DTSTART:20261025T003000Z", 2, "SUMMARY:x")]
    [InlineData("DTSTART:20261025T013000Z", 1, "SUMMARY:x")]
    [InlineData("DTSTART:20261025T003000Z", 2, "RRULE:FREQ=DAILY;COUNT=3")]
    [InlineData("DTSTART:20261025T013000Z", 1, "RRULE:FREQ=DAILY;COUNT=3")]
    public void A_utc_time_in_a_repeated_hour_keeps_the_offset_of_its_instant(string start, int hours, string more)
    {
        var result = Importer.Read(Calendar("X-WR-TIMEZONE:Europe/Warsaw", VEvent("d@x", start, "DTEND:20261025T040000Z", more)));
        var e = Assert.Single(result.Events);
        Assert.Equal(new EventTime(new LocalDateTime(2026, 10, 25, 2, 30), Offset.FromHours(hours)), e.Start);
        Assert.Equal(new EventTime(new LocalDateTime(2026, 10, 25, 5, 0)), e.End);
    }

    // --- The zone of an event -------------------------------------------------------------------------------------

    [Fact]
    public void A_utc_start_with_a_zoned_end_places_the_event_in_the_ends_zone()
    {
        var result = Importer.Read(Calendar(VEvent("z@x", "DTSTART:20260303T160000Z", "DTEND;TZID=Europe/London:20260303T173000")));
        var e = Assert.Single(result.Events);
        Assert.Equal("Europe/London", e.TimeZoneId);
        Assert.Equal(new EventTime(new LocalDateTime(2026, 3, 3, 16, 0)), e.Start);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.TimeZoneChosen);
    }

    [Theory]
    [InlineData("DTSTART;TZID=Strefa:20261109T100000\nDTEND:20261109T060000Z")]
    [InlineData("DTSTART:20261109T050000Z\nDTEND;TZID=Strefa:20261109T110000")]
    [InlineData("DTSTART;TZID=Strefa:20261109T100000\nDTEND;TZID=Inna:20261109T090000")]
    public void A_start_in_a_zone_the_input_defines_decides_before_the_end(string times)
    {
        var result = Importer.Read(Calendar(FixedZone("Strefa", "+0500"), FixedZone("Inna", "+0300"), VEvent("w@x", times.Split('\n'))));
        Assert.Equal("Etc/GMT-5", Assert.Single(result.Events).TimeZoneId);
    }

    [Fact]
    public void A_floating_time_in_a_calendar_naming_a_zone_is_read_there_with_a_note()
    {
        var result = Importer.Read(Calendar("X-WR-TIMEZONE:America/New_York", VEvent("f@x", "DTSTART:20261109T100000")));
        Assert.Equal("America/New_York", Assert.Single(result.Events).TimeZoneId);
        var reported = Only(result, IcalendarDiagnosticCodes.TimeZoneChosen);
        Assert.Equal(DiagnosticSeverity.Info, reported.Severity);
        Assert.Equal(DiagnosticLocation.Input(5, 1, "DTSTART"), reported.Location);
        Assert.Equal("the time is floating (no zone); it is read in America/New_York, the zone the calendar names.", reported.Message);
    }

    [Fact]
    public void A_utc_time_in_a_calendar_naming_a_zone_is_placed_there_without_a_note()
    {
        var result = Importer.Read(Calendar("X-WR-TIMEZONE:America/New_York", VEvent("f@x", "DTSTART:20261109T150000Z")));
        Assert.Equal("America/New_York", Assert.Single(result.Events).TimeZoneId);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.TimeZoneChosen);
    }

    [Fact]
    public void The_one_vtimezone_of_a_calendar_names_its_zone()
    {
        var result = Importer.Read(Calendar(CentralEuropeanZone("Europe/Berlin"), VEvent("f@x", "DTSTART:20261109T100000")));
        Assert.Equal("Europe/Berlin", Assert.Single(result.Events).TimeZoneId);
        Assert.Equal("the time is floating (no zone); it is read in Europe/Berlin, the zone the calendar names.", Only(result, IcalendarDiagnosticCodes.TimeZoneChosen).Message);
    }

    [Fact]
    public void A_calendar_with_two_vtimezones_and_no_name_leaves_a_floating_time_to_the_default_zone()
    {
        var result = Importer.Read(Calendar(CentralEuropeanZone("Europe/Berlin"), CentralEuropeanZone("Europe/Paris"), VEvent("f@x", "DTSTART:20261109T100000")));
        Assert.Equal("Europe/Warsaw", Assert.Single(result.Events).TimeZoneId);
        var reported = Only(result, IcalendarDiagnosticCodes.TimeZoneChosen);
        Assert.Equal(DiagnosticLocation.Input(34, 1, "DTSTART"), reported.Location);
        Assert.Equal("the time is floating (no zone) and the calendar names no zone; it is read in Europe/Warsaw, the default zone.", reported.Message);
    }

    [Fact]
    public void An_unknown_calendar_zone_name_falls_back_to_its_one_vtimezone()
    {
        var result = Importer.Read(Calendar("X-WR-TIMEZONE:Nigdzie/Nic", CentralEuropeanZone("Europe/Berlin"), VEvent("f@x", "DTSTART:20261109T100000")));
        Assert.Equal("Europe/Berlin", Assert.Single(result.Events).TimeZoneId);
    }

    [Fact]
    public void A_utc_time_in_a_calendar_naming_no_zone_is_placed_in_the_default_zone_with_a_note()
    {
        var result = new IcalendarImporter(new IcalendarImportOptions { DefaultTimeZoneId = "Europe/Lisbon" })
            .Read(Calendar(VEvent("u@x", "DTSTART:20261109T150000Z")));
        Assert.Equal("Europe/Lisbon", Assert.Single(result.Events).TimeZoneId);
        var reported = Only(result, IcalendarDiagnosticCodes.TimeZoneChosen);
        Assert.Equal(DiagnosticLocation.Input(4, 1, "DTSTART"), reported.Location);
        Assert.Equal("the times are in UTC and the calendar names no zone; the event is placed in Europe/Lisbon, the default zone, at the same instants.", reported.Message);
    }

    [Fact]
    public void An_all_day_vevent_in_a_calendar_naming_no_zone_takes_the_default_zone_without_a_note()
    {
        var result = Importer.Read(Calendar(VEvent("d@x", "DTSTART;VALUE=DATE:20261109")));
        Assert.Equal("Europe/Warsaw", Assert.Single(result.Events).TimeZoneId);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.TimeZoneChosen);
    }

    [Fact]
    public void The_files_own_definition_of_a_tzdb_zone_that_agrees_at_the_events_times_places_it_in_that_zone()
    {
        var result = Importer.Read(Calendar(FixedZone("Europe/Warsaw", "+0100"), VEvent("w@x", "DTSTART;TZID=Europe/Warsaw:20261109T100000")));
        Assert.Equal("Europe/Warsaw", Assert.Single(result.Events).TimeZoneId);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.TimeZoneChosen);
    }

    [Fact]
    public void A_custom_zone_with_the_offsets_of_its_location_is_placed_there_with_a_note()
    {
        var result = Importer.Read(Calendar(CentralEuropeanZone("Moja strefa", "Europe/Berlin"),
            VEvent("w@x", "DTSTART;TZID=Moja strefa:20260709T100000", "DTEND;TZID=Moja strefa:20261109T100000")));
        Assert.Equal("Europe/Berlin", Assert.Single(result.Events).TimeZoneId);
        var reported = Only(result, IcalendarDiagnosticCodes.TimeZoneChosen);
        Assert.Equal(DiagnosticSeverity.Info, reported.Severity);
        Assert.Equal(DiagnosticLocation.Input(20, 1, "DTSTART"), reported.Location);
        Assert.Equal("the zone 'Moja strefa' is resolved by this input's own VTIMEZONE, by its own rules, and the event is placed in Europe/Berlin, which has the same UTC offsets at every time of the event.", reported.Message);
    }

    [Fact]
    public void A_custom_zone_with_the_offsets_of_the_default_zone_is_placed_there_when_its_location_differs()
    {
        var result = Importer.Read(Calendar(CentralEuropeanZone("Moja strefa", "Europe/London"),
            VEvent("w@x", "DTSTART;TZID=Moja strefa:20260709T100000", "DTEND;TZID=Moja strefa:20261109T100000")));
        Assert.Equal("Europe/Warsaw", Assert.Single(result.Events).TimeZoneId);
        Assert.EndsWith("the event is placed in Europe/Warsaw, which has the same UTC offsets at every time of the event.", Only(result, IcalendarDiagnosticCodes.TimeZoneChosen).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+0500", "Etc/GMT-5", 5)]
    [InlineData("-0300", "Etc/GMT+3", 13)]
    [InlineData("+0000", "Etc/UTC", 10)]
    [InlineData("-1200", "Etc/GMT+12", 22)]
    [InlineData("+1400", "Etc/GMT-14", -4)]
    public void A_custom_zone_of_whole_hours_is_placed_in_the_etc_zone_of_its_offset(string offset, string zone, int utcHour)
    {
        var result = Importer.Read(Calendar(FixedZone("Strefa", offset), VEvent("w@x", "DTSTART;TZID=Strefa:20261109T100000")));
        var e = Assert.Single(result.Events);
        Assert.Equal(zone, e.TimeZoneId);
        Assert.Equal(Instant.FromUtc(2026, 11, 9, 0, 0) + Duration.FromHours(utcHour), e.Start.Local.InZoneLeniently(DateTimeZoneProviders.Tzdb[zone]).ToInstant());
        var reported = Only(result, IcalendarDiagnosticCodes.TimeZoneChosen);
        Assert.Equal(DiagnosticLocation.Input(12, 1, "DTSTART"), reported.Location);
        Assert.Equal($"the zone 'Strefa' is resolved by this input's own VTIMEZONE, by its own rules, and the event is placed in {zone}, the fixed offset they have.", reported.Message);
    }

    [Theory]
    [InlineData("+0545")]
    [InlineData("+1500")]
    [InlineData("-1300")]
    public void A_custom_zone_no_etc_zone_matches_is_placed_in_utc_at_the_same_instants(string offset)
    {
        var result = Importer.Read(Calendar(FixedZone("Strefa", offset), VEvent("w@x", "DTSTART;TZID=Strefa:20261109T100000")));
        var e = Assert.Single(result.Events);
        Assert.Equal("Etc/UTC", e.TimeZoneId);
        var reported = Only(result, IcalendarDiagnosticCodes.TimeZoneChosen);
        Assert.Equal(DiagnosticLocation.Input(12, 1, "DTSTART"), reported.Location);
        Assert.Equal("the zone 'Strefa' is resolved by this input's own VTIMEZONE, by its own rules, and the event is placed in Etc/UTC.", reported.Message);
    }

    [Fact]
    public void A_default_zone_that_agrees_with_a_custom_zone_at_only_some_times_of_the_event_is_not_chosen()
    {
        // +01:00 all year agrees with Warsaw in November, not in July: the event keeps its fixed offset.
        var result = Importer.Read(Calendar(FixedZone("Strefa", "+0100"),
            VEvent("w@x", "DTSTART;TZID=Strefa:20260709T100000", "DTEND;TZID=Strefa:20261109T100000")));
        Assert.Equal("Etc/GMT-1", Assert.Single(result.Events).TimeZoneId);
    }

    [Fact]
    public void A_custom_zone_whose_offset_changes_during_the_event_is_placed_in_utc()
    {
        var result = new IcalendarImporter(new IcalendarImportOptions { DefaultTimeZoneId = "Europe/London" }).Read(Calendar(CentralEuropeanZone("Moja strefa"),
            VEvent("w@x", "DTSTART;TZID=Moja strefa:20260709T100000", "DTEND;TZID=Moja strefa:20261109T100000")));
        Assert.Equal("Etc/UTC", Assert.Single(result.Events).TimeZoneId);
    }
}
