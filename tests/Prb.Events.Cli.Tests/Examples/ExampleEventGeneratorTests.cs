using NodaTime;
using Prb.Events.Cli.Examples;

namespace Prb.Events.Cli.Tests.Examples;

/// <summary>The example generator: plausible library events, each day's agenda filling the day, every one marked.</summary>
public class ExampleEventGeneratorTests
{
    private static readonly LocalDate From = new(2026, 9, 1);

    private static readonly IReadOnlyList<Event> Many = ExampleEventGenerator.Generate(400, 11, From);

    [Theory]
    [InlineData(0)]
    [InlineData(ExampleEventGenerator.MaxCount + 1)]
    public void CountOutsideTheRange_IsRefusedNamingIt(int count)
    {
        var failure = Assert.Throws<ArgumentOutOfRangeException>(() => ExampleEventGenerator.Generate(count, 1, From));
        Assert.Equal("count", failure.ParamName);
    }

    [Fact]
    public void Events_AreNumberedFromOne_InIdAndDescription()
    {
        var events = ExampleEventGenerator.Generate(3, 5, From);

        Assert.Equal(["example-00001", "example-00002", "example-00003"], events.Select(e => e.Id.Value));
        Assert.All(events, (e, i) => Assert.Contains($"(nr {i + 1})", e.Description, StringComparison.Ordinal));
        Assert.All(events, e => Assert.Equal($"{e.Id.Value}-biblioteka", Assert.Single(e.Libraries).Id.Value));
    }

    [Fact]
    public void Days_FallInTheYearAfterFrom_AndFollowEachOther()
    {
        foreach (var e in Many)
        {
            var first = e.Days[0].Start.Local.Date;
            Assert.InRange(first, From, From.PlusDays(364));
            Assert.All(e.Days, (day, i) => Assert.Equal(first.PlusDays(i), day.Start.Local.Date));
        }

        Assert.Contains(Many, e => e.Days[0].Start.Local.Date == From);
    }

    [Fact]
    public void Days_StartOnTheHourOrHalfHour_BetweenNineAndFiveThirty_AndLastWholeHours()
    {
        foreach (var day in Many.SelectMany(e => e.Days))
        {
            var start = day.Start.Local.TimeOfDay;
            Assert.InRange(start.Hour, 9, 17);
            Assert.True(start.Minute is 0 or 30, $"{start}");
            var length = day.End.Local - day.Start.Local;
            Assert.Equal(0, length.Minutes);
            Assert.InRange(length.Hours, 1, 6);
        }

        var starts = Many.SelectMany(e => e.Days).Select(d => d.Start.Local.TimeOfDay).ToHashSet();
        Assert.Contains(new LocalTime(17, 30), starts);
        Assert.Contains(new LocalTime(10, 0), starts);
    }

    [Fact]
    public void LongEvents_AndOnlyThey_StartInTheNineOClockHour()
    {
        foreach (var day in Many.SelectMany(e => e.Days))
        {
            var hours = (day.End.Local - day.Start.Local).Hours;
            Assert.True(hours >= 5 == (day.Start.Local.Hour == 9), $"{day.Start.Local} to {day.End.Local}");
        }
    }

    [Fact]
    public void OnlyConferencesAndFestivals_LastTwoDays_AndSomeDo()
    {
        Assert.All(Many, e => Assert.True(e.Days.Count == 1 || e.Kind is EventKind.Conference or EventKind.Festival, e.Id.Value));
        Assert.Contains(Many, e => e.Days.Count == 2);
        Assert.Contains(Many, e => e.Days.Count == 1 && e.Kind is EventKind.Conference or EventKind.Festival);
    }

    [Fact]
    public void AgendaOfEachDay_FillsTheDayInAtMostThreeItems_OpenedByAWelcome()
    {
        foreach (var e in Many)
        {
            for (var d = 0; d < e.Days.Count; d++)
            {
                var day = e.Days[d];
                var items = e.Agenda.Where(item => item.Start.Local.Date == day.Start.Local.Date).ToList();
                var hours = (day.End.Local - day.Start.Local).Hours;
                Assert.Equal(Math.Min(hours, 3), items.Count);
                Assert.Equal(day.Start.Local, items[0].Start.Local);
                Assert.Equal(day.End.Local, items[^1].End.Local);
                for (var p = 0; p < items.Count; p++)
                {
                    Assert.Equal($"d{d + 1}-p{p + 1}", items[p].Id.Value);
                    if (p > 0)
                    {
                        Assert.Equal(items[p - 1].End.Local, items[p].Start.Local);
                    }

                    if (p < items.Count - 1)
                    {
                        Assert.Equal(Period.FromHours(1), items[p].End.Local - items[p].Start.Local);
                    }
                }

                var welcome = items.Count > 1;
                Assert.Equal(welcome, items[0].Kind == AgendaItemKind.Opening);
                Assert.Equal(welcome, items[0].Title == "Powitanie uczestników");
                Assert.All(items.Skip(1), item => Assert.NotEqual(AgendaItemKind.Opening, item.Kind));
                Assert.All(items.Skip(welcome ? 1 : 0), item => Assert.StartsWith(item.Title, e.Title, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Webinars_AreOnline_OtherEventsAtTheirLibrary()
    {
        foreach (var e in Many)
        {
            var library = Assert.Single(e.Libraries);
            if (e.Kind == EventKind.Webinar)
            {
                Assert.Equal(new Uri($"https://example.org/webinar/{e.Id.Value}"), e.Venue!.OnlineUrl);
                Assert.Equal("Online", e.Venue.Name);
            }
            else
            {
                Assert.Null(e.Venue!.OnlineUrl);
                Assert.Equal(library.OfficialName, e.Venue.Name);
                Assert.Same(library.Address, e.Venue.Address);
            }
        }

        Assert.Contains(Many, e => e.Kind == EventKind.Webinar);
    }

    [Fact]
    public void Library_IsMunicipalOrMunicipalRural_AsItsTownIs_AndNamedAfterIt()
    {
        foreach (var e in Many)
        {
            var library = Assert.Single(e.Libraries);
            var town = library.Municipality;
            Assert.Equal(town.Type == MunicipalityType.Urban ? LibraryKind.Municipal : LibraryKind.MunicipalRural, library.Kind);
            Assert.StartsWith("Miejska Biblioteka Publiczna w", library.OfficialName, StringComparison.Ordinal);
            Assert.EndsWith($" — {town.Name}", e.Title, StringComparison.Ordinal);
            Assert.Equal(town.Name, library.Address!.Locality);
        }

        Assert.Contains(Many, e => e.Libraries[0].Kind == LibraryKind.MunicipalRural);
    }
}
