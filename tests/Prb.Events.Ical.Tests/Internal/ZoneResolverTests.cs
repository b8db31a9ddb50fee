using NodaTime;

namespace Prb.Events.Ical.Tests.Internal;

/// <summary>
/// How the importer resolves a TZID, through the public importer, one behaviour each: the input's VTIMEZONE first,
/// then tzdb by IANA or Windows id, and for a TZID that names no usable zone, the reason a user is told — the same
/// for every event that uses it (found by mutation testing, see docs/mutation-testing.md).
/// </summary>
public class ZoneResolverTests
{
    private static readonly IcalendarImporter Importer = new();

    private static readonly string TzdbVersion = DateTimeZoneProviders.Tzdb.VersionId;

    private static string Calendar(params string[] components) =>
        ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//Test//EN\n" + string.Join("\n", components) + "\nEND:VCALENDAR\n").Replace("\n", "\r\n", StringComparison.Ordinal);

    private static string VEvent(string uid, params string[] properties) =>
        $"BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20111108T120000Z\n{string.Join("\n", properties)}\nEND:VEVENT";

    /// <summary>A zone of one fixed offset: eight lines.</summary>
    private static string FixedZone(string tzid, string offset) =>
        $"BEGIN:VTIMEZONE\nTZID:{tzid}\nBEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:{offset}\nTZOFFSETTO:{offset}\nEND:STANDARD\nEND:VTIMEZONE";

    /// <summary>Central European time with a rule part added to its STANDARD rule (line 9 of the zone's 16 when the
    /// zone starts the calendar at line 4: line 12).</summary>
    private static string CentralEurope(string tzid, string rulePart) =>
        $"BEGIN:VTIMEZONE\nTZID:{tzid}\nBEGIN:DAYLIGHT\nDTSTART:19810329T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
        + "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nDTSTART:19961027T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\n"
        + $"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU{rulePart}\nEND:STANDARD\nEND:VTIMEZONE";

    private static Instant InstantOf(Event e) =>
        e.Start.Offset is { } offset
            ? e.Start.Local.WithOffset(offset).ToInstant()
            : DateTimeZoneProviders.Tzdb[e.TimeZoneId].ResolveLocal(e.Start.Local, NodaTime.TimeZones.Resolvers.LenientResolver).ToInstant();

    private static List<(string Code, DiagnosticSeverity Severity, int? Line, string? Element, string Message)> Problems(IcalendarImportResult result) =>
        [.. result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => (d.Code, d.Severity, d.Location.Line, d.Location.Element, d.Message))];

    // Definitions of the input

    [Fact]
    public void A_tzid_defined_again_differently_is_reported_at_the_second_definition_naming_the_first()
    {
        var result = Importer.Read(Calendar(FixedZone("Twice", "+0200"), FixedZone("Twice", "+0300"), VEvent("t@x", "DTSTART;TZID=Twice:20111109T100000")));
        Assert.Equal(Instant.FromUtc(2011, 11, 9, 8, 0), InstantOf(Assert.Single(result.Events)));
        Assert.Equal(
            [(IcalendarDiagnosticCodes.ConflictingTimeZoneDefinitions, DiagnosticSeverity.Warning, 12, "VTIMEZONE",
                "the TZID 'Twice' is defined again here, differently from the VTIMEZONE of line 4; the first definition is used.")],
            Problems(result));
    }

    [Fact]
    public void The_same_observances_in_another_order_with_their_properties_in_another_order_are_no_conflict()
    {
        const string again = "BEGIN:VTIMEZONE\nTZID:CE\nBEGIN:STANDARD\nTZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nTZOFFSETFROM:+0200\nDTSTART:19961027T030000\nEND:STANDARD\n"
            + "BEGIN:DAYLIGHT\nDTSTART:19810329T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nEND:VTIMEZONE";
        var result = Importer.Read(Calendar(CentralEurope("CE", string.Empty), again, VEvent("t@x", "DTSTART;TZID=CE:20110709T100000")));
        Assert.Equal(Instant.FromUtc(2011, 7, 9, 8, 0), InstantOf(Assert.Single(result.Events)));
        Assert.Empty(Problems(result));
    }

    [Fact]
    public void Observances_that_differ_in_one_property_are_a_conflict()
    {
        var result = Importer.Read(Calendar(CentralEurope("CE", string.Empty), CentralEurope("CE", ";BYHOUR=3"), VEvent("t@x", "DTSTART;TZID=CE:20110709T100000")));
        Assert.Equal(IcalendarDiagnosticCodes.ConflictingTimeZoneDefinitions, Assert.Single(Problems(result)).Code);
    }

    [Fact]
    public void A_tzid_is_matched_with_the_space_around_it_taken_off_on_both_sides()
    {
        var result = Importer.Read(Calendar(FixedZone(" Plus2 ", "+0200"), VEvent("t@x", "DTSTART;TZID=\" Plus2\":20111109T100000")));
        Assert.Equal(Instant.FromUtc(2011, 11, 9, 8, 0), InstantOf(Assert.Single(result.Events)));
        Assert.Empty(Problems(result));
    }

    [Fact]
    public void The_tzid_of_a_vtimezone_is_matched_unescaped()
    {
        var result = Importer.Read(Calendar(FixedZone("Strefa\\, moja", "+0200"), VEvent("t@x", "DTSTART;TZID=\"Strefa, moja\":20111109T100000")));
        Assert.Equal(Instant.FromUtc(2011, 11, 9, 8, 0), InstantOf(Assert.Single(result.Events)));
        Assert.Empty(Problems(result));
    }

    [Fact]
    public void A_vtimezone_of_the_input_governs_over_tzdb_under_the_same_name()
    {
        var result = Importer.Read(Calendar(FixedZone("Europe/Warsaw", "+0300"), VEvent("t@x", "DTSTART;TZID=Europe/Warsaw:20111109T100000")));
        Assert.Equal(Instant.FromUtc(2011, 11, 9, 7, 0), InstantOf(Assert.Single(result.Events)));
    }

    [Fact]
    public void A_vtimezone_of_daylight_observances_only_governs_over_tzdb_under_the_same_name()
    {
        var daylightOnly = FixedZone("Europe/Warsaw", "+0300").Replace("STANDARD", "DAYLIGHT", StringComparison.Ordinal);
        var result = Importer.Read(Calendar(daylightOnly, VEvent("t@x", "DTSTART;TZID=Europe/Warsaw:20111109T100000")));
        Assert.Equal(Instant.FromUtc(2011, 11, 9, 7, 0), InstantOf(Assert.Single(result.Events)));
    }

    [Fact]
    public void A_vtimezone_without_observances_under_a_tzdb_name_leaves_tzdbs_zone_without_a_word()
    {
        var result = Importer.Read(Calendar("BEGIN:VTIMEZONE\nTZID:Europe/Warsaw\nEND:VTIMEZONE", VEvent("t@x", "DTSTART;TZID=Europe/Warsaw:20110709T100000")));
        Assert.Equal(Instant.FromUtc(2011, 7, 9, 8, 0), InstantOf(Assert.Single(result.Events)));
        Assert.Empty(result.Diagnostics);
    }

    // A VTIMEZONE that cannot be evaluated

    [Fact]
    public void A_vtimezone_that_cannot_be_evaluated_under_a_tzdb_name_gives_way_to_tzdb_with_a_warning_at_the_fault()
    {
        var result = Importer.Read(Calendar(CentralEurope("Europe/Warsaw", ";BYHOUR=5"), VEvent("t@x", "DTSTART;TZID=Europe/Warsaw:20110709T100000")));
        Assert.Equal(Instant.FromUtc(2011, 7, 9, 8, 0), InstantOf(Assert.Single(result.Events)));
        var d = Assert.Single(Problems(result));
        Assert.Equal((IcalendarDiagnosticCodes.TimeZoneDisagreesWithTzdb, DiagnosticSeverity.Warning, 16, "RRULE"), (d.Code, d.Severity, d.Line, d.Element));
        Assert.StartsWith("the VTIMEZONE 'Europe/Warsaw' cannot be evaluated (", d.Message, StringComparison.Ordinal);
        Assert.Contains("BYHOUR", d.Message, StringComparison.Ordinal);
        Assert.EndsWith($"); tzdb {TzdbVersion}'s zone Europe/Warsaw is used for it instead.", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vtimezone_that_cannot_be_evaluated_under_a_windows_name_gives_way_to_the_iana_zone_it_maps_to()
    {
        var result = Importer.Read(Calendar(CentralEurope("Central European Standard Time", ";BYHOUR=5"),
            VEvent("t@x", "DTSTART;TZID=Central European Standard Time:20110709T100000")));
        var e = Assert.Single(result.Events);
        Assert.Equal(("Europe/Warsaw", Instant.FromUtc(2011, 7, 9, 8, 0)), (e.TimeZoneId, InstantOf(e)));
        Assert.EndsWith($"; tzdb {TzdbVersion}'s zone Europe/Warsaw is used for it instead.", Assert.Single(Problems(result)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vtimezone_that_cannot_be_evaluated_under_no_tzdb_name_skips_its_events_naming_the_fault_and_its_line()
    {
        var result = Importer.Read(Calendar(CentralEurope("Lotus", ";BYHOUR=5"),
            VEvent("a@x", "DTSTART;TZID=Lotus:20110709T100000"), VEvent("b@x", "DTSTART;TZID=Lotus:20110710T100000")));
        Assert.Empty(result.Events);
        var problems = Problems(result);
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal((IcalendarDiagnosticCodes.UnsupportedTimeZoneRule, DiagnosticSeverity.Error, "DTSTART"), (p.Code, p.Severity, p.Element)));
        Assert.StartsWith("the VTIMEZONE 'Lotus' of line 4 cannot be evaluated (", problems[0].Message, StringComparison.Ordinal);
        Assert.EndsWith(", line 16); the VEVENT is skipped.", problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(problems[0].Message, problems[1].Message);
    }

    [Fact]
    public void A_vtimezone_without_observances_under_no_tzdb_name_skips_its_events_naming_the_vtimezones_line()
    {
        var result = Importer.Read(Calendar("BEGIN:VTIMEZONE\nTZID:Empty\nEND:VTIMEZONE", VEvent("a@x", "DTSTART;TZID=Empty:20110709T100000")));
        Assert.Empty(result.Events);
        var d = Assert.Single(Problems(result));
        Assert.Equal((IcalendarDiagnosticCodes.UnsupportedTimeZoneRule, DiagnosticSeverity.Error), (d.Code, d.Severity));
        Assert.StartsWith("the VTIMEZONE 'Empty' of line 4 cannot be evaluated (", d.Message, StringComparison.Ordinal);
        Assert.EndsWith(", line 4); the VEVENT is skipped.", d.Message, StringComparison.Ordinal);
    }

    // Names the input does not define

    [Theory]
    [InlineData("Europe/Warsaw", "Europe/Warsaw")]
    [InlineData(" Europe/Warsaw ", "Europe/Warsaw")]
    [InlineData("Central European Standard Time", "Europe/Warsaw")]
    [InlineData("W. Europe Standard Time", "Europe/Berlin")]
    public void An_iana_or_windows_id_resolves_in_tzdb(string tzid, string ianaId)
    {
        var result = Importer.Read(Calendar(VEvent("t@x", $"DTSTART;TZID=\"{tzid}\":20110709T100000")));
        var e = Assert.Single(result.Events);
        Assert.Equal((ianaId, Instant.FromUtc(2011, 7, 9, 8, 0)), (e.TimeZoneId, InstantOf(e)));
        Assert.Empty(Problems(result));
    }

    [Fact]
    public void Every_event_in_an_unknown_zone_is_skipped_with_the_same_reason()
    {
        var result = Importer.Read(Calendar(
            VEvent("a@x", "DTSTART;TZID=Warsaw:20110709T100000"), VEvent("b@x", "DTSTART;TZID=Warsaw:20110710T100000"),
            VEvent("c@x", "DTSTART;TZID=Europe/Warsaw:20110710T100000")));
        Assert.Equal("c", Assert.Single(result.Events).Id.Value);
        var message = $"the TZID 'Warsaw' is not an IANA zone id of tzdb {TzdbVersion}, not a Windows zone id, and no VTIMEZONE of the input defines it; the VEVENT is skipped.";
        Assert.Equal(
            [
                (IcalendarDiagnosticCodes.UnknownTimeZone, DiagnosticSeverity.Error, 7, "DTSTART", message),
                (IcalendarDiagnosticCodes.UnknownTimeZone, DiagnosticSeverity.Error, 12, "DTSTART", message),
            ],
            Problems(result));
    }

    [Fact]
    public void A_known_zone_used_again_is_the_same_zone()
    {
        var result = Importer.Read(Calendar(FixedZone("Plus2", "+0200"),
            VEvent("a@x", "DTSTART;TZID=Plus2:20111109T100000"), VEvent("b@x", "DTSTART;TZID=Plus2:20111110T100000")));
        Assert.Equal([Instant.FromUtc(2011, 11, 9, 8, 0), Instant.FromUtc(2011, 11, 10, 8, 0)], result.Events.Select(InstantOf).Order());
        Assert.Empty(Problems(result));
    }
}
