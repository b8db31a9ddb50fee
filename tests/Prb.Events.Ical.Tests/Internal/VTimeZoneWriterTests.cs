using System.Text;
using NodaTime;
using Prb.Events.Ical.Internal;

namespace Prb.Events.Ical.Tests.Internal;

/// <summary>
/// The VTIMEZONE the writer makes from tzdb, at its edges: which observances the window holds, and how each is
/// written (found by mutation testing, see docs/mutation-testing.md).
/// </summary>
public class VTimeZoneWriterTests
{
    private static List<string> Lines(string zoneId, Instant earliestUsed, Instant latestUsed)
    {
        using var buffer = new PooledByteBuffer();
        VTimeZoneWriter.Write(new ContentLineWriter(buffer), DateTimeZoneProviders.Tzdb[zoneId], earliestUsed, latestUsed);
        return [.. Encoding.UTF8.GetString(buffer.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>Each observance as one string: <c>KIND DTSTART FROM TO NAME</c>.</summary>
    private static List<string> Observances(string zoneId, Instant earliestUsed, Instant latestUsed)
    {
        var lines = Lines(zoneId, earliestUsed, latestUsed);
        var result = new List<string>();
        var current = new List<string>();
        foreach (var line in lines.Skip(3).SkipLast(1))
        {
            if (line.StartsWith("BEGIN:", StringComparison.Ordinal))
            {
                current = [line["BEGIN:".Length..]];
            }
            else if (line.StartsWith("END:", StringComparison.Ordinal))
            {
                result.Add(string.Join(' ', current));
            }
            else
            {
                current.Add(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            }
        }

        return result;
    }

    [Fact]
    public void Vtimezone_names_its_zone_in_TZID_and_X_LIC_LOCATION()
    {
        var lines = Lines("Europe/Warsaw", Instant.FromUtc(2011, 11, 9, 9, 0), Instant.FromUtc(2011, 11, 9, 9, 0));

        Assert.Equal(["BEGIN:VTIMEZONE", "TZID:Europe/Warsaw", "X-LIC-LOCATION:Europe/Warsaw"], lines.Take(3));
        Assert.Equal("END:VTIMEZONE", lines[^1]);
    }

    [Fact]
    public void Window_runs_from_the_interval_in_force_at_new_year_to_the_one_in_force_after_the_last_year()
    {
        Assert.Equal(
            [
                "STANDARD 20101031T030000 +0200 +0100 CET",
                "DAYLIGHT 20110327T020000 +0100 +0200 CEST",
                "STANDARD 20111030T030000 +0200 +0100 CET",
            ],
            Observances("Europe/Warsaw", Instant.FromUtc(2011, 11, 9, 9, 0), Instant.FromUtc(2011, 11, 9, 13, 30)));
    }

    [Fact]
    public void Zero_offset_of_winter_in_London_is_written_plus_0000()
    {
        Assert.Equal(
            [
                "STANDARD 20101031T020000 +0100 +0000 GMT",
                "DAYLIGHT 20110327T010000 +0000 +0100 BST",
                "STANDARD 20111030T020000 +0100 +0000 GMT",
            ],
            Observances("Europe/London", Instant.FromUtc(2011, 6, 1, 9, 0), Instant.FromUtc(2011, 6, 1, 10, 0)));
    }

    [Fact]
    public void Zone_without_transitions_has_one_standard_observance_from_1601()
    {
        Assert.Equal(["STANDARD 16010101T000000 +0000 +0000 UTC"], Observances("Etc/UTC", Instant.FromUtc(2011, 6, 1, 9, 0), Instant.FromUtc(2011, 6, 1, 9, 0)));
    }

    [Fact]
    public void Interval_in_force_before_a_transition_on_new_years_day_utc_is_kept()
    {
        // Vancouver left local mean time at midnight, 1884-01-01T08:12:28Z: a time seven hours earlier on that UTC day
        // needs the LMT observance, which ended a few hours into the first day of the window.
        Assert.Equal(
            [
                "STANDARD 16010101T000000 -081228 -081228 LMT",
                "STANDARD 18840101T000000 -081228 -0800 PST",
            ],
            Observances("America/Vancouver", Instant.FromUtc(1884, 1, 1, 1, 0), Instant.FromUtc(1884, 1, 1, 1, 0)));
    }

    [Fact]
    public void Interval_that_starts_on_new_years_eve_utc_after_the_last_time_is_kept()
    {
        // Tokyo took JST at 1887-12-31T15:00:00Z; 1888-01-01 01:00 JST is still in UTC's 1887.
        var observances = Observances("Asia/Tokyo", Instant.FromUtc(1887, 12, 31, 16, 0), Instant.FromUtc(1887, 12, 31, 16, 0));

        Assert.Equal("STANDARD 18880101T001859 +091859 +0900 JST", observances[^1]);
    }

    [Fact]
    public void Window_ends_with_the_interval_in_force_at_the_start_of_the_year_after_the_last()
    {
        var observances = Observances("Europe/Warsaw", Instant.FromUtc(9998, 6, 1, 9, 0), Instant.FromUtc(9998, 6, 1, 9, 0));

        Assert.Equal("STANDARD 99981025T030000 +0200 +0100 CET", observances[^1]);
    }

    [Fact]
    public void Window_for_the_last_year_ends_before_the_end_of_time()
    {
        var observances = Observances("Europe/Warsaw", Instant.FromUtc(9999, 12, 30, 9, 0), Instant.FromUtc(9999, 12, 30, 9, 0));

        Assert.Equal(
            [
                "STANDARD 99981025T030000 +0200 +0100 CET",
                "DAYLIGHT 99990328T020000 +0100 +0200 CEST",
                "STANDARD 99991031T030000 +0200 +0100 CET",
            ],
            observances);
    }

    [Fact]
    public void Window_for_the_first_year_starts_before_any_transition()
    {
        var observances = Observances("Europe/Warsaw", Instant.FromUtc(1, 1, 2, 9, 0), Instant.FromUtc(1, 1, 2, 9, 0));

        Assert.Equal(["STANDARD 16010101T000000 +0124 +0124 LMT"], observances);
    }

    [Fact]
    public void Time_in_utcs_year_0_gets_a_window_that_is_not_empty()
    {
        // 0001-01-01 00:00 at +14 is 0000-12-31T10:00Z.
        var observances = Observances("Pacific/Kiritimati", Instant.FromUtc(0, 12, 31, 10, 0), Instant.FromUtc(0, 12, 31, 10, 0));

        Assert.Equal(["STANDARD 16010101T000000 -102920 -102920 LMT"], observances);
    }

    [Fact]
    public void Daylight_time_with_an_offset_below_standard_time_is_daylight()
    {
        // Dublin's winter time since 1971 is the "negative" savings of tzdb: IST is standard, GMT is its -1:00 savings.
        var observances = Observances("Europe/Dublin", Instant.FromUtc(2011, 6, 1, 9, 0), Instant.FromUtc(2011, 6, 1, 9, 0));

        Assert.Equal(
            [
                "DAYLIGHT 20101031T020000 +0100 +0000 GMT",
                "STANDARD 20110327T010000 +0000 +0100 IST",
                "DAYLIGHT 20111030T020000 +0100 +0000 GMT",
            ],
            observances);
    }
}
