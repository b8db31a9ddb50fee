using System.Text;
using NodaTime;
using Prb.Events.Tests.TestSupport;

namespace Prb.Events.Schedules.Tests;

public class ScheduleUrlTests
{
    [Theory]
    [InlineData("https://www.exa\uFFFDple.org/wydarzenia")]
    [InlineData("https://x\u0378y.pl/")]
    public void A_url_whose_host_idna_refuses_is_left_out(string url)
    {
        // Found by the import fuzzer: Uri accepts such a host and throws UriFormatException when asked for its ASCII
        // form, which made both schedule formats throw for an event the model and the validator accept.
        var e = Event.CreateBuilder(new EventId("zly-adres"), "Wydarzenie").InZone("Europe/Warsaw").WithUrl(new Uri(url))
            .On(new LocalDate(2011, 11, 9), new LocalTime(10, 0), new LocalTime(12, 0))
            .AddItem("a", AgendaItemKind.Lecture, "Wykład", new LocalTime(10, 0), new LocalTime(11, 0))
            .Build();

        var xml = Encoding.UTF8.GetString(ScheduleOutputs.Xml(e));
        var json = Encoding.UTF8.GetString(ScheduleOutputs.Json(e));

        Assert.DoesNotContain("<url>", xml, StringComparison.Ordinal);
        Assert.Contains("\"url\": \"urn:uuid:", json, StringComparison.Ordinal);
        Assert.Empty(C3vocSchemas.ValidateXml(ScheduleOutputs.Xml(e)));
        Assert.True(C3vocSchemas.EvaluateJson(ScheduleOutputs.Json(e)).IsValid);
    }
}
