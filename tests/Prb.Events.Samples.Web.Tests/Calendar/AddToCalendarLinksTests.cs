using CsCheck;
using Microsoft.AspNetCore.WebUtilities;
using NodaTime;
using NodaTime.Text;
using Prb.Events.Hosting;
using Prb.Events.Samples.Web.Calendar;

namespace Prb.Events.Samples.Web.Tests.Calendar;

/// <summary>Each link is decoded and compared with the model: title, UTC instants, details and place come back as they were.</summary>
public class AddToCalendarLinksTests
{
    private static readonly Uri Page = new("https://wydarzenia.example.org/wydarzenia/prb-2011-11-09-wroclaw");

    private static CatalogEntry Seed()
    {
        var e = EventDocumentSerializer.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "samples", "events", "prb-2011-11-09-wroclaw.json")));
        return new CatalogEntry(e, new EventScheduler(DateTimeZoneProviders.Tzdb).Schedule(e), "seed", Instant.FromUtc(2011, 11, 1, 0, 0));
    }

    [Fact]
    public void Google_ForTheEvent_CarriesTheModel()
    {
        var entry = Seed();
        var q = Decode(AddToCalendarLinks.Google(CalendarEntry.ForEvent(entry, Page)!), "calendar.google.com", "/calendar/render");

        Assert.Equal("TEMPLATE", q["action"]);
        Assert.Equal(entry.Event.FullTitle, q["text"]);
        Assert.Equal("20111109T090000Z/20111109T133000Z", q["dates"]);
        Assert.Equal(entry.Event.Venue!.ToString(), q["location"]);
        Assert.EndsWith(Page.AbsoluteUri, q["details"], StringComparison.Ordinal);
        Assert.StartsWith(entry.Event.Description!, q["details"], StringComparison.Ordinal);
    }

    [Fact]
    public void Outlook_ForEachAgendaItem_CarriesTheItem()
    {
        var entry = Seed();
        foreach (var item in entry.Schedule.Items)
        {
            var q = Decode(AddToCalendarLinks.Outlook(CalendarEntry.ForItem(entry, item, Page)), "outlook.live.com", "/calendar/0/action/compose");

            Assert.Equal(item.Item.Title, q["subject"]);
            Assert.Equal(item.Start.ToInstant(), InstantPattern.ExtendedIso.Parse(q["startdt"]!).Value);
            Assert.Equal(item.End.ToInstant(), InstantPattern.ExtendedIso.Parse(q["enddt"]!).Value);
            Assert.EndsWith("#item-" + item.Item.Id.Value, q["body"], StringComparison.Ordinal);
            Assert.Contains(entry.Event.Venue!.ToString(), q["location"]!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnyText_ComesBackAsItWasAndAddsNoParameter()
    {
        var start = Instant.FromUtc(2027, 3, 1, 9, 0);
        Gen.Select(Gen.String, Gen.String, Gen.String).Sample((title, details, place) =>
        {
            var entry = new CalendarEntry(title, start, start + Duration.FromHours(1), details, place);
            foreach (var (url, names) in new[] { (AddToCalendarLinks.Google(entry), new[] { "text", "details", "location" }), (AddToCalendarLinks.Outlook(entry), new[] { "subject", "body", "location" }) })
            {
                var q = QueryHelpers.ParseQuery(url.Query);
                Assert.Equal([title, details, place], names.Select(n => q[n].ToString()));
                Assert.Equal(url.Host.StartsWith("calendar", StringComparison.Ordinal) ? 5 : 7, q.Count);
            }
        });
    }

    private static Dictionary<string, string?> Decode(Uri url, string host, string path)
    {
        Assert.Equal("https", url.Scheme);
        Assert.Equal(host, url.Host);
        Assert.Equal(path, url.AbsolutePath);
        return QueryHelpers.ParseQuery(url.Query).ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
    }
}
