using System.Text;
using CsCheck;
using NodaTime;
using Prb.Events.Ical.Internal;
using Prb.Events.Ical.Tests.Fuzzing;
using Prb.Events.Ical.Tests.TestSupport;

namespace Prb.Events.Ical.Tests;

/// <summary>
/// The importer's own reader against Ical.Net on the same input, VEVENT by VEVENT (matched by UID): the same texts
/// (SUMMARY, DESCRIPTION, LOCATION, CATEGORIES), STATUS, SEQUENCE, and the same instants for DTSTART and DTEND where
/// Ical.Net knows the zone (UTC or an IANA id; for the input's own zones Ical.Net guesses, see IcalendarImporterTests).
/// On the corpus and on CsCheck-generated calendars of the exporter.
/// </summary>
public class IcalNetDifferentialTests
{
    [Fact]
    public void The_corpus_reads_as_icalnet_reads_it()
    {
        var compared = 0;
        foreach (var (name, octets) in ImportCorpus.Files)
        {
            compared += Compare(Encoding.UTF8.GetString(octets), name);
        }

        Assert.True(compared >= 10, $"only {compared} VEVENTs compared");
    }

    [Fact]
    public void Generated_calendars_read_as_icalnet_reads_them()
    {
        var exporter = Samples.Exporter(Samples.WithItems);
        EventGenerators.Event.Array[1, 4].Sample(events =>
        {
            var text = Encoding.UTF8.GetString(exporter.FeedToUtf8(events.DistinctBy(e => e.Id).ToArray()));
            Assert.True(Compare(text, "generated") > 0);
        }, iter: 100, threads: 1, print: events => string.Join("\n", events.Select(e => CalendarView.Of(e))));
    }

    /// <summary>Compares every VEVENT both readers read; returns how many.</summary>
    private static int Compare(string text, string name)
    {
        var calendar = global::Ical.Net.Calendar.Load(text)!;
        var diagnostics = new List<Diagnostic>();
        var work = new ImportWork();
        var root = ComponentTreeBuilder.Build(text, diagnostics, work).Single(r => r.Name == "VCALENDAR");
        var zones = new ZoneResolver(DateTimeZoneProviders.Tzdb, root, new RuleBudget(), work, diagnostics);
        var reader = new VEventReader(diagnostics, work);
        var compared = 0;
        foreach (var node in root.Children.Where(c => c.Name == "VEVENT" && c.First("RECURRENCE-ID") is null))
        {
            var ours = reader.Parse(node, zones);
            Assert.True(ours is not null, $"{name}: a VEVENT at line {node.Begin.LineNumber} was not read: {string.Join("; ", diagnostics)}");
            var theirs = calendar.Events.Single(v => v.Uid == ours.Uid && v.RecurrenceIdentifier is null);
            var what = $"{name}, UID {ours.Uid}";
            Assert.True(Same(theirs.Summary, ours.Summary), $"{what}: SUMMARY «{theirs.Summary}» against «{ours.Summary}»");
            Assert.True(Same(theirs.Description, ours.Description), $"{what}: DESCRIPTION");
            Assert.True(Same(theirs.Location, ours.Location), $"{what}: LOCATION");
            Assert.Equal(theirs.Categories.Where(c => !string.IsNullOrEmpty(c)), ours.Categories);
            Assert.Equal(string.Equals(theirs.Status, "CANCELLED", StringComparison.OrdinalIgnoreCase), ours.IsCancelled);
            Assert.Equal(theirs.Sequence, ours.Sequence);
            CompareTime(theirs.DtStart, ours.Start, what + ": DTSTART");
            if (node.First("DTEND") is not null)
            {
                CompareTime(theirs.DtEnd, ours.End, what + ": DTEND");
            }

            compared++;
        }

        return compared;
    }

    private static void CompareTime(global::Ical.Net.DataTypes.CalDateTime? theirs, TimeValue ours, string what)
    {
        Assert.NotNull(theirs);
        switch (ours.Kind)
        {
            case TimeValueKind.Date:
                Assert.False(theirs.HasTime, what);
                Assert.Equal(new LocalDate(theirs.Year, theirs.Month, theirs.Day), ours.Local.Date);
                break;
            case TimeValueKind.Floating:
                Assert.Equal(LocalDateTime.FromDateTime(theirs.Value), ours.Local);
                break;
            case TimeValueKind.Utc:
                Assert.Equal(theirs.AsUtc, ours.Instant.ToDateTimeUtc());
                break;
            default:
                if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(theirs.TzId ?? string.Empty) is not null)
                {
                    Assert.True(theirs.AsUtc == ours.Instant.ToDateTimeUtc(), $"{what}: Ical.Net {theirs.AsUtc:O}, ours {ours.Instant}");
                }

                break;
        }
    }

    private static bool Same(string? theirs, string? ours) => (string.IsNullOrEmpty(theirs) ? null : theirs) == (string.IsNullOrEmpty(ours) ? null : ours);
}
