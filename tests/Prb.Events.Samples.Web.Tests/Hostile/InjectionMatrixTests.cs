using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Prb.Events.Hosting;
using Prb.Events.Schedules;
using Prb.Events.Ical;
using Xunit.Abstractions;

namespace Prb.Events.Samples.Web.Tests.Hostile;

/// <summary>
/// The injection matrix: every text field of an event × every hostile string, written as the JSON document, as
/// iCalendar (the event with its agenda, one item, a feed), as schedule.xml and schedule.json, and as the sample site's
/// page with its JSON-LD. Each output is read back by its own standard parser — System.Text.Json, Ical.Net and our
/// importer, XDocument with the c3voc XSD, AngleSharp — and must give back every text intact in its own place, with the
/// structure unchanged: the same components, elements, properties and scripts as for plain text.
/// </summary>
public sealed class InjectionMatrixTests(WebApplicationFactory<Program> factory, ITestOutputHelper output) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string SiteTitle = "Wydarzenia bibliotek";
    private static readonly HtmlParser Parser = new();
    private static readonly IcalendarExporter Ics = new(new FixedClock(Instant.FromUtc(2011, 11, 8, 12, 0)),
        new IcalendarExportOptions { IncludeAgendaItems = true, AlarmBeforeStart = Duration.FromMinutes(15), UidDomain = "events.prb.invalid" });

    private static readonly HashSet<string> EventProperties = new(StringComparer.Ordinal)
    {
        "UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "LOCATION", "GEO", "URL", "ORGANIZER", "CONTACT", "CATEGORIES", "STATUS",
        "SEQUENCE", "LAST-MODIFIED", "RELATED-TO",
    };

    private static readonly HashSet<string> ScheduleElements = new(StringComparer.Ordinal)
    {
        "schedule", "generator", "version", "conference", "acronym", "title", "start", "end", "days", "timeslot_duration", "time_zone_name", "url",
        "track", "day", "room", "event", "date", "duration", "subtitle", "type", "language", "abstract", "persons", "person",
    };

    [Fact]
    public void Refused_strings_are_refused_by_the_constructor_naming_the_parameter()
    {
        var failures = new List<string>();
        foreach (var field in InjectionEvent.Fields)
        {
            foreach (var (name, value) in HostileStrings.Refused)
            {
                var thrown = Record.Exception(() => InjectionEvent.Build("refused", field, value));
                if (thrown is not ArgumentException { ParamName: var parameter } || parameter != field.Parameter)
                {
                    failures.Add($"{field} with {name}: {thrown?.GetType().Name ?? "nothing thrown"} ({(thrown as ArgumentException)?.ParamName})");
                }
            }
        }

        output.WriteLine($"{InjectionEvent.Fields.Length} fields × {HostileStrings.Refused.Length} refused strings = {InjectionEvent.Fields.Length * HostileStrings.Refused.Length} constructions refused");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Every_text_field_with_every_hostile_string_comes_back_intact_from_every_format_and_the_page()
    {
        var cases = new List<(TextField Field, string Name, string Value, Event Event)>();
        foreach (var field in InjectionEvent.Fields)
        {
            foreach (var (name, value) in HostileStrings.Accepted)
            {
                var e = InjectionEvent.Build($"h{cases.Count}", field, value);
                Assert.Equal(value, InjectionEvent.Get(e, field));
                cases.Add((field, name, value, e));
            }
        }

        var baseline = InjectionEvent.Build("baseline", null, null);
        var catalog = new InMemoryEventCatalog([baseline, .. cases.Select(c => c.Event)], Instant.FromUtc(2011, 11, 1, 0, 0));
        using var client = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IEventCatalog>(catalog))).CreateClient();
        var baselinePage = await Page(client, baseline);
        var baselineShape = Shape(baselinePage);
        var baselineJsonPaths = JsonPaths(EventDocumentSerializer.WriteUtf8(baseline));
        Assert.Equal(2, baselinePage.QuerySelectorAll("script").Length);

        var failures = new ConcurrentQueue<string>();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (c, _) =>
        {
            void Check(string format, Action check)
            {
                try
                {
                    check();
                }
                catch (Exception e) when (e is Xunit.Sdk.XunitException or InvalidOperationException or ArgumentException or FormatException or JsonException
                    or System.Xml.XmlException or EventDocumentException or IcalendarFormatException or NullReferenceException)
                {
                    var at = e is Xunit.Sdk.XunitException ? string.Empty : " at " + e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Prb.Events", StringComparison.Ordinal))?.Trim();
                    failures.Enqueue($"{c.Field} × {c.Name} in {format}: {e.GetType().Name}: {e.Message}{at}");
                }
            }

            Check("the JSON document", () => CheckJson(c.Event, c.Field, c.Value, baselineJsonPaths));
            Check("iCalendar", () => CheckIcalendar(c.Event));
            Check("schedule.xml", () => CheckScheduleXml(c.Event));
            Check("schedule.json", () => CheckScheduleJson(c.Event));
            var page = await Page(client, c.Event);
            Check("the page", () => CheckPage(c.Event, page, baselineShape));
        });

        output.WriteLine($"{InjectionEvent.Fields.Length} fields × {HostileStrings.Accepted.Length} hostile strings = {cases.Count} events, " +
            $"each written in 4 formats (iCalendar three ways) and as a page, read back by 6 parsers, in {watch.Elapsed.TotalSeconds:0.0} s; {failures.Count} failures");
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(60)));
    }

    /// <summary>The text iCalendar can carry for a text: TEXT values have one kind of line break, written \n.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    private static string? Ical(string? text) => text?.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static void CheckJson(Event e, TextField field, string value, IReadOnlyList<string> baselinePaths)
    {
        var octets = EventDocumentSerializer.WriteUtf8(e);
        var back = EventDocumentSerializer.Read(octets);
        Assert.Equal(value, InjectionEvent.Get(back, field));
        Assert.Equal(octets, EventDocumentSerializer.WriteUtf8(back));
        Assert.Equal(baselinePaths, JsonPaths(octets));
    }

    private static void CheckIcalendar(Event e)
    {
        var octets = Ics.ToUtf8(e);
        CheckContentLines(octets);
        var text = Encoding.UTF8.GetString(octets);
        var calendar = global::Ical.Net.Calendar.Load(text)!;
        Assert.Single(calendar.TimeZones);
        Assert.Equal(1 + e.Agenda.Count, calendar.Events.Count);

        var properties = PropertiesByUid(text);
        Assert.Equal(1 + e.Agenda.Count, properties.Count);
        var main = calendar.Events.Single(v => !v.Uid!.Contains('+', StringComparison.Ordinal));
        CheckProperties(properties[main.Uid!], contacts: e.Contacts.Count);
        Assert.Equal(Ical(e.FullTitle), main.Summary);
        Assert.Equal(Ical(e.Description), main.Description);
        Assert.Equal(Ical(e.Venue!.ToString()), main.Location);
        Assert.Equal(e.Tags.Select(Ical), main.Categories.Skip(1));
        var contact = e.Contacts[0];
        var person = e.FindPerson(contact.PersonId)!;
        Assert.Equal(Ical(string.Join(", ", person.DisplayName, contact.RoleTitle, "tel. " + contact.Phone, contact.Email)), Assert.Single(main.Contacts));
        if (main.Organizer is { } organizer)
        {
            Assert.Equal(Ical(e.FindOrganizationName(e.OrganizerIds[0])), DecodeRfc6868(organizer.CommonName));
        }

        Assert.Equal(Ical(e.FullTitle), Assert.Single(main.Alarms).Description);
        foreach (var item in e.Agenda)
        {
            var vevent = calendar.Events.Single(v => v.Uid!.StartsWith($"{e.Id.Value}+{item.Id.Value}@", StringComparison.Ordinal));
            CheckProperties(properties[vevent.Uid!], contacts: 0);
            Assert.Equal(Ical(item.Title), vevent.Summary);
            Assert.Equal(Ical(item.Description), vevent.Description);
            Assert.Equal(Ical(item.Room is null ? e.Venue.ToString() : item.Room + ", " + e.Venue), vevent.Location);
            Assert.Equal(item.Track is null ? [] : [Ical(item.Track)], vevent.Categories.Skip(1));
            Assert.Equal(Ical(item.Title), Assert.Single(vevent.Alarms).Description);
        }

        // Our own importer gets back what iCalendar can carry.
        var imported = new IcalendarImporter().Read(text);
        Assert.False(imported.HasErrors, string.Join("; ", imported.Diagnostics));
        var back = Assert.Single(imported.Events);
        Assert.Equal(Ical(e.FullTitle), back.Title);
        Assert.Equal(Ical(e.Description), back.Description);
        Assert.Equal(Ical(e.Venue.ToString()), back.Venue?.Name);
        Assert.Equal(e.Tags.Select(Ical), back.Tags);
        Assert.Equal(e.Agenda.Select(i => (Ical(i.Title), Ical(i.Description), Ical(i.Room), Ical(i.Track))).ToList(),
            back.Agenda.Select(i => (i.Title, i.Description, i.Room, i.Track)));

        // One agenda item on its own, and the feed.
        var item0 = e.Agenda[0];
        var single = global::Ical.Net.Calendar.Load(Encoding.UTF8.GetString(Ics.ItemToUtf8(e, item0.Id)))!.Events.Single();
        Assert.Equal(Ical(item0.Title), single.Summary);
        Assert.Equal(Ical(item0.Description), single.Description);
        var feed = Ics.FeedToUtf8([e]);
        CheckContentLines(feed);
        Assert.Equal(1 + e.Agenda.Count, global::Ical.Net.Calendar.Load(Encoding.UTF8.GetString(feed))!.Events.Count);
    }

    /// <summary>CRLF only, and no line longer than 75 octets.</summary>
    private static void CheckContentLines(byte[] octets)
    {
        var start = 0;
        for (var i = 0; i < octets.Length; i++)
        {
            if (octets[i] == '\r')
            {
                Assert.True(i + 1 < octets.Length && octets[i + 1] == '\n', $"a bare CR at octet {i}");
                Assert.True(i - start <= 75, $"a line of {i - start} octets");
                start = i + 2;
                i++;
            }
            else
            {
                Assert.True(octets[i] != '\n', $"a bare LF at octet {i}");
            }
        }

        Assert.Equal(octets.Length, start);
    }

    /// <summary>The unfolded content lines of every VEVENT (its VALARM's lines apart), by UID: what a breakout would add to.</summary>
    private static Dictionary<string, List<string>> PropertiesByUid(string text)
    {
        var lines = new List<string>();
        foreach (var physical in text.Split("\r\n"))
        {
            if (physical.StartsWith(' '))
            {
                lines[^1] += physical[1..];
            }
            else if (physical.Length > 0)
            {
                lines.Add(physical);
            }
        }

        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        var depth = 0;
        foreach (var line in lines)
        {
            var name = line[..line.IndexOfAny([':', ';'])];
            if (line == "BEGIN:VEVENT")
            {
                current = [];
                depth = 0;
            }
            else if (line == "END:VEVENT" && current is not null)
            {
                result.Add(current.Single(l => l.StartsWith("UID:", StringComparison.Ordinal))[4..], current);
                current = null;
            }
            else if (current is not null && name is "BEGIN" or "END")
            {
                depth += name == "BEGIN" ? 1 : -1;
            }
            else if (current is not null && depth == 0)
            {
                current.Add(line);
            }
        }

        return result;
    }

    /// <summary>Each property once (CONTACT once per contact), and only the properties the exporter writes.</summary>
    private static void CheckProperties(List<string> lines, int contacts)
    {
        var names = lines.Select(l => l[..l.IndexOfAny([':', ';'])]).ToList();
        Assert.All(names, name => Assert.Contains(name, EventProperties));
        Assert.All(names.Where(n => n != "CONTACT").GroupBy(n => n), g => Assert.Single(g));
        Assert.Equal(contacts, names.Count(n => n == "CONTACT"));
    }

    /// <summary>Decodes RFC 6868 (<c>^n</c> a line break, <c>^'</c> a quote, <c>^^</c> a caret), which Ical.Net leaves to its caller.</summary>
    private static string? DecodeRfc6868(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var decoded = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '^' && i + 1 < value.Length && value[i + 1] is 'n' or 'N' or '\'' or '^')
            {
                decoded.Append(value[++i] switch { '\'' => '"', '^' => '^', _ => '\n' });
            }
            else
            {
                decoded.Append(value[i]);
            }
        }

        return decoded.ToString();
    }

    private static void CheckScheduleXml(Event e)
    {
        using var buffer = new MemoryStream();
        ScheduleXmlExportFormat.Instance.Write(e, buffer);
        var octets = buffer.ToArray();
        Assert.Empty(C3vocXsd.Validate(octets));

        var xml = XDocument.Load(new MemoryStream(octets));
        Assert.All(xml.Descendants(), element => Assert.Contains(element.Name.LocalName, ScheduleElements));
        var conference = xml.Root!.Element("conference")!;
        Assert.Equal(e.FullTitle, conference.Element("title")!.Value);
        Assert.Equal(Tracks(e), conference.Elements("track").Select(t => t.Attribute("name")!.Value));
        var items = xml.Descendants("event").Select(x => (
            Title: x.Element("title")!.Value,
            Abstract: x.Element("abstract")!.Value,
            Room: x.Element("room")!.Value,
            Track: x.Element("track")!.Value,
            Persons: string.Join("|", x.Element("persons")!.Elements("person").Select(p => p.Value))));
        Assert.Equal(ScheduleItems(e), items.Order());
        Assert.All(xml.Descendants("room").Where(r => r.Parent!.Name == "day"), room =>
            Assert.All(room.Elements("event"), x => Assert.Equal(room.Attribute("name")!.Value, x.Element("room")!.Value)));
    }

    private static void CheckScheduleJson(Event e)
    {
        using var buffer = new MemoryStream();
        ScheduleJsonExportFormat.Instance.Write(e, buffer);
        using var json = JsonDocument.Parse(buffer.ToArray());
        var conference = json.RootElement.GetProperty("schedule").GetProperty("conference");
        Assert.Equal(e.FullTitle, conference.GetProperty("title").GetString());
        Assert.Equal(e.Description, conference.GetProperty("description").GetString());
        Assert.Equal(e.Tags, conference.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(Tracks(e), conference.GetProperty("tracks").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        var items = new List<(string, string, string, string, string)>();
        foreach (var day in conference.GetProperty("days").EnumerateArray())
        {
            foreach (var room in day.GetProperty("rooms").EnumerateObject())
            {
                foreach (var x in room.Value.EnumerateArray())
                {
                    Assert.Equal(room.Name, x.GetProperty("room").GetString());
                    items.Add((
                        x.GetProperty("title").GetString()!,
                        x.GetProperty("abstract").GetString()!,
                        x.GetProperty("room").GetString()!,
                        x.GetProperty("track").GetString()!,
                        string.Join("|", x.GetProperty("persons").EnumerateArray().Select(p => p.GetProperty("public_name").GetString()))));
                }
            }
        }

        Assert.Equal(ScheduleItems(e), items.Order());
    }

    /// <summary>The items as the schedule formats document them: a blank room is the venue's, a blank track the main one.</summary>
    private static IEnumerable<(string, string, string, string, string)> ScheduleItems(Event e) => e.Agenda
        .Select(i => (
            i.Title,
            i.Description ?? string.Empty,
            string.IsNullOrWhiteSpace(i.Room) ? e.Venue!.Name : i.Room,
            TrackOf(e, i),
            string.Join("|", i.Speakers.Select(s => e.FindPerson(s)!.DisplayName))))
        .Order();

    private static IEnumerable<string> Tracks(Event e) => e.Agenda.Select(i => TrackOf(e, i)).Distinct(StringComparer.Ordinal);

    /// <summary>The item's track; without one, the main track the schedule formats put it on (docs/schedule-export.md).</summary>
    private static string TrackOf(Event e, AgendaItem item) =>
        !string.IsNullOrWhiteSpace(item.Track) ? item.Track
        : e.Language.StartsWith("pl", StringComparison.OrdinalIgnoreCase) ? "Program główny" : "Main track";

    private static async Task<IDocument> Page(HttpClient client, Event e) =>
        await Parser.ParseDocumentAsync(await client.GetStringAsync($"/wydarzenia/{Uri.EscapeDataString(e.Slug.Value)}"));

    private static void CheckPage(Event e, IDocument page, IReadOnlyDictionary<string, int> baselineShape)
    {
        Assert.Equal(baselineShape, Shape(page));
        Assert.Equal($"{e.FullTitle} — {SiteTitle}", page.QuerySelector("title")!.TextContent);
        var h1 = page.QuerySelector("h1")!;
        Assert.Equal(e.Title, h1.ChildNodes[0].TextContent);
        Assert.Equal(e.Edition, h1.QuerySelector(".edition")!.TextContent);

        var facts = page.QuerySelectorAll("dl.facts dd").ToList();
        Assert.Equal(e.FindOrganizationName(e.OrganizerIds[0]), facts[0].TextContent);
        Assert.Equal(e.Venue!.ToString(), facts[1].TextContent);
        var contact = e.Contacts[0];
        Assert.StartsWith($"{e.FindPerson(contact.PersonId)!.DisplayName}, {contact.RoleTitle}, ", facts[2].TextContent, StringComparison.Ordinal);
        Assert.Equal(contact.Phone, facts[2].QuerySelector("a[href^='tel:']")!.TextContent);
        var mail = facts[2].QuerySelector("a[href^='mailto:']")!;
        Assert.Equal(contact.Email, mail.TextContent);
        Assert.Equal("mailto:" + contact.Email, mail.GetAttribute("href"));

        Assert.Equal(e.Description!.ReplaceLineEndings(string.Empty), page.QuerySelector("section[aria-labelledby='about'] p")!.TextContent);
        Assert.Equal(e.Assumptions[0].Note, page.QuerySelector(".assumptions li")!.TextContent);

        var lecture = e.Agenda[0];
        var speaker = e.FindPerson(lecture.Speakers[0])!;
        var row = page.QuerySelector("#item-wyklad")!;
        Assert.Equal(lecture.Title, row.QuerySelector(".title")!.TextContent);
        Assert.Equal(lecture.Room, row.QuerySelector(".room")!.TextContent);
        Assert.Equal($"{speaker.DisplayName} ({speaker.Affiliation})", row.QuerySelector(".speakers")!.TextContent);
        Assert.Equal($" — Dodaj do kalendarza: {lecture.Title}", row.QuerySelector("a .visually-hidden")!.TextContent);

        var ceremony = page.QuerySelector("#item-nagrody")!;
        Assert.Equal(e.Agenda[1].Title, ceremony.QuerySelector(".title")!.TextContent);
        var contest = e.Contests[0];
        Assert.Equal($"Laureaci — {contest.Name}:", ceremony.QuerySelector(".laureates span")!.TextContent);
        var laureates = ceremony.QuerySelectorAll(".laureates li").Select(li => li.TextContent).ToList();
        var first = contest.Entries[0];
        Assert.Equal($"{e.FindOrganizationName(first.LibraryId)} — {first.Result!.Prize} — „{first.ProjectTitle}” (odebrał(a) {e.FindPerson(first.ReceivedById!.Value)!.DisplayName})", laureates[0]);
        var second = contest.Entries[1];
        Assert.Equal($"{e.FindOrganizationName(second.LibraryId)} — {second.Result!.Distinction} — „{second.ProjectTitle}”", laureates[1]);

        using var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var ld = jsonLd.RootElement;
        Assert.Equal(e.FullTitle, ld.GetProperty("name").GetString());
        Assert.Equal(e.Description, ld.GetProperty("description").GetString());
        var location = ld.GetProperty("location");
        Assert.Equal(e.Venue.Name, location.GetProperty("name").GetString());
        var address = location.GetProperty("address");
        Assert.Equal(e.Venue.Address!.Street, address.GetProperty("streetAddress").GetString());
        Assert.Equal(e.Venue.Address.PostalCode, address.GetProperty("postalCode").GetString());
        Assert.Equal(e.Venue.Address.Locality, address.GetProperty("addressLocality").GetString());
        Assert.Equal(e.Venue.Address.Region, address.GetProperty("addressRegion").GetString());
        Assert.Equal(e.FindOrganizationName(e.OrganizerIds[0]), ld.GetProperty("organizer")[0].GetProperty("name").GetString());
        var subEvents = ld.GetProperty("subEvent").EnumerateArray().ToList();
        Assert.Equal(e.Agenda.Select(i => i.Title), subEvents.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(speaker.DisplayName, subEvents[0].GetProperty("performer")[0].GetProperty("name").GetString());
    }

    /// <summary>How many elements of each name a page has, line breaks aside (a description's line breaks are &lt;br&gt;s).</summary>
    private static Dictionary<string, int> Shape(IDocument page) =>
        page.All.Where(element => element.LocalName != "br").GroupBy(element => element.LocalName).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>The path of every value of a JSON document, in order: what a breakout would change.</summary>
    private static List<string> JsonPaths(byte[] json)
    {
        var paths = new List<string>();
        using var document = JsonDocument.Parse(json);
        void Walk(JsonElement element, string path)
        {
            paths.Add(path + ":" + element.ValueKind);
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Walk(property.Value, path + "." + property.Name);
                    }

                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item, $"{path}[{index++}]");
                    }

                    break;
            }
        }

        Walk(document.RootElement, "$");
        return paths;
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
