using System.Globalization;
using CsCheck;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Prb.Events.Ical.Tests.Fuzzing;
using Xunit.Abstractions;

namespace Prb.Events.Ical.Tests;

/// <summary>What an import allocates, against the size of its input: the guard of issue 12's memory target (at most
/// 5× the input), measured in octets allocated on the importing thread, never in time.</summary>
/// <remarks>Both kinds of calendar keep the target: our own exporter's (3.9× measured) and Ical.Net's calendar of short
/// VEVENTs (680 octets each, 4.8× measured), where the Core model alone (the <see cref="Event"/> and its collections,
/// the <see cref="EventBuilder"/> that makes it) is some 1.2× the input before any text is read.</remarks>
[Collection(RunAlone.Name)]
public class ImportAllocationTests(ITestOutputHelper output)
{
    private const string Polish = "Zażółć gęślą jaźń, czyli biblioteka w gminie: spotkania, warsztaty i rozmowy o partnerstwach lokalnych. ";

    [Fact]
    public void Reading_a_calendar_written_by_icalnet_allocates_at_most_five_times_its_size()
    {
        var text = IcalNetCalendar(2_000);

        var importer = new IcalendarImporter();
        Assert.Equal(2_000, importer.Read(text).Events.Count);

        var (result, allocated) = SteadyRead(importer, text);
        var octets = Encoding.UTF8.GetByteCount(text);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{octets} octets of input, {allocated} allocated: {(double)allocated / octets:0.00}×"));

        Assert.Equal(2_000, result.Events.Count);
        Assert.Empty(result.Diagnostics);
        Assert.True(allocated <= 5L * octets, string.Create(CultureInfo.InvariantCulture, $"{allocated} octets allocated for {octets} octets of input"));
    }

    [Fact]
    public void Reading_a_generated_feed_allocates_at_most_five_times_its_size()
    {
        var events = TestSupport.EventGenerators.Event.Array[400].Single().DistinctBy(e => e.Id).ToArray();
        var octets = TestSupport.Samples.Exporter(TestSupport.Samples.WithItems).FeedToUtf8(events);
        var text = Encoding.UTF8.GetString(octets);
        var importer = new IcalendarImporter();
        importer.Read(text);

        var (result, allocated) = SteadyRead(importer, text);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{octets.Length} octets of input, {allocated} allocated: {(double)allocated / octets.Length:0.00}×"));

        Assert.Equal(events.Length, result.Events.Count);
        Assert.True(allocated <= 5L * octets.Length, string.Create(CultureInfo.InvariantCulture, $"{allocated} octets allocated for {octets.Length} octets of input"));
    }

    /// <summary>Reads the text several times and returns the last result with the least any read allocated on this
    /// thread: the import as it runs once the runtime has optimised it. The first reads of a process run unoptimised
    /// (tier-0) code, which boxes and copies where optimised code does not (measured: up to 2.4× as much on this
    /// input), so one read right after a warm-up measures the runtime's tiering as much as the importer.</summary>
    private (IcalendarImportResult Result, long Allocated) SteadyRead(IcalendarImporter importer, string text)
    {
        IcalendarImportResult? result = null;
        var least = long.MaxValue;
        for (var read = 0; read < 12; read++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            result = importer.Read(text);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read {read + 1}: {allocated} allocated"));
            least = Math.Min(least, allocated);
        }

        return (result!, least);
    }

    /// <summary>A calendar as Ical.Net writes it: zoned VEVENTs with a 300-character Polish description (folded), a
    /// location and a summary, like the benchmark's 10,000-event one.</summary>
    internal static string IcalNetCalendar(int count)
    {
        var calendar = new global::Ical.Net.Calendar { Method = "PUBLISH" };
        calendar.AddTimeZone(new VTimeZone("Europe/Warsaw"));
        var description = string.Concat(Enumerable.Repeat(Polish, 3))[..300];
        var stamp = new CalDateTime(2026, 1, 1, 0, 0, 0, CalDateTime.UtcTzId);
        for (var i = 0; i < count; i++)
        {
            var start = new DateTime(2027, 1, 1, 8, 0, 0, DateTimeKind.Unspecified).AddDays(i % 365).AddMinutes(i / 365 * 30);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = string.Create(CultureInfo.InvariantCulture, $"prb-benchmark+item-{i}@events.prb.invalid"),
                DtStamp = stamp,
                DtStart = new CalDateTime(start, "Europe/Warsaw"),
                DtEnd = new CalDateTime(start.AddMinutes(25), "Europe/Warsaw"),
                Summary = string.Create(CultureInfo.InvariantCulture, $"Warsztaty w czytelni nr {i}"),
                Description = description,
                Location = string.Create(CultureInfo.InvariantCulture, $"Sala {i % 12}, Dolnośląska Biblioteka Publiczna, Rynek 58, 50-116 Wrocław"),
                Sequence = 0,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
