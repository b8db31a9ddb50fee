using System.Text;
using NodaTime;
using Prb.Events.Ical.Internal;

namespace Prb.Events.Ical.Tests.Internal;

public class VTimeZoneZoneTests
{
    private static ComponentNode Parse(string text)
    {
        var diagnostics = new List<Diagnostic>();
        var roots = ComponentTreeBuilder.Build(text, diagnostics);
        Assert.Empty(diagnostics);
        return roots.Single(r => r.Name == "VTIMEZONE");
    }

    [Theory]
    [InlineData("Europe/Warsaw", 1990, 2035)]
    [InlineData("America/Sao_Paulo", 1995, 2030)]
    [InlineData("Australia/Lord_Howe", 2000, 2030)]
    [InlineData("Europe/Moscow", 2005, 2016)]
    public void Our_generated_vtimezone_evaluates_to_tzdb_offsets(string zoneId, int firstYear, int lastYear)
    {
        var tzdb = DateTimeZoneProviders.Tzdb[zoneId];
        var buffer = new PooledByteBuffer();
        var writer = new ContentLineWriter(buffer);
        VTimeZoneWriter.Write(writer, tzdb, Instant.FromUtc(firstYear, 1, 1, 0, 0), Instant.FromUtc(lastYear, 12, 31, 0, 0));
        var zone = VTimeZoneZone.TryCreate(zoneId, Parse(Encoding.UTF8.GetString(buffer.ToArray())), out _, out var reason);
        buffer.Dispose();
        Assert.True(zone is not null, reason);

        for (var instant = Instant.FromUtc(firstYear, 1, 1, 0, 0); instant < Instant.FromUtc(lastYear, 12, 31, 0, 0); instant += Duration.FromHours(7))
        {
            Assert.Equal(tzdb.GetUtcOffset(instant), zone.GetUtcOffset(instant));
        }
    }

    [Fact]
    public void Outlooks_yearly_rules_evaluate_to_the_warsaw_offsets_of_today()
    {
        var text = "BEGIN:VTIMEZONE\r\nTZID:W. Europe\r\nBEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
            + "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\n"
            + "TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n";
        var zone = VTimeZoneZone.TryCreate("W. Europe", Parse(text), out _, out var reason);
        Assert.True(zone is not null, reason);
        var tzdb = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];
        for (var instant = Instant.FromUtc(1997, 1, 1, 0, 0); instant < Instant.FromUtc(2040, 1, 1, 0, 0); instant += Duration.FromHours(5))
        {
            Assert.Equal(tzdb.GetUtcOffset(instant), zone.GetUtcOffset(instant));
        }
    }

    [Fact]
    public void Rules_it_cannot_evaluate_exactly_are_refused_with_the_reason()
    {
        var text = "BEGIN:VTIMEZONE\r\nTZID:Odd\r\nBEGIN:STANDARD\r\nDTSTART:20000101T000000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\n"
            + "RRULE:FREQ=MONTHLY;BYDAY=1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";
        Assert.Null(VTimeZoneZone.TryCreate("Odd", Parse(text), out var line, out var reason));
        Assert.Equal("RRULE", line!.Name);
        Assert.Contains("YEARLY", reason, StringComparison.Ordinal);
    }
}
