using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;
using NodaTime;
using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.Validation;

/// <summary>The overlap checks (one sort and sweep) agree with a brute-force comparison of every pair of items.</summary>
public sealed partial class EventValidatorTests
{
    /// <summary>Rooms that differ only in case or surrounding space are one room; blank means no room.</summary>
    private static readonly string?[] Rooms = ["Sala A", "sala a", " SALA A ", "Sala B", "sala b\t", "Hol", null, "  "];

    private static readonly PersonId[] Speakers = [new("anna"), new("jan"), new("ewa"), new("Anna")];

    /// <summary>Dates away from any change of clocks: summer and winter time in Warsaw.</summary>
    private static readonly LocalDate[] Dates = [new(2027, 6, 10), new(2027, 1, 20), new(2011, 11, 9)];

    private static readonly string[] ZoneIds = ["UTC", "Europe/Warsaw"];

    private sealed record RandomItem(int Room, int StartQuarter, int Quarters, int[] Speakers, bool Cancelled)
    {
        public LocalDateTime Start(LocalDate date) => date.At(new LocalTime(8, 0)).PlusMinutes(15 * StartQuarter);

        public LocalDateTime End(LocalDate date) => Start(date).PlusMinutes(15 * Quarters);

        public string? RoomKey => Rooms[Room] is { } room && !string.IsNullOrWhiteSpace(room) ? room.Trim().ToUpperInvariant() : null;
    }

    private sealed record RandomAgenda(int Zone, int Date, RandomItem[] Items)
    {
        public override string ToString() =>
            $"{ZoneIds[Zone]} {Dates[Date]}: " + string.Join(" | ", Items.Select((item, i) =>
                $"[{i}] {(item.Cancelled ? "cancelled " : "")}room='{Rooms[item.Room]}' " +
                $"{item.Start(Dates[Date]).TimeOfDay}-{item.End(Dates[Date]).TimeOfDay} speakers={string.Join(",", item.Speakers.Select(s => Speakers[s].Value))}"));
    }

    private static readonly Gen<RandomAgenda> GenAgenda =
        Gen.Select(
            Gen.Int[0, ZoneIds.Length - 1],
            Gen.Int[0, Dates.Length - 1],
            Gen.Select(
                Gen.Int[0, Rooms.Length - 1],
                Gen.Int[0, 40],                       // start: 08:00 to 18:00 in quarter hours, so items often touch
                Gen.Int[1, 8],                        // 15 minutes to 2 hours
                Gen.Int[0, Speakers.Length - 1].Array[0, 3],
                Gen.Int[0, 4],
                (room, start, length, speakers, status) => new RandomItem(room, start, length, speakers, status == 0))
            .Array[0, 14],
            (zone, date, items) => new RandomAgenda(zone, date, items));

    [Fact]
    public void Validate_RandomAgendas_RoomOverlapsAgreeWithBruteForce()
    {
        var (withOverlap, without) = (0, 0);
        GenAgenda.Sample(agenda =>
        {
            var date = Dates[agenda.Date];
            var items = agenda.Items;
            var found = Validator.Validate(Build(agenda)).Diagnostics.Where(d => d.Code == DiagnosticCodes.RoomOverlap).ToList();

            var expected = new SortedSet<int>();
            for (var i = 0; i < items.Length; i++)
            {
                for (var j = 0; j < items.Length; j++)
                {
                    if (i != j && SameRoom(items[i], items[j]) && Overlap(items[i], items[j], date))
                    {
                        expected.Add(i);
                    }
                }
            }

            Interlocked.Increment(ref expected.Count > 0 ? ref withOverlap : ref without);
            var reported = new SortedSet<int>(found.SelectMany(d => new[] { ItemIndex(d.Path!), ItemIndex(d.RelatedPath!) }));
            Assert.Equal(expected, reported);
            foreach (var d in found)
            {
                var (i, j) = (ItemIndex(d.Path!), ItemIndex(d.RelatedPath!));
                Assert.Matches(@"^agenda\[\d+\]$", d.Path);
                Assert.True(i != j && SameRoom(items[i], items[j]) && Overlap(items[i], items[j], date), $"{d} does not overlap {d.RelatedPath}");
            }

            Assert.Equal(found.Count, found.Select(d => d.Path).Distinct().Count());
        }, iter: 3000, print: a => a.ToString());

        // The generator must exercise both outcomes, or agreement would prove little.
        Assert.True(withOverlap > 300 && without > 300, $"{withOverlap} agendas with overlaps, {without} without");
    }

    [Fact]
    public void Validate_RandomAgendas_SpeakerDoubleBookingsAgreeWithBruteForce()
    {
        var (withOverlap, without) = (0, 0);
        GenAgenda.Sample(agenda =>
        {
            var date = Dates[agenda.Date];
            var items = agenda.Items;
            var found = Validator.Validate(Build(agenda)).Diagnostics.Where(d => d.Code == DiagnosticCodes.SpeakerDoubleBooked).ToList();

            var expected = new SortedSet<int>();
            for (var i = 0; i < items.Length; i++)
            {
                for (var j = 0; j < items.Length; j++)
                {
                    if (i != j && !items[i].Cancelled && !items[j].Cancelled && items[i].Speakers.Intersect(items[j].Speakers).Any()
                        && Overlap(items[i], items[j], date))
                    {
                        expected.Add(i);
                    }
                }
            }

            Interlocked.Increment(ref expected.Count > 0 ? ref withOverlap : ref without);
            var reported = new SortedSet<int>(found.SelectMany(d => new[] { ItemIndex(d.Path!), ItemIndex(d.RelatedPath!) }));
            Assert.Equal(expected, reported);
            foreach (var d in found)
            {
                var (i, s) = SpeakerPosition(d.Path!);
                var (j, t) = SpeakerPosition(d.RelatedPath!);
                Assert.NotEqual(i, j);
                Assert.Equal(items[i].Speakers[s], items[j].Speakers[t]);
                Assert.True(Overlap(items[i], items[j], date), $"{d} does not overlap {d.RelatedPath}");
            }
        }, iter: 3000, print: a => a.ToString());

        // The generator must exercise both outcomes, or agreement would prove little.
        Assert.True(withOverlap > 300 && without > 300, $"{withOverlap} agendas with overlaps, {without} without");
    }

    [Fact]
    public void Validate_RoomOverlap_ChainOfOverlapsReportsEveryItem()
    {
        // A long item, a short one inside it, and one that overlaps only the long one after the short one ended.
        var e = Samples.OneDay(June)
            .AddItem(Samples.Item("long", June.At(10), June.At(13), room: "A"))
            .AddItem(Samples.Item("short", June.At(10, 30), June.At(11), room: "A"))
            .AddItem(Samples.Item("late", June.At(12), June.At(14), room: "A"))
            .AddItem(Samples.Item("after", June.At(14), June.At(15), room: "A"))
            .Build();

        var found = Validator.Validate(e).Diagnostics;

        Assert.Equal(
            [("agenda[1]", "agenda[0]"), ("agenda[2]", "agenda[0]")],
            found.Where(d => d.Code == DiagnosticCodes.RoomOverlap).Select(d => (d.Path, d.RelatedPath!)).Order());
    }

    private static Event Build(RandomAgenda agenda)
    {
        var date = Dates[agenda.Date];
        var builder = Samples.OneDay(date, ZoneIds[agenda.Zone]).OnDay(new EventDay(date.At(7), date.At(22)));
        builder.DaysValue.RemoveAt(0);
        foreach (var speaker in Speakers)
        {
            builder.AddPerson(new Person(speaker, speaker.Value));
        }

        for (var i = 0; i < agenda.Items.Length; i++)
        {
            var item = agenda.Items[i];
            builder.AddItem(Samples.Item(i.ToString(CultureInfo.InvariantCulture), item.Start(date), item.End(date), Rooms[item.Room],
                item.Speakers.Select(s => Speakers[s]), item.Cancelled ? AgendaItemStatus.Cancelled : AgendaItemStatus.Scheduled));
        }

        return builder.Build();
    }

    private static bool SameRoom(RandomItem a, RandomItem b) =>
        !a.Cancelled && !b.Cancelled && a.RoomKey is not null && a.RoomKey == b.RoomKey;

    /// <summary>Half-open intervals overlap when each starts before the other ends: touching is not overlapping.</summary>
    private static bool Overlap(RandomItem a, RandomItem b, LocalDate date) =>
        a.Start(date) < b.End(date) && b.Start(date) < a.End(date);

    private static int ItemIndex(string path) =>
        int.Parse(ItemIndexPattern().Match(path).Groups[1].Value, CultureInfo.InvariantCulture);

    private static (int Item, int Speaker) SpeakerPosition(string path)
    {
        var match = SpeakerPathPattern().Match(path);
        Assert.True(match.Success, $"'{path}' is not agenda[i].speakerIds[s]");
        return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^agenda\[(\d+)\]")]
    private static partial Regex ItemIndexPattern();

    [GeneratedRegex(@"^agenda\[(\d+)\]\.speakerIds\[(\d+)\]$")]
    private static partial Regex SpeakerPathPattern();
}
