using System.Text;
using NodaTime;

namespace Prb.Events.Ical.Tests;

public class IcalendarImporterTests
{
    private static readonly IcalendarImporter Importer = new();

    /// <summary>Outlook's definition of the Warsaw zone under its display name, as it writes it.</summary>
    private const string OutlookWarsaw = """
        BEGIN:VTIMEZONE
        TZID:(UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb
        BEGIN:STANDARD
        DTSTART:16010101T030000
        TZOFFSETFROM:+0200
        TZOFFSETTO:+0100
        RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:16010101T020000
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0200
        RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
        END:DAYLIGHT
        END:VTIMEZONE
        """;

    private static string Calendar(params string[] components) =>
        ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//Test//EN\n" + string.Join("\n", components) + "\nEND:VCALENDAR\n").Replace("\n", "\r\n", StringComparison.Ordinal);

    private static string VEvent(string uid, params string[] properties) =>
        $"BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20111108T120000Z\n{string.Join("\n", properties)}\nEND:VEVENT";

    private static Instant Utc(int year, int month, int day, int hour, int minute) => Instant.FromUtc(year, month, day, hour, minute);

    private static Instant InstantOf(Event e, EventTime time) =>
        EventScheduler.Default.TryResolve(time, DateTimeZoneProviders.Tzdb[e.TimeZoneId], out var resolved, out _)
            ? resolved.ToInstant()
            : throw new InvalidOperationException($"{time} does not resolve in {e.TimeZoneId}");

    [Fact]
    public void Iana_ids_resolve_in_tzdb()
    {
        var result = Importer.Read(Calendar(VEvent("a@x", "DTSTART;TZID=Europe/Warsaw:20111109T100000", "DTEND;TZID=Europe/Warsaw:20111109T143000", "SUMMARY:Konferencja")));
        var e = Assert.Single(result.Events);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("Europe/Warsaw", e.TimeZoneId);
        Assert.Equal(new EventTime(new LocalDateTime(2011, 11, 9, 10, 0)), e.Start);
        Assert.Equal(new EventId("a"), e.Id);
    }

    [Fact]
    public void Windows_ids_resolve_through_the_cldr_mapping()
    {
        var result = Importer.Read(Calendar(VEvent("a@x", "DTSTART;TZID=Central European Standard Time:20110709T100000",
            "DTEND;TZID=Central European Standard Time:20110709T110000", "SUMMARY:Lato")));
        var e = Assert.Single(result.Events);
        Assert.Equal("Europe/Warsaw", e.TimeZoneId);
        Assert.Equal(Utc(2011, 7, 9, 8, 0), InstantOf(e, e.Start));
    }

    [Theory]
    [InlineData("20111109T100000", 2011, 11, 9, 9)]
    [InlineData("20110709T100000", 2011, 7, 9, 8)]
    public void A_zone_defined_only_by_the_files_vtimezone_is_evaluated_by_its_own_rules(string local, int year, int month, int day, int utcHour)
    {
        var text = Calendar(OutlookWarsaw, VEvent("outlook@x", $"DTSTART;TZID=\"(UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb\":{local}",
            $"DTEND;TZID=\"(UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb\":{local[..9]}113000", "SUMMARY:Outlook"));
        var result = Importer.Read(text);

        var e = Assert.Single(result.Events);
        Assert.Equal(Utc(year, month, day, utcHour, 0), InstantOf(e, e.Start));
        Assert.Equal("Europe/Warsaw", e.TimeZoneId);
        var note = Assert.Single(result.Diagnostics);
        Assert.Equal(IcalendarDiagnosticCodes.TimeZoneChosen, note.Code);
        Assert.Equal(DiagnosticSeverity.Info, note.Severity);

        // Ical.Net on its own matches the display name to UTC by substring and gets the instant wrong by an hour or two.
        var ical = global::Ical.Net.Calendar.Load(text)!.Events.Single();
        Assert.NotEqual(Utc(year, month, day, utcHour, 0).ToDateTimeUtc(), ical.DtStart!.AsUtc);
    }

    [Fact]
    public void The_display_name_without_a_vtimezone_is_a_diagnostic_not_a_guess()
    {
        var text = Calendar(
            VEvent("bad@x", "DTSTART;TZID=\"(UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb\":20111109T100000", "SUMMARY:Zła strefa"),
            VEvent("good@x", "DTSTART;TZID=Europe/Warsaw:20111109T100000", "SUMMARY:Dobra"));
        var result = Importer.Read(text);

        Assert.Equal("good", Assert.Single(result.Events).Id.Value);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(IcalendarDiagnosticCodes.UnknownTimeZone, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(DiagnosticLocation.Input(7, 1, "DTSTART"), error.Location);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void A_custom_zone_at_a_fixed_odd_offset_keeps_its_instants()
    {
        var zone = "BEGIN:VTIMEZONE\nTZID:Customized Time Zone\nBEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:+0545\nTZOFFSETTO:+0545\nEND:STANDARD\nEND:VTIMEZONE";
        var result = Importer.Read(Calendar(zone, VEvent("k@x", "DTSTART;TZID=Customized Time Zone:20111109T100000", "DTEND;TZID=Customized Time Zone:20111109T110000")));
        var e = Assert.Single(result.Events);
        Assert.Equal(Utc(2011, 11, 9, 4, 15), InstantOf(e, e.Start));
        Assert.Equal(Utc(2011, 11, 9, 5, 15), InstantOf(e, e.End));
    }

    [Fact]
    public void Floating_times_take_the_calendars_zone_or_the_default()
    {
        var named = Importer.Read(Calendar("X-WR-TIMEZONE:America/New_York", VEvent("f@x", "DTSTART:20111109T100000", "DTEND:20111109T110000")));
        var e = Assert.Single(named.Events);
        Assert.Equal("America/New_York", e.TimeZoneId);
        Assert.Equal(new LocalDateTime(2011, 11, 9, 10, 0), e.Start.Local);
        Assert.Contains(named.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.TimeZoneChosen);

        var unnamed = Importer.Read(Calendar(VEvent("f@x", "DTSTART:20111109T100000")));
        Assert.Equal("Europe/Warsaw", Assert.Single(unnamed.Events).TimeZoneId);
    }

    [Fact]
    public void Utc_times_are_placed_in_the_named_zone_at_the_same_instants()
    {
        var result = Importer.Read(Calendar("X-WR-TIMEZONE:Europe/Warsaw", VEvent("g@x", "DTSTART:20111109T090000Z", "DTEND:20111109T133000Z")));
        var e = Assert.Single(result.Events);
        Assert.Equal("Europe/Warsaw", e.TimeZoneId);
        Assert.Equal(new EventTime(new LocalDateTime(2011, 11, 9, 10, 0)), e.Start);
        Assert.Equal(new EventTime(new LocalDateTime(2011, 11, 9, 14, 30)), e.End);
    }

    [Fact]
    public void All_day_events_get_one_day_per_date()
    {
        var result = Importer.Read(Calendar(VEvent("d@x", "DTSTART;VALUE=DATE:20111109", "DTEND;VALUE=DATE:20111112", "SUMMARY:Targi")));
        var e = Assert.Single(result.Events);
        Assert.Equal(3, e.Days.Count);
        Assert.Equal(new LocalDateTime(2011, 11, 9, 0, 0), e.Days[0].Start.Local);
        Assert.Equal(new LocalDateTime(2011, 11, 12, 0, 0), e.Days[2].End.Local);

        var single = Importer.Read(Calendar(VEvent("d@x", "DTSTART;VALUE=DATE:20111109")));
        Assert.Single(Assert.Single(single.Events).Days);
    }

    [Fact]
    public void All_day_events_are_exported_as_dates_and_come_back()
    {
        var e = Event.CreateBuilder(new EventId("targi"), "Targi książki").InZone("Europe/Warsaw")
            .OnDay(new EventDay(new LocalDateTime(2011, 11, 9, 0, 0), new LocalDateTime(2011, 11, 10, 0, 0)))
            .OnDay(new EventDay(new LocalDateTime(2011, 11, 10, 0, 0), new LocalDateTime(2011, 11, 11, 0, 0)))
            .Build();
        var text = TestSupport.Samples.Exporter().ToText(e);
        Assert.Contains("DTSTART;VALUE=DATE:20111109\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTEND;VALUE=DATE:20111111\r\n", text, StringComparison.Ordinal);
        var back = Assert.Single(Importer.Read(text).Events);
        Assert.Equal(e.Days.Select(d => (d.Start, d.End)), back.Days.Select(d => (d.Start, d.End)));
    }

    [Fact]
    public void Duration_stands_in_for_dtend_with_nominal_days_and_exact_hours()
    {
        // 29 October 2011 12:00 CEST plus one day is 30 October 12:00 CET (a 25-hour day), plus one hour: 13:00.
        var result = Importer.Read(Calendar(VEvent("u@x", "DTSTART;TZID=Europe/Warsaw:20111029T120000", "DURATION:P1DT1H")));
        var e = Assert.Single(result.Events);
        Assert.Equal(new EventTime(new LocalDateTime(2011, 10, 30, 13, 0)), e.End);
    }

    [Fact]
    public void One_bad_component_is_a_diagnostic_and_the_others_are_imported()
    {
        var text = Calendar(
            VEvent("one@x", "DTSTART;TZID=Europe/Warsaw:20111109T100000", "SUMMARY:Pierwsze"),
            VEvent("two@x", "DTSTART:2011-11-09", "SUMMARY:Złe"),
            VEvent("three@x", "DTSTART;TZID=Europe/Warsaw:20111109T120000", "this is not a content line", "GEO:north", "SUMMARY:Trzecie"),
            VEvent("four@x", "SUMMARY:Bez początku"));
        var result = Importer.Read(text);

        Assert.Equal(["one", "three"], result.Events.Select(e => e.Id.Value));
        Assert.Collection(result.Diagnostics,
            d =>
            {
                Assert.Equal(IcalendarDiagnosticCodes.InvalidValue, d.Code);
                Assert.Equal(DiagnosticLocation.Input(13, 1, "DTSTART"), d.Location);
                Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            },
            d =>
            {
                Assert.Equal(IcalendarDiagnosticCodes.MalformedLine, d.Code);
                Assert.Equal(DiagnosticLocation.Input(20, 1, "this is not a content line"), d.Location);
            },
            d =>
            {
                Assert.Equal(IcalendarDiagnosticCodes.InvalidValue, d.Code);
                Assert.Equal(DiagnosticLocation.Input(21, 1, "GEO"), d.Location);
                Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            },
            d =>
            {
                Assert.Equal(IcalendarDiagnosticCodes.MissingProperty, d.Code);
                Assert.Equal(DiagnosticLocation.Input(24, 1, "VEVENT"), d.Location);
            });
    }

    [Fact]
    public void Diagnostics_come_in_order_of_their_line_numbers_whoever_found_them()
    {
        // The malformed line is found while the components are built, before the VEVENT's DTSTART is read.
        var lines = new List<string> { "BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:a@x", "DTSTART:2011-11-09", "END:VEVENT" };
        while (lines.Count < 99)
        {
            lines.Add("X-FILLER:" + lines.Count);
        }

        lines.Add("this is not a content line");
        lines.Add("END:VCALENDAR");

        var result = Importer.Read(string.Join("\r\n", lines) + "\r\n");

        Assert.Equal(
            [DiagnosticLocation.Input(5, 1, "DTSTART"), DiagnosticLocation.Input(100, 1, "this is not a content line")],
            result.Diagnostics.Select(d => d.Location));
    }

    [Fact]
    public void A_file_cut_short_keeps_its_complete_components()
    {
        var text = Calendar(VEvent("one@x", "DTSTART;TZID=Europe/Warsaw:20111109T100000"), "BEGIN:VEVENT\nUID:cut@x\nDTSTART:20111109T100000Z");
        text = text[..text.LastIndexOf("END:VCALENDAR", StringComparison.Ordinal)];
        var result = Importer.Read(text);
        Assert.Equal("one", Assert.Single(result.Events).Id.Value);
        Assert.Contains(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.UnbalancedComponent && d.Location.Equals(DiagnosticLocation.Input(9, 1, "VEVENT")));
        Assert.Contains(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.UnbalancedComponent && d.Location.Equals(DiagnosticLocation.Input(1, 1, "VCALENDAR")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello world")]
    [InlineData("{\"id\": \"prb-2011-11-09-wroclaw\"}")]
    [InlineData("BEGIN:VCARD\r\nEND:VCARD\r\n")]
    public void Input_that_is_not_icalendar_is_a_format_exception(string text)
    {
        Assert.Throws<IcalendarFormatException>(() => Importer.Read(text));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_a_format_exception()
    {
        var bytes = Encoding.Latin1.GetBytes(Calendar(VEvent("a@x", "DTSTART:20111109T100000Z", "SUMMARY:Zażółć")));
        Assert.Throws<IcalendarFormatException>(() => Importer.Read(new MemoryStream(Encoding.Latin1.GetBytes("BEGIN:VCALENDAR\r\nSUMMARY:\u00e9\r\n"))));
        Assert.NotEmpty(bytes);
    }

    [Fact]
    public async Task Input_over_the_size_cap_is_refused()
    {
        var importer = new IcalendarImporter(new IcalendarImportOptions { MaxInputBytes = 200 });
        var text = Calendar(VEvent("a@x", "DTSTART:20111109T100000Z", "DESCRIPTION:" + new string('ł', 200)));
        Assert.Throws<IcalendarFormatException>(() => importer.Read(text));
        Assert.Throws<IcalendarFormatException>(() => importer.Read(new MemoryStream(Encoding.UTF8.GetBytes(text))));
        await Assert.ThrowsAsync<IcalendarFormatException>(() => importer.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text))));
    }

    [Fact]
    public void Streams_with_a_byte_order_mark_and_bare_line_feeds_are_read()
    {
        var text = Calendar(VEvent("a@x", "DTSTART:20111109T100000Z", "SUMMARY:Zażółć gęślą jaźń")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.Preamble.ToArray().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var e = Assert.Single(Importer.Read(new MemoryStream(bytes)).Events);
        Assert.Equal("Zażółć gęślą jaźń", e.Title);
    }

    [Fact]
    public void Recurring_events_are_imported_as_series_with_their_changed_occurrences()
    {
        var result = Importer.Read(Calendar(
            VEvent("r@x", "DTSTART;TZID=Europe/Warsaw:20111109T100000", "RRULE:FREQ=WEEKLY;COUNT=3"),
            VEvent("r@x", "RECURRENCE-ID;TZID=Europe/Warsaw:20111116T100000", "DTSTART;TZID=Europe/Warsaw:20111116T120000")));
        var e = Assert.Single(result.Events);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.RecurrenceNotImported);
        Assert.Equal(new RecurrenceRule(RecurrenceFrequency.Weekly, count: 3).ToString(), e.Series!.Rule.ToString());
        var moved = Assert.Single(e.Series.Overrides);
        Assert.Equal(new LocalDate(2011, 11, 16), moved.OriginalDate);
        Assert.Equal(new LocalDateTime(2011, 11, 16, 12, 0), moved.Start.Local);
    }

    [Fact]
    public void Skipped_local_times_take_the_offset_before_the_gap()
    {
        // 27 March 2011 02:30 does not exist in Warsaw; RFC 5545 reads it at +01:00: 01:30 UTC, 03:30 CEST.
        var result = Importer.Read(Calendar(VEvent("s@x", "DTSTART;TZID=Europe/Warsaw:20110327T023000")));
        var e = Assert.Single(result.Events);
        Assert.Equal(Utc(2011, 3, 27, 1, 30), InstantOf(e, e.Start));
        Assert.Contains(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.SkippedLocalTime && d.Location.Equals(DiagnosticLocation.Input(7, 1, "DTSTART")));
    }

    [Fact]
    public void Related_vevents_become_agenda_items_of_their_event()
    {
        var result = Importer.Read(Calendar(
            VEvent("conf-2011@example.org", "DTSTART;TZID=Europe/Warsaw:20111109T100000", "DTEND;TZID=Europe/Warsaw:20111109T143000", "LOCATION:Rynek 58"),
            VEvent("talk 1@example.org", "RELATED-TO:conf-2011@example.org", "DTSTART:20111109T090000Z", "DTEND:20111109T100000Z",
                "SUMMARY:Wykład", "CATEGORIES:lecture,Główna", "LOCATION:Sala A\\, Rynek 58", "STATUS:CANCELLED", "SEQUENCE:2")));
        var e = Assert.Single(result.Events);
        var item = Assert.Single(e.Agenda);
        Assert.StartsWith("talk-1-", item.Id.Value, StringComparison.Ordinal);
        Assert.Equal(AgendaItemKind.Lecture, item.Kind);
        Assert.Equal("Główna", item.Track);
        Assert.Equal("Sala A", item.Room);
        Assert.Equal(AgendaItemStatus.Cancelled, item.Status);
        Assert.Equal(2, item.Revision);
        Assert.Equal(new EventTime(new LocalDateTime(2011, 11, 9, 10, 0)), item.Start);
    }

    [Fact]
    public void Duplicate_uids_keep_the_first_component()
    {
        var result = Importer.Read(Calendar(
            VEvent("a@x", "DTSTART;TZID=Europe/Warsaw:20111109T100000", "SUMMARY:Pierwsze"),
            VEvent("a@x", "DTSTART;TZID=Europe/Warsaw:20111109T110000", "SUMMARY:Drugie")));
        Assert.Equal("Pierwsze", Assert.Single(result.Events).Title);
        Assert.Contains(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.DuplicateUid);
    }

    [Fact]
    public async Task Sixteen_parallel_imports_match_the_serial_one()
    {
        var text = TestSupport.Samples.Exporter(TestSupport.Samples.WithItems).ToText(TestSupport.Samples.Seed);
        var serial = TestSupport.CalendarView.Of(Importer.Read(text).Events.Single());
        var views = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => TestSupport.CalendarView.Of(Importer.Read(text).Events.Single()))));
        Assert.All(views, view => Assert.Equal(serial, view));
    }

    [Fact]
    public void Control_characters_are_replaced_with_a_warning()
    {
        var result = Importer.Read(Calendar(VEvent("c@x", "DTSTART:20111109T100000Z", "SUMMARY:a\u0001b")));
        Assert.True(result.Events.Count == 1, string.Join("; ", result.Diagnostics));
        Assert.Equal("a\uFFFDb", result.Events[0].Title);
        Assert.Contains(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.TextReplaced);
    }

    [Fact]
    public void Text_is_kept_by_the_rule_of_the_model()
    {
        // The importer replaces what EventText refuses, DEL and the non-characters included, so that every event it
        // reads can be built; the text it keeps is what the model keeps.
        var result = Importer.Read(Calendar(VEvent("c@x", "DTSTART:20111109T100000Z", "SUMMARY:a\u007Fb\uFFFEc\uFFFFd", "DESCRIPTION:zażółć 📚\ttab")));
        Assert.True(result.Events.Count == 1, string.Join("; ", result.Diagnostics));
        Assert.Equal("a\uFFFDb\uFFFDc\uFFFDd", result.Events[0].Title);
        Assert.Equal("zażółć 📚\ttab", result.Events[0].Description);
        Assert.True(EventText.IsValid(result.Events[0].Title));
        Assert.Contains(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.TextReplaced);
    }
}
