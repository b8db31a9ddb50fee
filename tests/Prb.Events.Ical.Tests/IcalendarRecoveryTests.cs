using System.Reflection;
using System.Text;
using NodaTime;

namespace Prb.Events.Ical.Tests;

/// <summary>
/// The recovery rules of the package README, and a regression test from a minimal input for each way real calendars
/// lost or changed events (issue 12): a property the importer does not use never costs an event; a broken property it
/// uses costs that property with a diagnostic when the event stays meaningful, the event otherwise; a mis-terminated
/// component ends at the next sibling BEGIN or its parent's END.
/// </summary>
public class IcalendarRecoveryTests
{
    private static readonly IcalendarImporter Importer = new();

    private const string Ok = "DTSTART;TZID=Europe/Warsaw:20111109T100000\nDTEND;TZID=Europe/Warsaw:20111109T120000";

    private static string Calendar(params string[] components) =>
        ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//Test//EN\n" + string.Join("\n", components) + "\nEND:VCALENDAR\n").Replace("\n", "\r\n", StringComparison.Ordinal);

    private static string VEvent(string uid, params string[] properties) =>
        $"BEGIN:VEVENT\nUID:{uid}\n{string.Join("\n", properties)}\nEND:VEVENT";

    private static Instant InstantOf(Event e, EventTime time) =>
        EventScheduler.Default.TryResolve(time, DateTimeZoneProviders.Tzdb[e.TimeZoneId], out var resolved, out _)
            ? resolved.ToInstant()
            : throw new InvalidOperationException($"{time} does not resolve in {e.TimeZoneId}");

    // ---- A property the importer does not use never costs an event ----

    [Fact]
    public void A_google_created_in_the_year_0000_costs_nothing()
    {
        var result = Importer.Read(Calendar(VEvent("g@x", "CREATED:00001231T000000Z", Ok, "SUMMARY:Spotkanie")));
        Assert.Equal("Spotkanie", Assert.Single(result.Events).Title);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void An_invalid_valarm_trigger_costs_nothing()
    {
        var result = Importer.Read(Calendar(VEvent("a@x", Ok, "SUMMARY:Z alarmem", "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PXYZ", "TRIGGER;VALUE=DATE-TIME:0000", "END:VALARM")));
        Assert.Equal("Z alarmem", Assert.Single(result.Events).Title);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_broken_property_nobody_reads_costs_nothing()
    {
        var result = Importer.Read(Calendar(VEvent("a@x", Ok, "ATTENDEE;CN=\"never closed:mailto:a@x", "X-FOO;A=\"b\"c:d", "SUMMARY:Bez strat")));
        Assert.Equal("Bez strat", Assert.Single(result.Events).Title);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_quoted_printable_line_is_decoded_and_its_soft_breaks_joined()
    {
        var result = Importer.Read(Calendar(VEvent("q@x", Ok, "SUMMARY:Zaj=C4=99cia", "DESCRIPTION;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Zaj=C4=99cia dla=0A=", "dzieci =C5=BC=C3=B3=C5=82tych")));
        var e = Assert.Single(result.Events);
        Assert.Equal("Zajęcia dla\ndzieci żółtych", e.Description);
        Assert.Equal("Zaj=C4=99cia", e.Title);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void An_unused_quoted_printable_property_is_skipped_with_its_soft_broken_lines()
    {
        var result = Importer.Read(Calendar(VEvent("q@x", Ok, "SUMMARY:Tytuł", "X-ALT-DESC;ENCODING=QUOTED-PRINTABLE:pierwsza=", "druga linia=", "trzecia linia")));
        Assert.Equal("Tytuł", Assert.Single(result.Events).Title);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_text_in_an_encoding_that_cannot_be_read_costs_only_that_property()
    {
        var result = Importer.Read(Calendar(VEvent("q@x", Ok, "SUMMARY:Tytuł", "DESCRIPTION;ENCODING=QUOTED-PRINTABLE;CHARSET=KOI8-R:=C1=C2")));
        var e = Assert.Single(result.Events);
        Assert.Null(e.Description);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Warning, "DESCRIPTION"), (d.Code, d.Severity, d.Location.Element));
    }

    [Fact]
    public void A_multi_period_rdate_in_a_custom_zone_is_the_first_occurrence_with_a_warning()
    {
        var zone = "BEGIN:VTIMEZONE\nTZID:Custom\nBEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0100\nEND:STANDARD\nEND:VTIMEZONE";
        var result = Importer.Read(Calendar(zone, VEvent("r@x", "DTSTART;TZID=Custom:20111109T100000", "DTEND;TZID=Custom:20111109T120000",
            "RDATE;VALUE=PERIOD;TZID=Custom:20111110T100000/20111110T120000,20111111T100000/PT2H", "SUMMARY:Cykl")));
        var e = Assert.Single(result.Events);
        Assert.Equal(Instant.FromUtc(2011, 11, 9, 9, 0), InstantOf(e, e.Start));
        Assert.Contains(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.RecurrenceNotImported && d.Location.Element == "RDATE");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    // ---- A broken property the importer uses: the property with a warning, or the event with an error ----

    [Theory]
    [InlineData("DTEND;TZID=Europe/Warsaw:2011-11-09", "DTEND")]
    [InlineData("DURATION:PT1X", "DURATION")]
    [InlineData("GEO:north", "GEO")]
    [InlineData("URL:not a url", "URL")]
    [InlineData("SEQUENCE:-1", "SEQUENCE")]
    [InlineData("LAST-MODIFIED:yesterday", "LAST-MODIFIED")]
    public void A_broken_property_the_event_can_do_without_costs_only_that_property(string property, string name)
    {
        var result = Importer.Read(Calendar(VEvent("b@x", "DTSTART;TZID=Europe/Warsaw:20111109T100000", property, "SUMMARY:Zostaje")));
        Assert.Equal("Zostaje", Assert.Single(result.Events).Title);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Warning, name), (d.Code, d.Severity, d.Location.Element));
    }

    [Theory]
    [InlineData("DTSTART:2011-11-09", IcalendarDiagnosticCodes.InvalidValue)]
    [InlineData("DTSTART;TZID=Nowhere/Never:20111109T100000", IcalendarDiagnosticCodes.UnknownTimeZone)]
    [InlineData("SUMMARY:no start", IcalendarDiagnosticCodes.MissingProperty)]
    public void A_broken_property_the_event_cannot_do_without_costs_the_event(string property, string code)
    {
        var result = Importer.Read(Calendar(VEvent("b@x", property), VEvent("c@x", Ok)));
        Assert.Equal("c", Assert.Single(result.Events).Id.Value);
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void An_all_day_start_with_a_date_time_end_is_reported_and_the_end_left_out()
    {
        var result = Importer.Read(Calendar(VEvent("d@x", "DTSTART;VALUE=DATE:20111109", "DTEND:20111111T100000Z", "SUMMARY:Cały dzień")));
        var e = Assert.Single(result.Events);
        Assert.Equal([new LocalDate(2011, 11, 9)], e.Days.Select(d => d.Date));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((IcalendarDiagnosticCodes.MismatchedValueTypes, DiagnosticSeverity.Warning, "DTEND"), (d.Code, d.Severity, d.Location.Element));
    }

    [Fact]
    public void A_date_time_start_with_an_all_day_end_is_reported_too()
    {
        var result = Importer.Read(Calendar(VEvent("d@x", "DTSTART:20111109T100000Z", "DTEND;VALUE=DATE:20111110")));
        var e = Assert.Single(result.Events);
        Assert.Equal(e.Start, e.End);
        Assert.Equal(IcalendarDiagnosticCodes.MismatchedValueTypes, Assert.Single(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info).Code);
    }

    // ---- A mis-terminated component ends at the next sibling BEGIN or its parent's END ----

    [Fact]
    public void A_misspelt_end_ends_the_component_at_the_next_sibling_begin()
    {
        var result = Importer.Read(Calendar(
            "BEGIN:VTODO\nUID:t@x\nSUMMARY:Zadanie\nEND:VTOOD",
            VEvent("one@x", Ok, "SUMMARY:Pierwsze"),
            VEvent("two@x", Ok, "SUMMARY:Drugie")));

        Assert.Equal(["Pierwsze", "Drugie"], result.Events.Select(e => e.Title));
        Assert.Contains(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.UnbalancedComponent && d.Location.Element == "END:VTOOD");
        Assert.Contains(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.UnbalancedComponent && d.Location.Element == "VTODO" && d.Message.Contains("BEGIN:VEVENT", StringComparison.Ordinal));
    }

    [Fact]
    public void A_component_without_end_ends_at_its_parents_end()
    {
        var result = Importer.Read(Calendar(VEvent("a@x", Ok, "SUMMARY:Z alarmem", "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15M"), VEvent("b@x", Ok, "SUMMARY:Następne")));
        Assert.Equal(["Z alarmem", "Następne"], result.Events.Select(e => e.Title));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((IcalendarDiagnosticCodes.UnbalancedComponent, DiagnosticSeverity.Warning, "VALARM"), (d.Code, d.Severity, d.Location.Element));
    }

    [Fact]
    public void A_vevent_without_end_ends_at_the_next_vevent()
    {
        var text = Calendar(VEvent("a@x", Ok, "SUMMARY:Pierwsze").Replace("\nEND:VEVENT", string.Empty, StringComparison.Ordinal), VEvent("b@x", Ok, "SUMMARY:Drugie"));
        var result = Importer.Read(text);
        Assert.Equal(["Pierwsze", "Drugie"], result.Events.Select(e => e.Title));
    }

    // ---- Lines and zones ----

    [Theory]
    [InlineData("  \r\n BEGIN:VCALENDAR")]
    [InlineData("\tBEGIN:VCALENDAR")]
    [InlineData("\r\n\r\n  BEGIN:VCALENDAR  ")]
    public void White_space_before_begin_vcalendar_is_not_part_of_the_line(string first)
    {
        var text = first + Calendar(VEvent("w@x", Ok, "SUMMARY:Jest"))["BEGIN:VCALENDAR".Length..];
        var result = Importer.Read(text);
        Assert.Equal("Jest", Assert.Single(result.Events).Title);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Tzids_are_trimmed_alike_on_the_event_and_on_the_vtimezone()
    {
        // Outlook: "TZID= 1" on the event, "TZID: 1" on its VTIMEZONE.
        var zone = "BEGIN:VTIMEZONE\nTZID: 1\nBEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:+0300\nTZOFFSETTO:+0300\nEND:STANDARD\nEND:VTIMEZONE";
        var result = Importer.Read(Calendar(zone, VEvent("o@x", "DTSTART;TZID= 1:20111109T100000", "DTEND;TZID=\" 1 \":20111109T110000")));
        var e = Assert.Single(result.Events);
        Assert.Equal(Instant.FromUtc(2011, 11, 9, 7, 0), InstantOf(e, e.Start));
        Assert.Equal(Instant.FromUtc(2011, 11, 9, 8, 0), InstantOf(e, e.End));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    private static string LotusZone(string rulePart) =>
        "BEGIN:VTIMEZONE\nTZID:Lotus\nBEGIN:STANDARD\nDTSTART:19501029T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\n"
        + $"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU{rulePart}\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19500326T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
        + "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;BYHOUR=2;BYMINUTE=0\nEND:DAYLIGHT\nEND:VTIMEZONE";

    [Fact]
    public void A_redundant_byhour_and_byminute_in_a_vtimezone_rule_is_accepted()
    {
        var result = Importer.Read(Calendar(LotusZone(";BYHOUR=3;BYMINUTE=0"), VEvent("l@x", "DTSTART;TZID=Lotus:20110709T100000", "DTEND;TZID=Lotus:20111109T100000")));
        var e = Assert.Single(result.Events);
        Assert.Equal(Instant.FromUtc(2011, 7, 9, 8, 0), InstantOf(e, e.Start));
        Assert.Equal(Instant.FromUtc(2011, 11, 9, 9, 0), InstantOf(e, e.End));
    }

    [Fact]
    public void A_vtimezone_rule_that_cannot_be_evaluated_is_prb2007_not_an_unknown_zone()
    {
        var result = Importer.Read(Calendar(LotusZone(";BYHOUR=5"), VEvent("l@x", "DTSTART;TZID=Lotus:20110709T100000")));
        Assert.Empty(result.Events);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((IcalendarDiagnosticCodes.UnsupportedTimeZoneRule, DiagnosticSeverity.Error), (d.Code, d.Severity));
        Assert.Contains("BYHOUR", d.Message, StringComparison.Ordinal);
    }

    private static string FixedZone(string tzid, string offset) =>
        $"BEGIN:VTIMEZONE\nTZID:{tzid}\nBEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:{offset}\nTZOFFSETTO:{offset}\nEND:STANDARD\nEND:VTIMEZONE";

    [Fact]
    public void One_tzid_defined_twice_differently_is_reported_and_the_first_definition_used()
    {
        var result = Importer.Read(Calendar(FixedZone("Twice", "+0200"), FixedZone("Twice", "+0300"), VEvent("t@x", "DTSTART;TZID=Twice:20111109T100000")));
        var e = Assert.Single(result.Events);
        Assert.Equal(Instant.FromUtc(2011, 11, 9, 8, 0), InstantOf(e, e.Start));
        var d = Assert.Single(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal((IcalendarDiagnosticCodes.ConflictingTimeZoneDefinitions, "VTIMEZONE"), (d.Code, d.Location.Element));

        // The same definition twice is no conflict.
        var same = Importer.Read(Calendar(FixedZone("Twice", "+0200"), FixedZone("Twice", "+0200"), VEvent("t@x", "DTSTART;TZID=Twice:20111109T100000")));
        Assert.DoesNotContain(same.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.ConflictingTimeZoneDefinitions);
    }

    /// <summary>America/New_York as defined before 2007 (first Sunday of April to last Sunday of October), as files
    /// written then still carry it for events through 2020.</summary>
    private const string OldNewYork = """
        BEGIN:VTIMEZONE
        TZID:America/New_York
        BEGIN:STANDARD
        DTSTART:19671029T020000
        TZOFFSETFROM:-0400
        TZOFFSETTO:-0500
        RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:19870405T020000
        TZOFFSETFROM:-0500
        TZOFFSETTO:-0400
        RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
        END:DAYLIGHT
        END:VTIMEZONE
        """;

    [Fact]
    public void A_files_vtimezone_that_contradicts_tzdb_governs_with_a_diagnostic_where_they_disagree()
    {
        var result = Importer.Read(Calendar(OldNewYork.Replace("\r\n", "\n", StringComparison.Ordinal),
            VEvent("march@x", "DTSTART;TZID=America/New_York:20150310T100000", "DTEND;TZID=America/New_York:20150310T110000"),
            VEvent("july@x", "DTSTART;TZID=America/New_York:20150710T100000", "DTEND;TZID=America/New_York:20150710T110000")));

        // 10 March 2015: the file says EST (-05:00), tzdb EDT (-04:00). The file's instant is kept, and each time the
        // two disagree on is a warning; the event is placed where it keeps that instant.
        var march = result.Events.Single(e => e.Id.Value == "march");
        Assert.Equal(Instant.FromUtc(2015, 3, 10, 15, 0), InstantOf(march, march.Start));
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == IcalendarDiagnosticCodes.TimeZoneDisagreesWithTzdb && d.Location.Line < 30));
        Assert.All(result.Diagnostics.Where(d => d.Code == IcalendarDiagnosticCodes.TimeZoneDisagreesWithTzdb), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));

        // 10 July 2015: both say EDT; the event stays in America/New_York without a word.
        var july = result.Events.Single(e => e.Id.Value == "july");
        Assert.Equal("America/New_York", july.TimeZoneId);
        Assert.Equal(Instant.FromUtc(2015, 7, 10, 14, 0), InstantOf(july, july.Start));
        Assert.DoesNotContain(result.Diagnostics, d => d.Location.Line > 30);
    }

    [Fact]
    public void A_vtimezone_after_the_vevents_that_use_it_still_defines_their_zone()
    {
        // The import reads each VEVENT as it ends; a VTIMEZONE that comes later makes it read the zones first.
        var result = Importer.Read(Calendar(
            VEvent("late@x", "DTSTART;TZID=Late:20111109T100000"),
            VEvent("ny@x", "DTSTART;TZID=America/New_York:20150310T100000"),
            FixedZone("Late", "+0300"),
            OldNewYork.Replace("\r\n", "\n", StringComparison.Ordinal)));

        var late = result.Events.Single(e => e.Id.Value == "late");
        Assert.Equal(Instant.FromUtc(2011, 11, 9, 7, 0), InstantOf(late, late.Start));
        var ny = result.Events.Single(e => e.Id.Value == "ny");
        Assert.Equal(Instant.FromUtc(2015, 3, 10, 15, 0), InstantOf(ny, ny.Start));
        Assert.Contains(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.TimeZoneDisagreesWithTzdb);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_vtimezone_without_observances_for_an_iana_id_leaves_tzdb_to_it()
    {
        // Ical.Net writes BEGIN:VTIMEZONE, TZID:Europe/Warsaw, END:VTIMEZONE and nothing else.
        var result = Importer.Read(Calendar("BEGIN:VTIMEZONE\nTZID:Europe/Warsaw\nX-LIC-LOCATION:Europe/Warsaw\nEND:VTIMEZONE", VEvent("w@x", Ok)));
        Assert.Equal("Europe/Warsaw", Assert.Single(result.Events).TimeZoneId);
        Assert.Empty(result.Diagnostics);
    }

    // ---- Every code reachable, and meaning what its name says ----

    public static TheoryData<string, string> EveryCode => new()
    {
        { IcalendarDiagnosticCodes.MalformedLine, Calendar(VEvent("a@x", Ok, "not a content line")) },
        { IcalendarDiagnosticCodes.UnbalancedComponent, Calendar(VEvent("a@x", Ok), "END:VTODO") },
        { IcalendarDiagnosticCodes.InvalidComponent, Calendar(string.Concat(Enumerable.Repeat("BEGIN:X-DEEP\n", 20)) + string.Concat(Enumerable.Repeat("END:X-DEEP\n", 20)).TrimEnd('\n')) },
        { IcalendarDiagnosticCodes.MissingProperty, Calendar(VEvent("a@x", "SUMMARY:no start")) },
        { IcalendarDiagnosticCodes.InvalidValue, Calendar(VEvent("a@x", Ok, "GEO:north")) },
        { IcalendarDiagnosticCodes.UnknownTimeZone, Calendar(VEvent("a@x", "DTSTART;TZID=Nowhere:20111109T100000")) },
        { IcalendarDiagnosticCodes.UnsupportedTimeZoneRule, Calendar(LotusZone(";BYMINUTE=30"), VEvent("l@x", "DTSTART;TZID=Lotus:20110709T100000")) },
        { IcalendarDiagnosticCodes.RecurrenceNotImported, Calendar(VEvent("a@x", Ok, "RRULE:FREQ=DAILY;BYSETPOS=1;COUNT=2")) },
        { IcalendarDiagnosticCodes.DuplicateUid, Calendar(VEvent("a@x", Ok), VEvent("a@x", Ok)) },
        { IcalendarDiagnosticCodes.TimeZoneChosen, Calendar(VEvent("a@x", "DTSTART:20111109T100000")) },
        { IcalendarDiagnosticCodes.SkippedLocalTime, Calendar(VEvent("a@x", "DTSTART;TZID=Europe/Warsaw:20110327T023000")) },
        { IcalendarDiagnosticCodes.TextReplaced, Calendar(VEvent("a@x", Ok, "SUMMARY:a\u0001b")) },
        { IcalendarDiagnosticCodes.ConflictingTimeZoneDefinitions, Calendar(FixedZone("T", "+0200"), FixedZone("T", "+0300"), VEvent("a@x", "DTSTART;TZID=T:20111109T100000")) },
        { IcalendarDiagnosticCodes.TimeZoneDisagreesWithTzdb, Calendar(OldNewYork.Replace("\r\n", "\n", StringComparison.Ordinal), VEvent("a@x", "DTSTART;TZID=America/New_York:20150310T100000")) },
        { IcalendarDiagnosticCodes.MismatchedValueTypes, Calendar(VEvent("a@x", "DTSTART;VALUE=DATE:20111109", "DTEND:20111110T100000Z")) },
    };

    [Theory]
    [MemberData(nameof(EveryCode))]
    public void Each_code_is_reported_for_its_own_case(string code, string text)
    {
        var result = Importer.Read(text);
        Assert.Contains(result.Diagnostics, d => d.Code == code);
    }

    [Fact]
    public void Every_code_of_the_package_has_its_case()
    {
        var codes = typeof(IcalendarDiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToHashSet();
        var covered = EveryCode.Select(row => (string)row[0]).ToHashSet();
        Assert.Equal(codes.Order(), covered.Order());
    }
}
