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

    [Fact]
    public void SummerTime_IsWrittenAsTheUtcInstant_InBothLinks()
    {
        var entry = new CalendarEntry("Noc", Instant.FromUtc(2027, 7, 9, 22, 30), Instant.FromUtc(2027, 7, 10, 0, 5), "d", null);

        Assert.Equal("20270709T223000Z/20270710T000500Z", Decode(AddToCalendarLinks.Google(entry), "calendar.google.com", "/calendar/render")["dates"]);
        var outlook = Decode(AddToCalendarLinks.Outlook(entry), "outlook.live.com", "/calendar/0/action/compose");
        Assert.Equal("2027-07-09T22:30:00Z", outlook["startdt"]);
        Assert.Equal("2027-07-10T00:05:00Z", outlook["enddt"]);
    }

    [Fact]
    public void NoPlace_AddsNoLocationParameter()
    {
        var start = Instant.FromUtc(2027, 3, 1, 9, 0);
        var entry = new CalendarEntry("Tytuł", start, start + Duration.FromHours(1), "Opis", null);

        Assert.DoesNotContain("location", AddToCalendarLinks.Google(entry).Query, StringComparison.Ordinal);
        Assert.DoesNotContain("location", AddToCalendarLinks.Outlook(entry).Query, StringComparison.Ordinal);
    }

    [Fact]
    public void PolishEmojiAndRtl_ArePercentEncodedUtf8_ByteForByte()
    {
        var start = Instant.FromUtc(2027, 3, 1, 9, 0);
        var entry = new CalendarEntry("Żółw 🐢 שלום&x=1", start, start + Duration.FromHours(1), "a\nb", "Rynek #1");

        var query = AddToCalendarLinks.Google(entry).AbsoluteUri;

        Assert.Contains("&text=%C5%BB%C3%B3%C5%82w%20%F0%9F%90%A2%20%D7%A9%D7%9C%D7%95%D7%9D%26x%3D1&", query, StringComparison.Ordinal);
        Assert.Contains("&details=a%0Ab&", query, StringComparison.Ordinal);
        Assert.EndsWith("&location=Rynek%20%231", query, StringComparison.Ordinal);
    }

    [Fact]
    public void NoEntry_IsAnArgumentErrorNamingIt()
    {
        Assert.Equal("entry", Assert.Throws<ArgumentNullException>(() => AddToCalendarLinks.Google(null!)).ParamName);
        Assert.Equal("entry", Assert.Throws<ArgumentNullException>(() => AddToCalendarLinks.Outlook(null!)).ParamName);
    }

    private static Dictionary<string, string?> Decode(Uri url, string host, string path)
    {
        Assert.Equal("https", url.Scheme);
        Assert.Equal(host, url.Host);
        Assert.Equal(path, url.AbsolutePath);
        return QueryHelpers.ParseQuery(url.Query).ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
    }
}
