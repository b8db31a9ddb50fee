using System.Text;
using CsCheck;
using NodaTime;
using Prb.Events.Ical.Tests.TestSupport;

namespace Prb.Events.Ical.Tests;

public class IcalendarExporterTests
{
    private static Event Minimal(string title, Action<EventBuilder>? configure = null)
    {
        var builder = Event.CreateBuilder(new EventId("test-event"), title)
            .InZone("Europe/Warsaw")
            .On(new LocalDate(2011, 11, 9), new LocalTime(10, 0), new LocalTime(14, 30));
        configure?.Invoke(builder);
        return builder.Build();
    }

    private static void AssertByteRules(byte[] octets)
    {
        Assert.False(octets.AsSpan().StartsWith(Encoding.UTF8.Preamble), "the output starts with a byte order mark");
        var strict = new UTF8Encoding(false, true);
        foreach (var line in IcsText.PhysicalLines(octets))
        {
            Assert.True(line.Length <= 75, $"a line has {line.Length} octets: {Encoding.UTF8.GetString(line)}");

            // Each physical line on its own is valid UTF-8: no sequence is split by a fold.
            strict.GetString(line);
            foreach (var b in line)
            {
                Assert.True(b >= 0x20 && b != 0x7F || b == '\t', $"control octet 0x{b:X2} in line {Encoding.UTF8.GetString(line)}");
            }
        }
    }

    [Fact]
    public void Seed_export_keeps_every_byte_rule()
    {
        AssertByteRules(Samples.Exporter(Samples.WithItems).ToUtf8(Samples.Seed));
    }

    [Fact]
    public void Random_exports_keep_every_byte_rule()
    {
        var exporter = Samples.Exporter(new IcalendarExportOptions { IncludeAgendaItems = true, AlarmBeforeStart = Duration.FromMinutes(10) });
        EventGenerators.Event.Sample(e => AssertByteRules(exporter.ToUtf8(e)), iter: 200, threads: 1);
    }

    [Fact]
    public void Emoji_are_never_split_by_a_fold_at_any_position()
    {
        for (var prefix = 0; prefix < 8; prefix++)
        {
            var title = new string('x', prefix) + string.Concat(Enumerable.Repeat("😀👩‍👩‍👧🇵🇱ł", 30));
            var octets = Samples.Exporter().ToUtf8(Minimal(title));
            AssertByteRules(octets);
            var summary = IcsText.ContentLines(octets).Single(l => l.StartsWith("SUMMARY:", StringComparison.Ordinal));
            Assert.Equal("SUMMARY:" + title, summary);
        }
    }

    [Fact]
    public void Text_is_escaped_as_RFC_5545_says()
    {
        var text = Samples.Exporter().ToText(Minimal("a\\b;c,d\ne\r\nf\rg:h\"i\tj"));
        var summary = IcsText.ContentLines(text).Single(l => l.StartsWith("SUMMARY", StringComparison.Ordinal));
        Assert.Equal("SUMMARY:a\\\\b\\;c\\,d\\ne\\nf\\ng:h\"i\tj", summary);
    }

    [Theory]
    [InlineData("Evil\r\nATTENDEE:mailto:evil@example.org")]
    [InlineData("Evil\nATTENDEE:mailto:evil@example.org")]
    [InlineData("Evil\rATTENDEE:mailto:evil@example.org")]
    [InlineData("Ev\"il;ROLE=CHAIR:mailto:evil@example.org")]
    [InlineData("a,b;c:d\\e^f\"g")]
    public void Crafted_organizer_names_and_titles_add_no_line_or_parameter(string crafted)
    {
        var e = Minimal(crafted, b => b
            .OrganizedBy(new Organization(new OrganizationId("org"), crafted, OrganizationKind.Foundation))
            .WithContact(new Person(new PersonId("p"), crafted), ContactRole.Organizer, crafted, null, "ok@example.org")
            .Described(crafted)
            .At(new Venue(crafted)));
        var octets = Samples.Exporter().ToUtf8(e);
        AssertByteRules(octets);
        var lines = IcsText.ContentLines(octets);
        Assert.DoesNotContain(lines, l => l.StartsWith("ATTENDEE", StringComparison.Ordinal));
        var organizer = lines.Single(l => l.StartsWith("ORGANIZER", StringComparison.Ordinal));
        Assert.EndsWith(":mailto:ok@example.org", organizer, StringComparison.Ordinal);

        // Ical.Net reads the file back, and the organizer's name is one CN parameter.
        var calendar = global::Ical.Net.Calendar.Load(Encoding.UTF8.GetString(octets))!;
        var read = Assert.Single(calendar.Events);
        Assert.Equal(new Uri("mailto:ok@example.org"), read.Organizer!.Value);
        Assert.Single(read.Properties["ORGANIZER"]!.Parameters);
        var normalized = crafted.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        Assert.Equal(normalized, read.Summary);
        Assert.Equal(normalized, read.Description);

        // Our importer decodes RFC 6868 and gets the name back exactly.
        var organizerLine = Prb.Events.Ical.Internal.ContentLineReader.Parse(1, organizer, out _)!;
        Assert.Equal(normalized, organizerLine.Parameter("CN"));
    }

    [Theory]
    [InlineData("https://example.org/a\r\nATTENDEE:mailto:evil@example.org", "https://example.org/a%0D%0AATTENDEE:mailto:evil@example.org")]
    [InlineData("https://example.org/a b\"c<d>", "https://example.org/a%20b%22c%3Cd%3E")]
    [InlineData("https://zażółć.pl/ścieżka?q=ł", "https://xn--za-6ja4f8n1l.pl/%C5%9Bcie%C5%BCka?q=%C5%82")]
    public void Urls_are_absolute_ascii_and_cannot_inject_lines(string url, string expected)
    {
        var e = Minimal("x", b => b.WithUrl(new Uri(url)));
        var octets = Samples.Exporter().ToUtf8(e);
        AssertByteRules(octets);
        var lines = IcsText.ContentLines(octets);
        Assert.DoesNotContain(lines, l => l.StartsWith("ATTENDEE", StringComparison.Ordinal));
        Assert.Equal("URL:" + expected, lines.Single(l => l.StartsWith("URL", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_url_with_an_international_host_and_no_slashes_keeps_its_scheme_delimiter()
    {
        // This was written "mailto://kto%C5%9B@…", which names a host instead of an address; the schedules wrote it
        // right, and both now write what WebAddress.ToAscii gives.
        var e = Minimal("x", b => b.WithUrl(new Uri("mailto:ktoś@zażółć.pl")));
        var lines = IcsText.ContentLines(Samples.Exporter().ToUtf8(e));
        Assert.Equal("URL:mailto:kto%C5%9B@xn--za-6ja4f8n1l.pl", lines.Single(l => l.StartsWith("URL", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("https://zażółć.example\u00A0/")]
    [InlineData("https://-ź/")]
    public void A_url_whose_host_has_no_ascii_form_is_left_out(string url)
    {
        // Written before as a percent-encoded host ("https://xn--za-6ja4f8n1l.example%20/"), which is no URL.
        var e = Minimal("x", b => b.WithUrl(new Uri(url)));
        var octets = Samples.Exporter().ToUtf8(e);
        AssertByteRules(octets);
        Assert.DoesNotContain(IcsText.ContentLines(octets), l => l.StartsWith("URL", StringComparison.Ordinal));
    }

    [Fact]
    public void Idn_hosts_are_written_in_their_ascii_form()
    {
        Assert.Equal("xn--za-6ja4f8n1l.pl", new System.Globalization.IdnMapping().GetAscii("zażółć.pl"));
    }

    [Fact]
    public void Same_input_and_clock_give_the_same_bytes()
    {
        var first = Samples.Exporter(Samples.WithItems).ToUtf8(Samples.Seed);
        var second = new IcalendarExporter(Samples.Clock(), Samples.WithItems).ToUtf8(Samples.Seed);
        Assert.Equal(first, second);

        var later = new NodaTime.Testing.FakeClock(Samples.Now + Duration.FromHours(1));
        var third = new IcalendarExporter(later, Samples.WithItems).ToText(Samples.Seed);
        Assert.Contains("DTSTAMP:20111108T130000Z", third, StringComparison.Ordinal);
        Assert.DoesNotContain("DTSTAMP:20111108T120000Z", third, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sixteen_parallel_exports_match_the_serial_ones()
    {
        var exporter = Samples.Exporter(Samples.WithItems);
        var random = EventGenerators.Event.Array[16].Single();
        var inputs = random.Select((e, i) => i % 2 == 0 ? Samples.Seed : e).ToArray();
        var serial = inputs.Select(exporter.ToUtf8).ToArray();
        var streams = new MemoryStream[16];
        var barrier = new Barrier(16);
        var tasks = Enumerable.Range(0, 16).Select(i => Task.Factory.StartNew(() =>
        {
            barrier.SignalAndWait();
            var stream = new MemoryStream();
            exporter.Write(inputs[i], stream);
            streams[i] = stream;
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        await Task.WhenAll(tasks);
        for (var i = 0; i < 16; i++)
        {
            Assert.Equal(serial[i], streams[i].ToArray());
        }
    }

    [Fact]
    public async Task Stream_string_and_async_forms_write_the_same_bytes()
    {
        var exporter = Samples.Exporter(Samples.WithItems);
        var bytes = exporter.ToUtf8(Samples.Seed);
        using var stream = new MemoryStream();
        exporter.Write(Samples.Seed, stream);
        Assert.Equal(bytes, stream.ToArray());
        using var asyncStream = new MemoryStream();
        await exporter.WriteAsync(Samples.Seed, asyncStream);
        Assert.Equal(bytes, asyncStream.ToArray());
        Assert.Equal(Encoding.UTF8.GetString(bytes), exporter.ToText(Samples.Seed));
    }

    [Fact]
    public void Event_has_every_property_the_issue_names()
    {
        var lines = IcsText.ContentLines(Samples.Exporter(Samples.WithItems).ToUtf8(Samples.Seed));
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains("PRODID:" + IcalendarExportOptions.DefaultProductId, lines);
        Assert.Contains("METHOD:PUBLISH", lines);
        Assert.Contains("UID:prb-2011-11-09-wroclaw@events.prb.example", lines);
        Assert.Contains("DTSTAMP:20111108T120000Z", lines);
        Assert.Contains("DTSTART;TZID=Europe/Warsaw:20111109T100000", lines);
        Assert.Contains("DTEND;TZID=Europe/Warsaw:20111109T143000", lines);
        Assert.Contains("SUMMARY:Biblioteki w partnerstwach lokalnych – dobre praktyki. II Konferencja Regionalna PRB", lines);
        Assert.Contains(lines, l => l.StartsWith("DESCRIPTION:Dolnośląska Biblioteka Publiczna", StringComparison.Ordinal));
        Assert.Contains("LOCATION:Dolnośląska Biblioteka Publiczna im. Tadeusza Mikulskiego we Wrocławiu\\, Rynek 58\\, 50-116 Wrocław", lines);
        Assert.Contains("GEO:51.1099;17.0317", lines);
        Assert.Contains("ORGANIZER;CN=Dolnośląska Biblioteka Publiczna im. Tadeusza Mikulskiego we Wrocławiu:mailto:bjasiak@wbp.wroc.pl", lines);
        Assert.Contains("CONTACT:Beata Jasiak\\, koordynator regionalny\\, tel. 71 33 52 237\\, bjasiak@wbp.wroc.pl", lines);
        Assert.Contains("CATEGORIES:conference,Program Rozwoju Bibliotek,partnerstwa lokalne,dobre praktyki,Dolny Śląsk", lines);
        Assert.Contains("STATUS:CONFIRMED", lines);
        Assert.Contains("SEQUENCE:0", lines);
        Assert.Contains("CATEGORIES:coffee-break", lines);
        Assert.Contains("UID:prb-2011-11-09-wroclaw+przerwa-kawowa@events.prb.example", lines);
        Assert.Equal(5, lines.Count(l => l == "RELATED-TO:prb-2011-11-09-wroclaw@events.prb.example"));
        Assert.Equal(6, lines.Count(l => l == "BEGIN:VEVENT"));
    }

    [Fact]
    public void A_2011_event_gets_the_2011_rules_of_its_zone()
    {
        var lines = IcsText.ContentLines(Samples.Exporter().ToUtf8(Samples.Seed));
        var timezone = lines.SkipWhile(l => l != "BEGIN:VTIMEZONE").TakeWhile(l => l != "END:VTIMEZONE").ToList();
        Assert.Contains("TZID:Europe/Warsaw", timezone);
        Assert.Contains("DTSTART:20111030T030000", timezone);
        Assert.Contains("TZOFFSETFROM:+0200", timezone);
        Assert.Contains("TZOFFSETTO:+0100", timezone);
    }

    [Fact]
    public void Without_items_only_the_event_is_written()
    {
        var lines = IcsText.ContentLines(Samples.Exporter().ToUtf8(Samples.Seed));
        Assert.Single(lines, "BEGIN:VEVENT");
        Assert.DoesNotContain(lines, l => l.StartsWith("RELATED-TO", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("NAME", StringComparison.Ordinal));
    }

    [Fact]
    public void A_single_item_has_the_same_uid_as_in_the_full_export_and_relates_to_its_event()
    {
        var exporter = Samples.Exporter(Samples.WithItems);
        var lines = IcsText.ContentLines(exporter.ItemToUtf8(Samples.Seed, new AgendaItemId("przerwa-kawowa")));
        Assert.Single(lines, "BEGIN:VEVENT");
        Assert.Contains("UID:prb-2011-11-09-wroclaw+przerwa-kawowa@events.prb.example", lines);
        Assert.Contains("RELATED-TO:prb-2011-11-09-wroclaw@events.prb.example", lines);
        Assert.Contains("DTSTART;TZID=Europe/Warsaw:20111109T113000", lines);
        Assert.Contains("DTEND;TZID=Europe/Warsaw:20111109T120000", lines);
        Assert.Contains("BEGIN:VTIMEZONE", lines);

        var full = IcsText.ContentLines(exporter.ToUtf8(Samples.Seed));
        var inFull = full.SkipWhile(l => l != "UID:prb-2011-11-09-wroclaw+przerwa-kawowa@events.prb.example").TakeWhile(l => l != "END:VEVENT");
        var alone = lines.SkipWhile(l => l != "UID:prb-2011-11-09-wroclaw+przerwa-kawowa@events.prb.example").TakeWhile(l => l != "END:VEVENT");
        Assert.Equal(inFull, alone);

        var e = Assert.Throws<ArgumentException>(() => exporter.ItemToUtf8(Samples.Seed, new AgendaItemId("no-such-item")));
        Assert.Equal("itemId", e.ParamName);
    }

    [Fact]
    public void A_feed_has_its_name_refresh_interval_and_every_event()
    {
        var exporter = Samples.Exporter(new IcalendarExportOptions { FeedName = "PRB; Dolny Śląsk", RefreshInterval = Duration.FromHours(6) });
        var other = Samples.Seed.ToBuilder().InZone("America/New_York").Build();
        var second = Event.CreateBuilder(new EventId("second"), "Drugie").InZone("Europe/Warsaw").On(new LocalDate(2027, 7, 1), new LocalTime(9, 0), new LocalTime(10, 0)).Build();
        var lines = IcsText.ContentLines(exporter.FeedToUtf8([Samples.Seed, second, other]));
        Assert.Contains("NAME:PRB\\; Dolny Śląsk", lines);
        Assert.Contains("X-WR-CALNAME:PRB\\; Dolny Śląsk", lines);
        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT6H", lines);
        Assert.Contains("X-PUBLISHED-TTL:PT6H", lines);
        Assert.Equal(3, lines.Count(l => l == "BEGIN:VEVENT"));
        Assert.Equal(["TZID:America/New_York", "TZID:Europe/Warsaw"], lines.Where(l => l.StartsWith("TZID:", StringComparison.Ordinal)));

        // The Warsaw VTIMEZONE covers 2011 and 2027.
        Assert.Contains("DTSTART:20111030T030000", lines);
        Assert.Contains("DTSTART:20270328T020000", lines);
    }

    [Fact]
    public void Cancelled_and_rescheduled_items_show_their_status_and_revision()
    {
        var items = Samples.Seed.Agenda.ToArray();
        items[2] = items[2].Reschedule(new LocalDateTime(2011, 11, 9, 11, 45), new LocalDateTime(2011, 11, 9, 12, 15));
        items[4] = items[4].Cancel();
        var changed = Samples.WithAgenda(Samples.Seed, items, 1);
        var lines = IcsText.ContentLines(Samples.Exporter(Samples.WithItems).ToUtf8(changed));
        var coffee = Block(lines, "UID:prb-2011-11-09-wroclaw+przerwa-kawowa@events.prb.example");
        Assert.Contains("DTSTART;TZID=Europe/Warsaw:20111109T114500", coffee);
        Assert.Contains("SEQUENCE:1", coffee);
        Assert.Contains("STATUS:CONFIRMED", coffee);
        var concert = Block(lines, "UID:prb-2011-11-09-wroclaw+koncert-jazzowy@events.prb.example");
        Assert.Contains("STATUS:CANCELLED", concert);
        Assert.Contains("SEQUENCE:1", concert);
    }

    [Fact]
    public void A_cancelled_event_cancels_its_items_and_rings_no_alarm()
    {
        var cancelled = Samples.Seed.ToBuilder().WithStatus(EventStatus.Cancelled).AtRevision(1).Build();
        var exporter = Samples.Exporter(new IcalendarExportOptions { IncludeAgendaItems = true, UidDomain = "events.prb.example", AlarmBeforeStart = Duration.FromMinutes(15) });
        var lines = IcsText.ContentLines(exporter.ToUtf8(cancelled));
        Assert.Equal(6, lines.Count(l => l == "STATUS:CANCELLED"));
        Assert.DoesNotContain("BEGIN:VALARM", lines);
        Assert.Equal(6, IcsText.ContentLines(exporter.ToUtf8(Samples.Seed)).Count(l => l == "TRIGGER:-PT15M"));
    }

    [Fact]
    public void The_second_occurrence_of_an_ambiguous_time_is_written_in_utc()
    {
        // Clocks go back from 03:00 CEST to 02:00 CET on 31 October 2027: 02:30 happens twice.
        var e = Event.CreateBuilder(new EventId("night"), "Noc bibliotek").InZone("Europe/Warsaw")
            .OnDay(new EventDay(new EventTime(new LocalDateTime(2027, 10, 31, 2, 30), Offset.FromHours(1)), new LocalDateTime(2027, 10, 31, 4, 0)))
            .Build();
        var lines = IcsText.ContentLines(Samples.Exporter().ToUtf8(e));
        Assert.Contains("DTSTART:20271031T013000Z", lines);
        Assert.Contains("DTEND;TZID=Europe/Warsaw:20271031T040000", lines);
    }

    [Fact]
    public async Task A_null_event_is_refused_naming_the_parameter_event()
    {
        var exporter = Samples.Exporter();
        var item = new AgendaItemId("a");
        Action[] calls =
        [
            () => exporter.Write(null!, Stream.Null), () => exporter.WriteItem(null!, item, Stream.Null),
            () => exporter.ToUtf8(null!), () => exporter.ToText(null!), () => exporter.ItemToUtf8(null!, item), () => exporter.ItemToText(null!, item),
        ];
        Func<Task>[] asyncCalls =
        [
            () => exporter.WriteAsync(null!, Stream.Null), () => exporter.WriteItemAsync(null!, item, Stream.Null),
            () => exporter.WriteAsync(null!, NodaTime.Instant.FromUtc(2027, 1, 1, 0, 0), Stream.Null),
            () => exporter.WriteItemAsync(null!, item, NodaTime.Instant.FromUtc(2027, 1, 1, 0, 0), Stream.Null),
        ];

        Assert.All(calls, call => Assert.Equal("event", Assert.Throws<ArgumentNullException>(call).ParamName));
        foreach (var call in asyncCalls)
        {
            Assert.Equal("event", (await Assert.ThrowsAsync<ArgumentNullException>(call)).ParamName);
        }
    }

    [Fact]
    public void An_unknown_zone_is_an_argument_error_naming_the_event()
    {
        var e = Minimal("x", b => b.InZone("Mars/Olympus_Mons"));
        var error = Assert.Throws<ArgumentException>(() => Samples.Exporter().ToUtf8(e));
        Assert.Equal("event", error.ParamName);
        Assert.Contains("Mars/Olympus_Mons", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_reject_bad_values_naming_the_option()
    {
        Assert.Equal("UidDomain", Assert.Throws<ArgumentException>(() => new IcalendarExportOptions { UidDomain = "bad domain" }).ParamName);
        Assert.Equal("AlarmBeforeStart", Assert.Throws<ArgumentOutOfRangeException>(() => new IcalendarExportOptions { AlarmBeforeStart = Duration.FromMinutes(-1) }).ParamName);
        Assert.Equal("ProductId", Assert.Throws<ArgumentException>(() => new IcalendarExportOptions { ProductId = "a\r\nb" }).ParamName);
        Assert.Equal("FeedName", Assert.Throws<ArgumentException>(() => new IcalendarExportOptions { FeedName = "a\nb" }).ParamName);
        Assert.Equal("RefreshInterval", Assert.Throws<ArgumentOutOfRangeException>(() => new IcalendarExportOptions { RefreshInterval = Duration.Zero }).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => new IcalendarExporter(null!)).ParamName);
    }

    private static List<string> Block(List<string> lines, string uidLine) =>
        lines.SkipWhile(l => l != uidLine).TakeWhile(l => l != "END:VEVENT").ToList();
}
