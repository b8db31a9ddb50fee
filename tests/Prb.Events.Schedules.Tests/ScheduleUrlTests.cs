using System.Text;
using NodaTime;
using Prb.Events.Tests.TestSupport;

namespace Prb.Events.Schedules.Tests;

public class ScheduleUrlTests
{
    [Theory]
    [InlineData("https://www.exa\uFFFDple.org/wydarzenia")]
    [InlineData("https://x\u0378y.pl/")]
    [InlineData("https://zażółć.example\u00A0/")]
    [InlineData("https://-ź/")]
    public void A_url_whose_host_idna_refuses_is_left_out(string url)
    {
        // Found by the import fuzzer: Uri accepts such a host and throws UriFormatException when asked for its ASCII
        // form, which made both schedule formats throw for an event the model and the validator accept. IDNA maps a
        // no-break space to a space, and "-ź" is no DNS name: neither host has an ASCII form that is a URL, and both
        // formats threw for them too; now they leave the URL out, as iCalendar does (WebAddress.ToAscii).
        var e = WithUrl(url);

        var xml = Encoding.UTF8.GetString(ScheduleOutputs.Xml(e));
        var json = Encoding.UTF8.GetString(ScheduleOutputs.Json(e));

        Assert.DoesNotContain("<url>", xml, StringComparison.Ordinal);
        Assert.Contains("\"url\": \"urn:uuid:", json, StringComparison.Ordinal);
        Assert.Empty(C3vocSchemas.ValidateXml(ScheduleOutputs.Xml(e)));
        Assert.True(C3vocSchemas.EvaluateJson(ScheduleOutputs.Json(e)).IsValid);
    }

    [Theory]
    [InlineData("http://[::1]:8080/program#top", "http://[::1]:8080/program#top", "http://[::1]:8080/program#a")]
    [InlineData("https://gość@zażółć.example/program", "https://go%C5%9B%C4%87@xn--za-6ja4f8n1l.example/program", "https://go%C5%9B%C4%87@xn--za-6ja4f8n1l.example/program#a")]
    public void An_items_url_is_the_events_url_with_the_item_as_fragment(string url, string eventUrl, string itemUrl)
    {
        // The items' URLs came from a second conversion that lost an IPv6 host's brackets ("http://::1:8080/…") and
        // the user name; now both are the text iCalendar writes too, and the item's differs only in the fragment.
        var e = WithUrl(url);

        var xml = ScheduleOutputs.ParseXml(ScheduleOutputs.Xml(e));
        Assert.Equal(eventUrl, xml.Root!.Element("conference")!.Element("url")!.Value);
        Assert.Equal(itemUrl, Assert.Single(ScheduleOutputs.XmlItems(xml)).Element("url")!.Value);
        Assert.Equal(eventUrl, WebAddress.ToAscii(e.Url));
    }

    private static Event WithUrl(string url) =>
        Event.CreateBuilder(new EventId("zly-adres"), "Wydarzenie").InZone("Europe/Warsaw").WithUrl(new Uri(url))
            .On(new LocalDate(2011, 11, 9), new LocalTime(10, 0), new LocalTime(12, 0))
            .AddItem("a", AgendaItemKind.Lecture, "Wykład", new LocalTime(10, 0), new LocalTime(11, 0))
            .Build();
}
